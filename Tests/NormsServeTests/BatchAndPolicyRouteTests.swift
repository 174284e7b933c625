import Foundation
import Hummingbird
import HummingbirdTesting
import NormsEngine
import NormsLint
import NormsReporting
@testable import NormsServe
import NormsSource
import NormsTestSupport
import NormsYAML
import Testing

@Suite("norms serve: batch, policies, health, metrics, reloads and the decision log")
struct BatchAndPolicyRouteTests {
    @Test("batch: one line out per line in, in order, errors per line, as norms check --batch prints them")
    func batch() async throws {
        let fixture = try ServeFixture()
        defer { fixture.remove() }
        let body = [AcmeMessages.outage, "{\"channel\": ", AcmeMessages.unknownRecipient, "", AcmeMessages.fyi].joined(separator: "\r\n")
        try await fixture.test { client in
            let response = try await client.execute(uri: "/v1/policies/acme/check/batch", method: .post, body: ByteBuffer(string: body))
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/x-ndjson")
            let lines = response.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            #expect(lines.count == 6)
            #expect(lines.last == "")
            // Line 1: the decision's compact members after `line` and `id`.
            let decision = try DecisionRouteTests.expectedDecision(AcmeMessages.outage, policy: fixture.folder + "/acme.yaml")
            let compact = try #require(try JSONReader().read(SourceFile(path: "d", text: decision)))
            #expect(lines[0] == "{\"line\":1,\"id\":\"m-1\"," + String(compact.jsonValue.compact.dropFirst()))
            #expect(lines[1].hasPrefix("{\"line\":2,\"error\":\"invalid JSON: expected"))
            #expect(lines[1].contains("\"code\":\"json.syntax\""))
            #expect(lines[2] == "{\"line\":3,\"error\":\"unknown recipient 'alicee' — did you mean 'alice'?\",\"code\":\"message.unknown-recipient\",\"column\":38,\"version\":1}")
            #expect(lines[3].hasPrefix("{\"line\":4,\"error\":\"line 4 holds no message"))
            #expect(lines[4].hasPrefix("{\"line\":5,\"id\":\"m-2\",\"policy\":\"Acme Engineering\",\"level\":\"normal\","))
        }
    }

    @Test("batch: a line over 1 MiB is an error line, and the next line is still answered")
    func batchLongLine() async throws {
        let fixture = try ServeFixture()
        defer { fixture.remove() }
        let long = "{\"body\":\"" + String(repeating: "x", count: (1 << 20) + 10) + "\"}"
        try await fixture.test { client in
            let response = try await client.execute(uri: "/v1/policies/acme/check/batch", method: .post,
                                                    body: ByteBuffer(string: long + "\n" + AcmeMessages.fyi + "\n"))
            let lines = response.text.split(separator: "\n").map(String.init)
            #expect(lines.count == 2)
            #expect(lines[0].hasPrefix("{\"line\":1,\"error\":"))
            #expect(lines[0].contains("\"code\":\"input.line-too-long\"") || lines[0].contains("too long") || lines[0].contains("longer"))
            #expect(lines[1].hasPrefix("{\"line\":2,\"id\":\"m-2\","))
        }
    }

    @Test("the line splitter keeps BoundedReader's rules across pieces: CRLF, a last line without LF, long lines")
    func lineSplitter() {
        var splitter = BodyLineSplitter(maxLineBytes: 4)
        var lines: [(String, Bool, Int, Int)] = []
        func take(_ chunk: BatchChunk) {
            for line in chunk.lines {
                lines.append((String(decoding: chunk.bytes[line.range], as: UTF8.self), line.isTooLong, line.number, line.offset))
            }
        }
        take(splitter.append(ByteBuffer(string: "ab")))
        take(splitter.append(ByteBuffer(string: "c\r\n\nabcdefgh")))
        take(splitter.append(ByteBuffer(string: "ij\nxy")))
        take(splitter.finish())
        #expect(lines.map(\.0) == ["abc", "", "abcd", "xy"])
        #expect(lines.map(\.1) == [false, false, true, false])
        #expect(lines.map(\.2) == [1, 2, 3, 4])
        // Offsets: "abc\r\n" is 5 bytes, "\n" 1, "abcdefghij\n" 11.
        #expect(lines.map(\.3) == [0, 5, 6, 17])
    }

    @Test("policies: the list and one policy, with hash, rules, load time and diagnostics")
    func policies() async throws {
        let fixture = try ServeFixture(files: ["second.yml": "norms: 1\nname: Second\ntimezone: UTC\nchannels:\n  chat: {mode: async, reply_within: 4h}\n"])
        defer { fixture.remove() }
        let hash = ContentHash.sha256(Array(BriefExample.yaml.utf8))
        try await fixture.test { client in
            let list = try await client.execute(uri: "/v1/policies", method: .get)
            #expect(list.status == .ok)
            let policies = try #require(list.object["policies"] as? [[String: Any]])
            #expect(policies.map { $0["name"] as? String } == ["acme", "second"])
            #expect(policies[0]["hash"] as? String == hash)
            #expect(policies[0]["rules"] as? Int == 4)
            #expect(policies[0]["status"] as? String == "loaded")
            #expect((policies[0]["file"] as? String)?.hasSuffix("/acme.yaml") == true)
            #expect(policies[1]["rules"] as? Int == 0)

            let detail = try await client.execute(uri: "/v1/policies/acme", method: .get)
            #expect(detail.status == .ok)
            #expect(detail.object["hash"] as? String == hash)
            #expect((detail.object["diagnostics"] as? [Any])?.isEmpty == true)
        }
    }

    @Test("a policy that extends a base: its hash covers both files, so editing the base changes it")
    func hashCoversBases() async throws {
        let base = "norms: 1\nname: Base\ntimezone: UTC\nchannels:\n  chat: {mode: async, reply_within: 4h}\n"
        let child = "norms: 1\nextends: base.yml\nname: Child\n"
        let fixture = try ServeFixture(files: ["base.yml": base, "child.yml": child])
        defer { fixture.remove() }
        let edited = base.replacingOccurrences(of: "UTC", with: "Asia/Kathmandu")
        // Each file as its length in 8 big-endian bytes, then its bytes: the policy file first.
        func framed(_ files: String...) -> [UInt8] {
            files.flatMap { text in
                let length = UInt64(text.utf8.count)
                return (0..<8).reversed().map { UInt8(truncatingIfNeeded: length >> ($0 * 8)) } + Array(text.utf8)
            }
        }
        let hashBefore = ContentHash.sha256(framed(child, base))
        let hashAfter = ContentHash.sha256(framed(child, edited))
        #expect(hashBefore != hashAfter)
        try await fixture.test { client in
            let before = try await client.execute(uri: "/v1/policies/child", method: .get)
            #expect(before.object["hash"] as? String == hashBefore)
            let alone = try await client.execute(uri: "/v1/policies/base", method: .get)
            #expect(alone.object["hash"] as? String == ContentHash.sha256(Array(base.utf8)))
        }
        try fixture.write("base.yml", edited)
        fixture.server.store.reload()
        try await fixture.test { client in
            let after = try await client.execute(uri: "/v1/policies/child", method: .get)
            #expect(after.object["hash"] as? String == hashAfter)
        }
    }

    @Test("a broken edit keeps the old version serving, shows its errors and counts a failed reload")
    func brokenReload() async throws {
        let fixture = try ServeFixture()
        defer { fixture.remove() }
        let oldHash = ContentHash.sha256(Array(BriefExample.yaml.utf8))
        try fixture.write("acme.yaml", BriefExample.yaml.replacingOccurrences(of: "default_level: normal", with: "default_level: [normal"))
        fixture.server.store.reload()
        try await fixture.test { client in
            let decision = try await client.execute(uri: "/v1/policies/acme/check", method: .post, body: ByteBuffer(string: AcmeMessages.outage))
            #expect(decision.status == .ok)
            #expect(decision.object["level"] as? String == "urgent")

            let detail = try await client.execute(uri: "/v1/policies/acme", method: .get)
            #expect(detail.object["status"] as? String == "reload-failed")
            #expect(detail.object["hash"] as? String == oldHash)
            let diagnostics = try #require(detail.object["diagnostics"] as? [[String: Any]])
            #expect(diagnostics.first?["severity"] as? String == "error")
            #expect(diagnostics.first?["line"] as? Int != nil)

            let ready = try await client.execute(uri: "/readyz", method: .get)
            #expect(ready.status == .ok)
            let failed = try #require(ready.object["failed"] as? [[String: Any]])
            #expect(failed.map { $0["name"] as? String } == ["acme"])
            #expect(failed.first?["serving"] as? Bool == true)

            let metrics = try await client.execute(uri: "/metrics", method: .get)
            #expect(metrics.text.contains("norms_policy_reload_failures_total{policy=\"acme\"} 1"))
        }
        // The fix loads: the new version serves.
        let fixed = BriefExample.yaml.replacingOccurrences(of: "default_level: normal", with: "default_level: high")
        try fixture.write("acme.yaml", fixed)
        fixture.server.store.reload()
        try await fixture.test { client in
            let detail = try await client.execute(uri: "/v1/policies/acme", method: .get)
            #expect(detail.object["status"] as? String == "loaded")
            #expect(detail.object["hash"] as? String == ContentHash.sha256(Array(fixed.utf8)))
            let decision = try await client.execute(uri: "/v1/policies/acme/check", method: .post, body: ByteBuffer(string: AcmeMessages.fyi))
            #expect(decision.object["level"] as? String == "high")
        }
    }

    @Test("a policy that never loaded: 503 on check, not ready, listed as failed")
    func neverLoaded() async throws {
        let fixture = try ServeFixture(files: ["broken.yaml": "norms: 1\nname: [\n"])
        defer { fixture.remove() }
        try await fixture.test { client in
            let check = try await client.execute(uri: "/v1/policies/broken/check", method: .post, body: ByteBuffer(string: AcmeMessages.fyi))
            #expect(check.status == .serviceUnavailable)
            #expect(check.error["code"] as? String == "serve.policy-not-loaded")
            let ready = try await client.execute(uri: "/readyz", method: .get)
            #expect(ready.status == .serviceUnavailable)
            #expect(ready.object["ready"] as? Bool == false)
            #expect((ready.object["failed"] as? [[String: Any]])?.first?["serving"] as? Bool == false)
            #expect(try await client.execute(uri: "/healthz", method: .get).status == .ok)
        }
    }

    @Test("metrics: requests by route and status, decision latency, decisions by notify")
    func metrics() async throws {
        let fixture = try ServeFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            _ = try await client.execute(uri: "/v1/policies/acme/check", method: .post, body: ByteBuffer(string: AcmeMessages.outage))
            _ = try await client.execute(uri: "/v1/policies/acme/check", method: .post, body: ByteBuffer(string: AcmeMessages.outage))
            _ = try await client.execute(uri: "/v1/policies/acme/check", method: .post, body: ByteBuffer(string: "{"))
            let text = try await client.execute(uri: "/metrics", method: .get).text
            #expect(text.contains("norms_http_requests_total{route=\"/v1/policies/{name}/check\",method=\"POST\",status=\"200\"} 2"))
            #expect(text.contains("norms_http_requests_total{route=\"/v1/policies/{name}/check\",method=\"POST\",status=\"400\"} 1"))
            #expect(text.contains("norms_decision_duration_seconds_count 2"))
            #expect(text.contains("norms_recipient_decisions_total{notify=\"now\"} 2"))
        }
    }

    @Test("the decision log: one JSON line per decision, in the documented shape")
    func decisionLog() async throws {
        let fixture = try ServeFixture(decisionLog: true)
        defer { fixture.remove() }
        let log = try #require(fixture.server.decisionLog)
        let pretty = "{\n  \"id\": \"m-9\", \"channel\": \"email\", \"from\": \"alice\",\n  \"to\": [\"bob\"], \"sent_at\": \"2026-03-02T10:00:00+01:00\", \"kind\": \"fyi\"\n}\n"
        try await fixture.test { client in
            _ = try await client.execute(uri: "/v1/policies/acme/check", method: .post, body: ByteBuffer(string: pretty))
            _ = try await client.execute(uri: "/v1/policies/acme/check/batch", method: .post,
                                         body: ByteBuffer(string: AcmeMessages.outage + "\n{bad\n"))
        }
        log.finish()
        try await log.run()
        let lines = try String(contentsOfFile: log.path, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(first["version"] as? Int == 1)
        #expect(UUID(uuidString: first["id"] as? String ?? "") != nil)
        let time = try #require(first["time"] as? String)
        #expect(time.hasSuffix("Z") && time.count == 24)
        #expect(first["policy"] as? [String: String] == ["name": "acme", "hash": ContentHash.sha256(Array(BriefExample.yaml.utf8))])
        #expect((first["message"] as? [String: Any])?["id"] as? String == "m-9")
        #expect((first["decision"] as? [String: Any])?["level"] as? String == "normal")
        // The decision is the check's own JSON, compact: the same members in the same order.
        let expected = try DecisionRouteTests.expectedDecision(AcmeMessages.outage, policy: fixture.folder + "/acme.yaml", versioned: false)
        let node = try #require(try JSONReader().read(SourceFile(path: "d", text: expected)))
        #expect(lines[1].hasSuffix(",\"decision\":" + node.jsonValue.compact + "}"))
        #expect(lines[1].contains(",\"message\":" + AcmeMessages.outage + ","))
    }
}
