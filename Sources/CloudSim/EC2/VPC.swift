import GRDB

/// A VPC row; only the default VPC exists, as the labs need no other.
struct VPC {
    let id: String
    let cidr: String
    let isDefault: Bool

    static func all(_ db: Database) throws -> [VPC] {
        try Row.fetchAll(db, sql: "SELECT * FROM ec2_vpc ORDER BY id").map {
            VPC(id: $0["id"], cidr: $0["cidr"], isDefault: $0["is_default"])
        }
    }

    static func existing(_ id: String, _ db: Database) throws -> VPC {
        guard let vpc = try all(db).first(where: { $0.id == id }) else { throw EC2Errors.vpcNotFound(id) }
        return vpc
    }

    static func defaultVPC(_ db: Database) throws -> VPC {
        guard let vpc = try all(db).first(where: \.isDefault) else {
            throw ServiceError("VPCIdNotSpecified", "No default VPC for this user")
        }
        return vpc
    }

    /// The `Vpc` structure of describe-vpcs, in model order.
    func value(account: Account) -> AWSValue {
        .object([
            "OwnerId": .string(account.id),
            "InstanceTenancy": .string("default"),
            "CidrBlockAssociationSet": .list([.object([
                "AssociationId": .string("vpc-cidr-assoc-" + id.dropFirst(4)),
                "CidrBlock": .string(cidr),
                "CidrBlockState": .object(["State": .string("associated")]),
            ])]),
            "IsDefault": .bool(isDefault),
            "VpcId": .string(id),
            "State": .string("available"),
            "CidrBlock": .string(cidr),
            "DhcpOptionsId": .string("dopt-" + id.dropFirst(4)),
        ])
    }

    func filterValues(_ name: String) -> [String]? {
        switch name {
        case "vpc-id": [id]
        case "is-default": [String(isDefault)]
        case "cidr", "cidr-block-association.cidr-block": [cidr]
        case "owner-id": [Account.learner.id]
        case "state": ["available"]
        default: nil
        }
    }
}

/// A subnet row: one default subnet per availability zone of the default VPC.
struct Subnet {
    let id: String
    let vpcID: String
    let cidr: String
    let availabilityZone: String
    let availabilityZoneID: String
    let defaultForAZ: Bool

    static func all(_ db: Database) throws -> [Subnet] {
        try Row.fetchAll(db, sql: "SELECT * FROM ec2_subnet ORDER BY availability_zone").map {
            Subnet(id: $0["id"], vpcID: $0["vpc_id"], cidr: $0["cidr"], availabilityZone: $0["availability_zone"],
                   availabilityZoneID: $0["availability_zone_id"], defaultForAZ: $0["default_for_az"])
        }
    }

    /// The `Subnet` structure of describe-subnets, in model order. A /20 has 4,091 usable
    /// addresses: AWS reserves five in every subnet.
    func value(account: Account, region: String) -> AWSValue {
        .object([
            "AvailabilityZoneId": .string(availabilityZoneID),
            "MapCustomerOwnedIpOnLaunch": .bool(false),
            "OwnerId": .string(account.id),
            "AssignIpv6AddressOnCreation": .bool(false),
            "Ipv6CidrBlockAssociationSet": .list([]),
            "SubnetArn": .string("arn:aws:ec2:\(region):\(account.id):subnet/\(id)"),
            "EnableDns64": .bool(false),
            "Ipv6Native": .bool(false),
            "PrivateDnsNameOptionsOnLaunch": .object([
                "HostnameType": .string("ip-name"),
                "EnableResourceNameDnsARecord": .bool(false),
                "EnableResourceNameDnsAAAARecord": .bool(false),
            ]),
            "SubnetId": .string(id),
            "State": .string("available"),
            "VpcId": .string(vpcID),
            "CidrBlock": .string(cidr),
            "AvailableIpAddressCount": .integer(4091),
            "AvailabilityZone": .string(availabilityZone),
            "DefaultForAz": .bool(defaultForAZ),
            "MapPublicIpOnLaunch": .bool(defaultForAZ),
        ])
    }

    func filterValues(_ name: String) -> [String]? {
        switch name {
        case "subnet-id": [id]
        case "vpc-id": [vpcID]
        case "availability-zone": [availabilityZone]
        case "availability-zone-id": [availabilityZoneID]
        case "default-for-az": [String(defaultForAZ)]
        case "cidr-block": [cidr]
        case "state": ["available"]
        default: nil
        }
    }
}
