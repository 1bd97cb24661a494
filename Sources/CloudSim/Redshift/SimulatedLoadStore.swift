import Foundation
import Warehouse

/// COPY's view of the simulated cloud: objects come from the world's S3 through the same rows
/// and body store S3 itself uses (so a key can never name a file outside the workspace), and
/// every access is authorized as Redshift authorizes it, with the world's IAM evaluator.
///
/// `IAM_ROLE 'arn'` (or `default`) must name a role that exists and whose trust policy lets
/// `redshift.amazonaws.com` assume it; listing needs `s3:ListBucket` on the bucket and reading
/// `s3:GetObject` on each object; UNLOAD's writes need `s3:PutObject`. For a cluster's database (`clusterIdentifier` set) the role
/// must also be attached to the cluster, and `default` is the cluster's default role. The
/// scratch database belongs to no cluster, so there attachment is not checked and `default`
/// has no role to name. Access keys are refused: the simulated account issues none.
public final class SimulatedLoadStore: LoadObjectStore {
    private let workspace: URL?
    private let clusterIdentifier: String?
    private let databaseUser: String
    private var openedWorld: World?

    /// The world is opened on the first COPY, so a database that never loads never opens it.
    public init(workspace: URL, clusterIdentifier: String? = nil, databaseUser: String = "awsuser") {
        self.workspace = workspace
        self.clusterIdentifier = clusterIdentifier
        self.databaseUser = databaseUser
    }

    /// A store over a world already open (tests, a cluster's database in a running world).
    public init(world: World, clusterIdentifier: String? = nil, databaseUser: String = "awsuser") {
        workspace = nil
        openedWorld = world
        self.clusterIdentifier = clusterIdentifier
        self.databaseUser = databaseUser
    }

    public func open(_ credentials: LoadCredentials, region: String?) throws(SQLError) -> any LoadObjectSession {
        let world = try self.world()
        switch credentials {
        case .keys:
            throw SQLError("XX000", "S3ServiceException:The AWS Access Key Id you provided does not exist in our records.,"
                           + "Status 403,Error InvalidAccessKeyId")
        case .role(let written):
            let role = try Self.run(world) { transaction in try self.assumableRole(written, transaction) }
            return SimulatedLoadSession(world: world, roleARN: role, region: region ?? Account.defaultRegion)
        }
    }

    private func world() throws(SQLError) -> World {
        if let openedWorld { return openedWorld }
        do {
            guard let workspace else { throw WorldError("no workspace to open") }
            let world = try World(workspace: workspace)
            openedWorld = world
            return world
        } catch {
            throw SQLError("XX000", "cannot open the simulated AWS world: \(error)")
        }
    }

    /// The role COPY may use: it exists, Redshift may assume it, and (for a cluster) it is attached.
    private func assumableRole(_ written: String?, _ world: WorldTransaction) throws -> String {
        let cluster = try clusterIdentifier.map { try Cluster.existing($0, world.db) }
        guard let arn = written ?? cluster?.defaultIAMRole else {
            throw SQLError("XX000", cluster == nil
                           ? "IAM_ROLE default needs a cluster with a default IAM role; the scratch database has none. Name the role's ARN."
                           : "The cluster \(clusterIdentifier ?? "") has no default IAM role. Set one or name the role's ARN.")
        }
        let notAuthorized = SQLError("XX000", "User arn:aws:redshift:\(world.region):\(world.account.id):dbuser:"
                                     + "\(clusterIdentifier ?? "scratch")/\(databaseUser) is not authorized to assume IAM Role \(arn)")
        if let cluster, !cluster.iamRoles.contains(arn) { throw notAuthorized }
        let trust: EvaluationResult
        do {
            trust = try IAMAuthorization.mayService("redshift.amazonaws.com", assumeRole: arn, in: world)
        } catch is ServiceError {
            throw notAuthorized
        }
        guard trust.evalDecision == .allowed else { throw notAuthorized }
        return arn
    }

    /// Runs `body` in one world transaction, turning what is not already Redshift's error into one.
    static func run<T>(_ world: World, _ body: (WorldTransaction) throws -> T) throws(SQLError) -> T {
        do {
            return try world.transaction(body)
        } catch let error as SQLError {
            throw error
        } catch let error as ServiceError {
            throw SQLError("XX000", "S3ServiceException:\(error.message),Status \(error.httpStatus),Error \(error.code)")
        } catch {
            throw SQLError("XX000", "\(error)")
        }
    }
}

/// One COPY's object access as its role, each call checked against the role's policies.
final class SimulatedLoadSession: LoadObjectSession {
    private let world: World
    private let roleARN: String
    private let region: String

    init(world: World, roleARN: String, region: String) {
        self.world = world
        self.roleARN = roleARN
        self.region = region
    }

    func listKeys(bucket: String, prefix: String) throws(SQLError) -> [String] {
        try SimulatedLoadStore.run(world) { world in
            try self.checkBucket(bucket, world)
            try self.authorize("s3:ListBucket", "arn:aws:s3:::\(bucket)", world)
            return try S3Object.list(bucket: bucket, prefix: prefix, after: nil, world.db).map(\.key)
        }
    }

    func read(bucket: String, key: String) throws(SQLError) -> [UInt8]? {
        try SimulatedLoadStore.run(world) { world in
            try self.checkBucket(bucket, world)
            try self.authorize("s3:GetObject", "arn:aws:s3:::\(bucket)/\(key)", world)
            guard let object = try S3Object.find(bucket: bucket, key: key, world.db) else { return nil }
            guard object.isReadable(at: world.now) else { throw S3Errors.invalidObjectState }
            return try world.loadBodyBytes(object.body)
        }
    }

    func write(bucket: String, key: String, bytes: [UInt8]) throws(SQLError) {
        try SimulatedLoadStore.run(world) { world in
            try self.checkBucket(bucket, world)
            try self.authorize("s3:PutObject", "arn:aws:s3:::\(bucket)/\(key)", world)
            _ = try S3ObjectOperations.store(Data(bytes), bucket: bucket, key: key, world)
        }
    }

    /// The bucket exists, in the Region the COPY reads from (the cluster's, or REGION's).
    private func checkBucket(_ name: String, _ world: WorldTransaction) throws {
        let bucket = try S3Bucket.existing(name, world.db)
        guard bucket.region == region else {
            throw SQLError("XX000", "S3ServiceException:The bucket you are attempting to access must be addressed using the "
                           + "specified endpoint. Please send all future requests to this endpoint.,Status 301,Error PermanentRedirect")
        }
    }

    private func authorize(_ action: String, _ resource: String, _ world: WorldTransaction) throws {
        let result = try IAMAuthorization.doesRole(roleARN, allow: action, on: resource, in: world)
        guard result.evalDecision == .allowed else {
            throw SQLError("XX000", "S3ServiceException:Access Denied,Status 403,Error AccessDenied",
                           detail: "\(action) on \(resource) is not allowed for role \(roleARN): \(result.explanation)")
        }
    }
}
