/// The AWS managed policies the labs use, looked up by ARN.
///
/// Only policies whose complete current document could be read in AWS's Managed Policy Reference
/// are included, copied verbatim, because learners are graded against them. Left out for that
/// reason (the reference text seen was incomplete or absent): AmazonS3FullAccess,
/// AWSGlueServiceRole, AmazonRedshiftAllCommandsFullAccess, CloudWatchReadOnlyAccess,
/// AdministratorAccess and ReadOnlyAccess.
public enum ManagedPolicyCatalog {
    public static let all: [ManagedPolicy] = [amazonS3ReadOnlyAccess]

    public static func policy(arn: String) -> ManagedPolicy? {
        all.first { $0.arn == arn }
    }

    /// AWS Managed Policy Reference, "AmazonS3ReadOnlyAccess": v3 (default), edited 2023-08-10.
    static let amazonS3ReadOnlyAccess = ManagedPolicy(
        name: "AmazonS3ReadOnlyAccess",
        arn: "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess",
        defaultVersionID: "v3",
        documentText: """
            {
              "Version" : "2012-10-17",
              "Statement" : [
                {
                  "Effect" : "Allow",
                  "Action" : [
                    "s3:Get*",
                    "s3:List*",
                    "s3:Describe*",
                    "s3-object-lambda:Get*",
                    "s3-object-lambda:List*"
                  ],
                  "Resource" : "*"
                }
              ]
            }
            """)
}
