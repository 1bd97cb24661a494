@testable import CloudSim
import Foundation
import Testing

/// The command line read as the AWS CLI v1 reads it; expected texts are the real CLI's
/// (aws-cli 1.45.11 against moto_server).
@Suite struct CLIParsingTests {
    private let usageEnd = "  aws <command> <subcommand> help\n"

    @Test func anUnknownServiceOrOperationIsAnArgumentError() throws {
        let world = try TestWorld()
        let service = try world.aws("nosuchsvc x")
        #expect(service.exitCode == 2)
        #expect(service.stderr.hasPrefix("usage: \rNote: AWS CLI version 2"))
        #expect(service.stderr.contains(usageEnd + "aws: error: argument command: Invalid choice, valid choices are:\n\n"))
        for name in AWSCatalog.serviceNames {
            #expect(service.stderr.contains("\(name) "), "the choices list \(name)")
        }
        let operation = try world.aws("s3api nosuchop")
        #expect(operation.exitCode == 2)
        #expect(operation.stderr.contains("aws: error: argument operation: Invalid choice, valid choices are:\n\ncopy-object"))
        #expect(operation.stdout.isEmpty)
    }

    @Test func missingRequiredArgumentsAreListedInModelOrder() throws {
        let world = try TestWorld()
        let result = try world.aws("s3api put-object")
        #expect(result.exitCode == 2)
        #expect(result.stderr.hasSuffix(usageEnd + "aws: error: the following arguments are required: --bucket, --key\n"))
        let outfile = try world.aws("s3api get-object --bucket b --key k")
        #expect(outfile.stderr.hasSuffix("aws: error: the following arguments are required: outfile\n"))
        let service = try world.aws("s3api")
        #expect(service.stderr.hasSuffix("aws: error: the following arguments are required: operation\n"))
    }

    @Test func unknownOptionsExit255AfterTheUsage() throws {
        let world = try TestWorld()
        let result = try world.aws("s3api create-bucket --bucket x --bogus 1")
        #expect(result.exitCode == 255)
        #expect(result.stderr.hasSuffix(usageEnd + "\nUnknown options: --bogus, 1\n"))
        #expect(try world.aws("s3api list-buckets extra").stderr.hasSuffix("\nUnknown options: extra\n"))
    }

    @Test func anOptionWithoutItsValue() throws {
        let result = try TestWorld().aws("s3api list-objects-v2 --bucket b --max-keys")
        #expect(result.exitCode == 2)
        #expect(result.stderr.hasSuffix("aws: error: argument --max-keys: expected one argument\n"))
    }

    @Test func integersAreReadAsPythonsIntReadsThem() throws {
        let world = try TestWorld()
        _ = try world.json("s3api create-bucket --bucket ints")
        let bad = try world.aws("s3api list-objects-v2 --bucket ints --max-keys abc")
        #expect(bad.exitCode == 255)
        #expect(bad.stderr == "\ninvalid literal for int() with base 10: 'abc'\n")
        #expect(try world.json("s3api list-objects-v2 --bucket ints --max-keys ' 7'")["MaxKeys"] == .integer(7))
    }

    @Test func booleansAreFlagsWithNoForms() throws {
        let world = try TestWorld()
        _ = try world.json("s3api create-bucket --bucket flags")
        try world.file("f.txt", "x")
        _ = try world.json("s3api put-object --bucket flags --key f.txt --body f.txt")
        let owned = try world.json("s3api list-objects-v2 --bucket flags --fetch-owner")
        #expect(owned["Contents"]?.listValue?.first?["Owner"]?["ID"] != nil)
        let plain = try world.json("s3api list-objects-v2 --bucket flags --fetch-owner --no-fetch-owner")
        #expect(plain["Contents"]?.listValue?.first?["Owner"] == nil)
    }

    @Test func shorthandValuesAreTypedByTheModel() throws {
        let world = try TestWorld()
        _ = try world.json("s3api create-bucket --bucket typed")
        _ = try world.json("s3api put-public-access-block --bucket typed --public-access-block-configuration BlockPublicAcls=TRUE,IgnorePublicAcls=false")
        let block = try world.json("s3api get-public-access-block --bucket typed")["PublicAccessBlockConfiguration"]
        #expect(block == .object(["BlockPublicAcls": .bool(true), "IgnorePublicAcls": .bool(false),
                                  "BlockPublicPolicy": .bool(false), "RestrictPublicBuckets": .bool(false)]))
    }

    @Test func validationReportsEveryProblemInBotocoresWords() throws {
        let world = try TestWorld()
        let badBool = try world.aws("s3api put-public-access-block --bucket b --public-access-block-configuration BlockPublicAcls=maybe")
        #expect(badBool.exitCode == 255)
        #expect(badBool.stderr == "\nParameter validation failed:\nInvalid type for parameter PublicAccessBlockConfiguration.BlockPublicAcls, "
            + "value: maybe, type: <class 'str'>, valid types: <class 'bool'>\n")
        let unknown = try world.aws("s3api put-public-access-block --bucket b --public-access-block-configuration Foo=true")
        #expect(unknown.stderr == "\nParameter validation failed:\nUnknown parameter in PublicAccessBlockConfiguration: \"Foo\", "
            + "must be one of: BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy, RestrictPublicBuckets\n")
        let nested = try world.aws("s3api delete-objects --bucket b --delete Objects=[{Nokey=1}]")
        #expect(nested.stderr == "\nParameter validation failed:\nMissing required parameter in Delete.Objects[0]: \"Key\"\n"
            + "Unknown parameter in Delete.Objects[0]: \"Nokey\", must be one of: Key, VersionId, ETag, LastModifiedTime, Size\n")
        let empty = try world.aws("s3api head-object --bucket b --key ''")
        #expect(empty.stderr == "\nParameter validation failed:\nInvalid length for parameter Key, value: 0, valid min length: 1\n")
    }

    @Test func jsonValuesAndTheirErrors() throws {
        let world = try TestWorld()
        _ = try world.json("s3api create-bucket --bucket json-b")
        _ = try world.json(#"s3api put-bucket-versioning --bucket json-b --versioning-configuration '{"Status": "Enabled"}'"#)
        #expect(try world.json("s3api get-bucket-versioning --bucket json-b") == .object(["Status": .string("Enabled")]))
        let bad = try world.aws("s3api put-bucket-versioning --bucket json-b --versioning-configuration {bad")
        #expect(bad.exitCode == 255)
        #expect(bad.stderr == "\nError parsing parameter '--versioning-configuration': Invalid JSON: Expecting property name "
            + "enclosed in double quotes: line 1 column 2 (char 1)\nJSON received: {bad\n")
    }

    @Test func fileValuesAreReadBeforeParsing() throws {
        let world = try TestWorld()
        _ = try world.json("s3api create-bucket --bucket files")
        try world.file("enc.json", #"{"Rules": [{"ApplyServerSideEncryptionByDefault": {"SSEAlgorithm": "AES256"}}]}"#)
        let path = world.workingDirectory.appendingPathComponent("enc.json").path
        _ = try world.json("s3api put-bucket-encryption --bucket files --server-side-encryption-configuration file://\(path)")
        let rule = try world.json("s3api get-bucket-encryption --bucket files")["ServerSideEncryptionConfiguration"]?["Rules"]?.listValue?.first
        #expect(rule?["ApplyServerSideEncryptionByDefault"]?["SSEAlgorithm"] == .string("AES256"))
        let missing = try world.aws("s3api put-bucket-versioning --bucket files --versioning-configuration file:///nonexist.json")
        #expect(missing.stderr == "\nError parsing parameter '--versioning-configuration': Unable to load paramfile "
            + "file:///nonexist.json: [Errno 2] No such file or directory: '/nonexist.json'\n")
        let body = try world.aws("s3api put-object --bucket files --key k --body /nonexist")
        #expect(body.stderr == "\nError parsing parameter '--body': Blob values must be a path to a file.\n")
    }

    @Test func cliInputJSONSuppliesMembersTheCommandLineOverrides() throws {
        let world = try TestWorld()
        _ = try world.json("s3api create-bucket --bucket input-a")
        _ = try world.json("s3api create-bucket --bucket input-b")
        let input = #"{"Bucket": "input-a", "VersioningConfiguration": {"Status": "Suspended"}}"#
        _ = try world.json("s3api put-bucket-versioning --cli-input-json '\(input)' --bucket input-b")
        #expect(try world.json("s3api get-bucket-versioning --bucket input-b")["Status"] == .string("Suspended"))
        #expect(try world.json("s3api get-bucket-versioning --bucket input-a") == .object([]))
    }

    @Test func textOutput() throws {
        let world = try TestWorld()
        _ = try world.json("s3api create-bucket --bucket text-b")
        let result = try world.aws("s3api list-buckets --output text")
        #expect(result.stdout == "None\nBUCKETS\t2026-01-01T00:00:00.000Z\ttext-b\n"
            + "OWNER\tlearner\t\(Account.learner.canonicalUserId)\n")
    }

    @Test func globalOptionsMayComeFirst() throws {
        let world = try TestWorld()
        _ = try world.json("--region eu-west-1 s3api create-bucket --bucket regional --create-bucket-configuration LocationConstraint=eu-west-1")
        #expect(try world.json("s3api head-bucket --bucket regional")["BucketRegion"] == .string("eu-west-1"))
    }

    /// Lists, lists of structures and non-streaming blobs, on an operation declared for the test.
    @Test func listsTakeEveryWordUpToTheNextOption() throws {
        let operation = Operation("Tag", input: [
            .optional("Names", .list(.string)),
            .optional("Tags", .list(.structure([.required("Key", .string), .optional("Value", .string)]))),
            .optional("Payload", .blob(streaming: false)),
            .optional("Count", .integer()),
        ]) { _ in .empty }
        let world = try TestWorld()
        try world.file("payload.bin", "raw")
        let payload = world.workingDirectory.appendingPathComponent("payload.bin").path
        let parsed = try OperationArguments.parse(["--names", "a", "b", "--tags", "Key=k,Value=v", "Key=j",
                                                   "--payload", "fileb://\(payload)", "--count", "3"], operation: operation)
        let input = try parsed.input(for: operation, files: LocalFiles(workingDirectory: world.workingDirectory))
        #expect(input["Names"] == .list([.string("a"), .string("b")]))
        #expect(input["Tags"] == .list([.object(["Key": .string("k"), "Value": .string("v")]), .object(["Key": .string("j")])]))
        #expect(input["Payload"] == .blob(Data("raw".utf8)))
        #expect(input["Count"] == .integer(3))
        let json = try OperationArguments.parse(["--tags", #"[{"Key": "x"}]"#, "--names", #"["p", "q"]"#], operation: operation)
        let jsonInput = try json.input(for: operation, files: LocalFiles(workingDirectory: world.workingDirectory))
        #expect(jsonInput["Tags"] == .list([.object(["Key": .string("x")])]))
        #expect(jsonInput["Names"] == .list([.string("p"), .string("q")]))
        #expect(throws: CLIFailure.self) { try OperationArguments.parse(["--names"], operation: operation) }
    }

    @Test func kebabCaseNamesFollowBotocore() {
        #expect(CLIName.from("ListObjectsV2") == "list-objects-v2")
        #expect(CLIName.from("GetCallerIdentity") == "get-caller-identity")
        #expect(CLIName.from("ContentMD5") == "content-md5")
        #expect(CLIName.from("SSECustomerAlgorithm") == "sse-customer-algorithm")
        #expect(CLIName.from("GrantACLs") == "grant-acls")
        #expect(CLIName.from("MFA") == "mfa")
    }

    @Test func replLinesSplitAsAShellWould() throws {
        #expect(try ShellWords.split(#"s3api put-object --key "a b" --body 'c d'  x\ y"#)
            == ["s3api", "put-object", "--key", "a b", "--body", "c d", "x y"])
        #expect(throws: ShellWords.UnterminatedQuote.self) { try ShellWords.split("--key 'open") }
    }
}
