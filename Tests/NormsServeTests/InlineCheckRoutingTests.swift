import Hummingbird
@testable import NormsServe
import Testing

/// Which requests the connection's own handler answers, and the `Date` field it writes.
@Suite("norms serve: the requests answered on the connection")
struct InlineCheckRoutingTests {
    static func head(_ path: String, _ method: HTTPRequest.Method = .post, fields: HTTPFields = [:]) -> HTTPRequest {
        HTTPRequest(method: method, scheme: nil, authority: "x", path: path, headerFields: fields)
    }

    @Test("a POST to the check route with a plain policy name is answered on the connection, with its explain parameter")
    func taken() throws {
        let plain = try #require(InlineCheckHandler.check(Self.head("/v1/policies/team-2_a.b~/check")))
        #expect(plain.policy == "team-2_a.b~")
        #expect(plain.explain == nil)
        let explained = try #require(InlineCheckHandler.check(Self.head("/v1/policies/oncall/check?a=1&explain=true")))
        #expect(explained.policy == "oncall")
        #expect(explained.explain == "true")
        let kept = InlineCheckHandler.check(Self.head("/v1/policies/oncall/check", fields: [.connection: "keep-alive"]))
        #expect(kept?.policy == "oncall")
    }

    @Test("every other request goes to the router", arguments: [
        ("/v1/policies/team/check/batch", HTTPRequest.Method.post, ""),
        ("/v1/policies/team/check", .get, ""),
        ("/v1/policies/team/check", .put, ""),
        ("/v1/policies//check", .post, ""),
        ("/v1/policies/check", .post, ""),
        ("/v1/policies/a/b/check", .post, ""),
        ("/v1/policies/te%61m/check", .post, ""),
        ("/v1/policies/team/check/", .post, ""),
        ("/v1/policies/team/check#x", .post, ""),
        ("/v2/policies/team/check", .post, ""),
        ("/v1/policies/team/check", .post, "close"),
    ])
    func passed(path: String, method: HTTPRequest.Method, connection: String) {
        let fields: HTTPFields = connection.isEmpty ? [:] : [.connection: connection]
        #expect(InlineCheckHandler.check(Self.head(path, method, fields: fields)) == nil)
    }

    @Test("the Date field is RFC 9110's IMF-fixdate in GMT")
    func date() {
        // RFC 9110's own example, section 5.6.7.
        #expect(HTTPDateField.text(secondsSinceEpoch: 784_111_777) == "Sun, 06 Nov 1994 08:49:37 GMT")
        #expect(HTTPDateField.text(secondsSinceEpoch: 0) == "Thu, 01 Jan 1970 00:00:00 GMT")
        // 2024-02-29 23:59:59, a leap day's last second.
        #expect(HTTPDateField.text(secondsSinceEpoch: 1_709_251_199) == "Thu, 29 Feb 2024 23:59:59 GMT")
    }
}
