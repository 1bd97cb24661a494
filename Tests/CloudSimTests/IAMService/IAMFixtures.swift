/// Policy texts the IAM service tests use.
enum IAMFixtures {
    static let redshiftTrust = #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "redshift.amazonaws.com"}, "Action": "sts:AssumeRole"}]}"#
    static let learnerTrust = #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:user/learner"}, "Action": "sts:AssumeRole"}]}"#
    static let readRaw = #"{"Version": "2012-10-17", "Statement": [{"Sid": "ReadRaw", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::raw/*"}]}"#
    static let denyRaw = #"{"Version": "2012-10-17", "Statement": [{"Sid": "NoRaw", "Effect": "Deny", "Action": "s3:*", "Resource": "arn:aws:s3:::raw/secret/*"}]}"#
    static let fromOffice = #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*", "Condition": {"IpAddress": {"aws:SourceIp": "203.0.113.0/24"}}}]}"#
}
