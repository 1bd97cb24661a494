import Foundation
import Testing
@testable import CloudSim

@Suite("Wildcards, addresses and operator names")
struct PolicyMatchingTests {
    @Test(arguments: [
        ("*", "", true), ("a*", "a", true), ("*b", "aab", true), ("a?c", "abc", true), ("a?c", "ac", false),
        ("*a*a*a*b", String(repeating: "a", count: 500), false), ("*a*a*a*b", String(repeating: "a", count: 500) + "b", true),
        ("**", "anything at all", true), ("a*b?c", "a-x-b-c", true), ("a*b?c", "a-x-bc", false),
    ])
    func wildcardPatterns(pattern: String, text: String, matches: Bool) {
        #expect(WildcardPattern(pattern, caseSensitive: true).matches(text) == matches)
    }

    @Test func caseInsensitivePatternsFoldASCIIOnly() {
        #expect(WildcardPattern("S3:Get*", caseSensitive: false).matches("s3:getobject"))
        #expect(!WildcardPattern("S3:Get*", caseSensitive: true).matches("s3:getobject"))
        #expect(!WildcardPattern("É", caseSensitive: false).matches("é"))
    }

    @Test(arguments: [
        ("10.0.0.0/8", "10.255.3.4", true), ("10.0.0.0/8", "11.0.0.1", false), ("0.0.0.0/0", "192.0.2.1", true),
        ("192.0.2.1", "192.0.2.1", true), ("192.0.2.1/32", "192.0.2.2", false),
        ("2001:db8::/32", "2001:0db8:ffff::1", true), ("2001:db8::/32", "2001:db9::1", false),
        ("::ffff:192.0.2.0/120", "::ffff:192.0.2.77", true), ("fe80::/10", "febf::1", true), ("fe80::/10", "fec0::1", false),
    ])
    func cidrContainment(range: String, address: String, contained: Bool) throws {
        let block = try #require(IPAddressRange(range))
        let single = try #require(IPAddressRange(address))
        #expect(block.contains(single) == contained)
    }

    @Test(arguments: [
        "256.1.1.1", "1.2.3", "1.2.3.4/33", "1.2.3.4/", "01234.1.1.1", "1::2::3", "2001:db8::/129", "12345::", "1:2:3:4:5:6:7:8:9",
        "", "/8", "::g", "1.2.3.4/+8",
    ])
    func malformedAddressesAreRefused(text: String) {
        #expect(IPAddressRange(text) == nil)
    }

    @Test(arguments: [
        ("StringEquals", "StringEquals"), ("ForAllValues:StringLike", "ForAllValues:StringLike"),
        ("ForAnyValue:ArnNotLikeIfExists", "ForAnyValue:ArnNotLikeIfExists"), ("NumericLessThanEqualsIfExists", "NumericLessThanEqualsIfExists"),
        ("Null", "Null"), ("BinaryEquals", "BinaryEquals"),
    ])
    func operatorNamesRoundTrip(name: String, description: String) throws {
        #expect(try #require(ConditionOperator(name)).description == description)
    }

    @Test(arguments: ["stringequals", "StringEqualsIgnorecase", "ForSomeValues:StringEquals", "NullIfExists", "IfExists", "ForAllValues:"])
    func unknownOperatorNamesAreRefused(name: String) {
        #expect(ConditionOperator(name) == nil)
    }

    @Test(arguments: [
        ("2026-01-01T00:00:00Z", 1_767_225_600.0), ("2026-01-01T00:00:00.250Z", 1_767_225_600.25),
        ("2026-01-01T01:00:00+01:00", 1_767_225_600.0), ("2026-01-01", 1_767_225_600.0), ("1767225600", 1_767_225_600.0),
    ])
    func conditionDatesInEveryAcceptedForm(text: String, secondsSince1970: Double) throws {
        #expect(try #require(ConditionDate.parse(text)).timeIntervalSince1970 == secondsSince1970)
    }

    @Test(arguments: ["", "yesterday", "2026-13-01", "01/01/2026"])
    func unreadableDatesAreRefused(text: String) {
        #expect(ConditionDate.parse(text) == nil)
    }

    @Test func requestContextKeysIgnoreCaseAndKeepTheirFirstSpelling() {
        var context = RequestContext()
        context["aws:SourceIp"] = ["192.0.2.1"]
        #expect(context["AWS:SOURCEIP"] == ["192.0.2.1"])
        #expect(context.keys == ["aws:SourceIp"])
        context["aws:sourceip"] = nil
        #expect(context.keys.isEmpty)
    }

    @Test func requestTimeKeysComeFromTheGivenDate() {
        let context = RequestContext().addingRequestTime(Date(timeIntervalSince1970: 1_767_225_600.75))
        #expect(context["aws:CurrentTime"] == ["2026-01-01T00:00:00Z"])
        #expect(context["aws:EpochTime"] == ["1767225600"])
        #expect(RequestContext(["aws:EpochTime": ["5"]]).addingRequestTime(Date())["aws:EpochTime"] == ["5"])
    }

    @Test func principalKeysAreDerivedWithoutOverridingTheRequest() {
        let context = RequestContext(["aws:username": ["set-by-test"]]).addingPrincipalKeys(of: PolicyFixtures.alice)
        #expect(context["aws:username"] == ["set-by-test"])
        #expect(context["aws:PrincipalArn"] == ["arn:aws:iam::111122223333:user/alice"])
        #expect(context["aws:PrincipalAccount"] == ["111122223333"])
        #expect(context["aws:PrincipalType"] == ["User"])
    }
}
