import Foundation
import Testing
@testable import CloudSim

@Suite struct DashboardTests {
    static let body = #"{"widgets":[{"type":"metric","x":0,"y":0,"width":12,"height":6,"properties":{"metrics":[["AWS/Redshift","CPUUtilization","ClusterIdentifier","c1"]],"period":300,"stat":"Average","region":"us-east-1","title":"CPU"}}]}"#

    @Test func dashboardsAreStoredListedReadAndDeleted() throws {
        let aws = try SimulatedAWS()
        #expect(try aws.json("cloudwatch", "put-dashboard", "--dashboard-name", "redshift-ops", "--dashboard-body", Self.body)
                == .object(["DashboardValidationMessages": .list([])]))
        _ = try aws.json("cloudwatch", "put-dashboard", "--dashboard-name", "other", "--dashboard-body", #"{"widgets":[]}"#)
        let dashboard = try aws.json("cloudwatch", "get-dashboard", "--dashboard-name", "redshift-ops")
        #expect(dashboard == .object([
            "DashboardArn": .string("arn:aws:cloudwatch::123456789012:dashboard/redshift-ops"),
            "DashboardBody": .string(Self.body),
            "DashboardName": .string("redshift-ops"),
        ]))
        let list = try aws.json("cloudwatch", "list-dashboards")["DashboardEntries"]?.listValue ?? []
        #expect(list.compactMap { $0["DashboardName"]?.stringValue } == ["other", "redshift-ops"])
        #expect(list.last?["Size"] == .integer(Self.body.utf8.count))
        #expect(list.last?["LastModified"] == .double(1_767_225_600))
        let prefixed = try aws.json("cloudwatch", "list-dashboards", "--dashboard-name-prefix", "red")
        #expect(prefixed["DashboardEntries"]?.listValue?.count == 1)
        #expect(aws.error("cloudwatch", "delete-dashboards", "--dashboard-names", "other", "nope")
                == "An error occurred (ResourceNotFound) when calling the DeleteDashboards operation: Dashboard nope does not exist")
        _ = try aws.json("cloudwatch", "delete-dashboards", "--dashboard-names", "other", "redshift-ops")
        #expect(try aws.json("cloudwatch", "list-dashboards") == .object(["DashboardEntries": .list([])]))
        #expect(aws.error("cloudwatch", "get-dashboard", "--dashboard-name", "redshift-ops")
                == "An error occurred (ResourceNotFound) when calling the GetDashboard operation: Dashboard redshift-ops does not exist")
    }

    @Test func badBodiesAreRefusedWithValidationMessages() throws {
        let aws = try SimulatedAWS()
        #expect(aws.error("cloudwatch", "put-dashboard", "--dashboard-name", "d", "--dashboard-body", "{not json")
                == "An error occurred (InvalidParameterInput) when calling the PutDashboard operation: "
                + "The field DashboardBody must be a valid JSON object")
        #expect(aws.error("cloudwatch", "put-dashboard", "--dashboard-name", "d", "--dashboard-body", #"{"title":"x"}"#)
                .hasSuffix(#"there are 1 validation errors: [ { "dataPath": "", "message": "Should have required property 'widgets'" } ]"#))
        #expect(aws.error("cloudwatch", "put-dashboard", "--dashboard-name", "d", "--dashboard-body",
                          #"{"widgets":[{"type":"chart","properties":{}},{"properties":{}}]}"#)
                .contains("there are 2 validation errors"))
        #expect(aws.error("cloudwatch", "put-dashboard", "--dashboard-name", "bad name", "--dashboard-body", #"{"widgets":[]}"#)
                .contains("(InvalidParameterInput)"))
        #expect(try aws.json("cloudwatch", "list-dashboards") == .object(["DashboardEntries": .list([])]))
    }
}
