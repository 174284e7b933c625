import Foundation
import Hummingbird
import HummingbirdTesting
import NormsEngine
import NormsPolicy
import NormsServe
import NormsSource
import NormsTestSupport
import NormsYAML
import Testing

@Suite("norms serve: the check route")
struct DecisionRouteTests {
    /// The decision `norms check --format json` prints for `message`: the pretty JSON of the
    /// evaluator's decision, ending with its `version`, and a line feed (the end-to-end test
    /// compares with the binary itself).
    /// - Parameters:
    ///   - policy: the policy's path, which the trace's and violations' `source` name.
    ///   - versioned: false for the bare decision, as a decision log record embeds it.
    static func expectedDecision(_ message: String, policy path: String, explain: Bool = false,
                                 versioned: Bool = true) throws -> String {
        let policy = try PolicyLoader().load(path: path)
        let node = try #require(try JSONReader().read(SourceFile(path: "m.json", text: message)))
        let decision = try Evaluator(policy: policy).evaluate(try MessageLoader().message(from: node), trace: explain)
        return (versioned ? decision.json.versioned(Decision.jsonVersion) : decision.json).pretty + "\n"
    }

    @Test("a message gets its decision, byte for byte as norms check --format json", arguments: ServeFixture.Transport.allCases)
    func decision(over transport: ServeFixture.Transport) async throws {
        let fixture = try ServeFixture()
        defer { fixture.remove() }
        try await fixture.test(transport) { client in
            let response = try await client.execute(uri: "/v1/policies/acme/check", method: .post, body: ByteBuffer(string: AcmeMessages.outage))
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/json")
            #expect(response.text == (try Self.expectedDecision(AcmeMessages.outage, policy: fixture.folder + "/acme.yaml")))
            let decision = response.object
            #expect(decision["policy"] as? String == "Acme Engineering")
            #expect(decision["level"] as? String == "urgent")
            #expect(decision["needs_immediate_reply"] as? Bool == true)
            #expect(decision["allowed"] as? Bool == true)
            let recipient = try #require((decision["recipients"] as? [[String: Any]])?.first)
            #expect(recipient["id"] as? String == "dana")
            #expect(recipient["reply_within"] as? String == "immediate")
            #expect(recipient["notify"] as? String == "now")
            #expect(decision["trace"] == nil)

            let fyi = try await client.execute(uri: "/v1/policies/acme/check", method: .post, body: ByteBuffer(string: AcmeMessages.fyi))
            #expect(fyi.object["needs_immediate_reply"] as? Bool == false)
            #expect(fyi.object["level"] as? String == "normal")
            #expect(((fyi.object["recipients"] as? [[String: Any]])?.first?["reply_within"]) as? String == "none")
        }
    }

    @Test("explain=true adds the trace; another value is a 400", arguments: ServeFixture.Transport.allCases)
    func explain(over transport: ServeFixture.Transport) async throws {
        let fixture = try ServeFixture()
        defer { fixture.remove() }
        try await fixture.test(transport) { client in
            let response = try await client.execute(uri: "/v1/policies/acme/check?explain=true", method: .post,
                                                    body: ByteBuffer(string: AcmeMessages.outage))
            #expect(response.status == .ok)
            #expect(response.text == (try Self.expectedDecision(AcmeMessages.outage, policy: fixture.folder + "/acme.yaml", explain: true)))
            let trace = try #require(response.object["trace"] as? [[String: Any]])
            #expect(trace.contains { $0["rule"] as? String == "outages-are-urgent" && $0["held"] as? Bool == true })

            let bad = try await client.execute(uri: "/v1/policies/acme/check?explain=yes", method: .post,
                                               body: ByteBuffer(string: AcmeMessages.outage))
            #expect(bad.status == .badRequest)
            #expect(bad.error["code"] as? String == "serve.bad-parameter")
        }
    }

    @Test("malformed JSON is a 400 with the code and the line and column in the body", arguments: ServeFixture.Transport.allCases)
    func malformedJSON(over transport: ServeFixture.Transport) async throws {
        let fixture = try ServeFixture()
        defer { fixture.remove() }
        try await fixture.test(transport) { client in
            // Line 2 is `  "to": [}`: the `}` is in column 10, where a value was expected.
            let response = try await client.execute(uri: "/v1/policies/acme/check", method: .post,
                                                    body: ByteBuffer(string: "{\"channel\": \"chat\",\n  \"to\": [}"))
            #expect(response.status == .badRequest)
            #expect(response.headers[.contentType] == "application/json")
            #expect(response.error["code"] as? String == "json.syntax")
            #expect(response.error["line"] as? Int == 2)
            #expect(response.error["column"] as? Int == 10)
            #expect((response.error["message"] as? String)?.hasPrefix("invalid JSON: expected") == true)

            let empty = try await client.execute(uri: "/v1/policies/acme/check", method: .post, body: ByteBuffer(string: "  \n"))
            #expect(empty.status == .badRequest)
            #expect(empty.error["code"] as? String == "message.empty")

            // Valid JSON that is not a message: `to` is missing.
            let partial = try await client.execute(uri: "/v1/policies/acme/check", method: .post,
                                                   body: ByteBuffer(string: #"{"channel":"chat","from":"bob","sent_at":"2026-03-02T10:00:00+01:00"}"#))
            #expect(partial.status == .badRequest)
            #expect((partial.error["code"] as? String)?.hasPrefix("message.") == true)
        }
    }

    @Test("an unknown recipient or channel is a 422 with the command line's message", arguments: ServeFixture.Transport.allCases)
    func unknownNames(over transport: ServeFixture.Transport) async throws {
        let fixture = try ServeFixture()
        defer { fixture.remove() }
        try await fixture.test(transport) { client in
            let response = try await client.execute(uri: "/v1/policies/acme/check", method: .post,
                                                    body: ByteBuffer(string: AcmeMessages.unknownRecipient))
            #expect(response.status == .unprocessableContent)
            #expect(response.error["code"] as? String == "message.unknown-recipient")
            #expect(response.error["message"] as? String == "unknown recipient 'alicee' — did you mean 'alice'?")
            #expect(response.error["line"] as? Int == 1)
            // `{"channel":"chat","from":"bob","to":[` is 37 characters: "alicee" starts in column 38.
            #expect(response.error["column"] as? Int == 38)

            let channel = try await client.execute(
                uri: "/v1/policies/acme/check", method: .post,
                body: ByteBuffer(string: #"{"channel":"chta","from":"bob","to":["alice"],"sent_at":"2026-03-02T10:00:00+01:00"}"#))
            #expect(channel.status == .unprocessableContent)
            #expect(channel.error["code"] as? String == "message.unknown-channel")
            #expect(channel.error["message"] as? String == "unknown channel 'chta' — did you mean 'chat'?")
        }
    }

    @Test("a body over --max-body is a 413, and the service goes on answering")
    func bodyTooLarge() async throws {
        let fixture = try ServeFixture(maxBody: 64)
        defer { fixture.remove() }
        try await fixture.test { client in
            let response = try await client.execute(uri: "/v1/policies/acme/check", method: .post,
                                                    body: ByteBuffer(string: AcmeMessages.outage))
            #expect(AcmeMessages.outage.utf8.count > 64)
            #expect(response.status == .contentTooLarge)
            #expect(response.error["code"] as? String == "serve.body-too-large")
            let health = try await client.execute(uri: "/healthz", method: .get)
            #expect(health.status == .ok)
        }
    }

    @Test("an unknown policy is a 404 with a did-you-mean; an unknown route a 404 too")
    func unknownPolicy() async throws {
        let fixture = try ServeFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            let response = try await client.execute(uri: "/v1/policies/acm/check", method: .post, body: ByteBuffer(string: AcmeMessages.outage))
            #expect(response.status == .notFound)
            #expect(response.error["code"] as? String == "serve.unknown-policy")
            #expect(response.error["message"] as? String == "unknown policy 'acm' — did you mean 'acme'?")

            let detail = try await client.execute(uri: "/v1/policies/zzzzzzzz", method: .get)
            #expect(detail.status == .notFound)
            #expect(detail.error["message"] as? String == "unknown policy 'zzzzzzzz' — the policies served are: acme")

            let route = try await client.execute(uri: "/v2/anything", method: .get)
            #expect(route.status == .notFound)
            #expect(route.error["code"] as? String == "serve.unknown-route")
        }
    }

    @Test("with a token, every route but the health checks needs it")
    func token() async throws {
        let fixture = try ServeFixture(token: "s3cret-token")
        defer { fixture.remove() }
        try await fixture.test { client in
            let missing = try await client.execute(uri: "/v1/policies/acme/check", method: .post, body: ByteBuffer(string: AcmeMessages.outage))
            #expect(missing.status == .unauthorized)
            #expect(missing.headers[.wwwAuthenticate] == "Bearer")
            #expect(missing.error["code"] as? String == "serve.unauthorized")

            for wrong in ["Bearer s3cret-toke", "Bearer s3cret-token2", "Basic s3cret-token", "s3cret-token", "Bearer "] {
                let response = try await client.execute(uri: "/v1/policies", method: .get, headers: [.authorization: wrong])
                #expect(response.status == .unauthorized, "\(wrong)")
            }
            let metrics = try await client.execute(uri: "/metrics", method: .get)
            #expect(metrics.status == .unauthorized)

            let right = try await client.execute(uri: "/v1/policies/acme/check", method: .post,
                                                 headers: [.authorization: "Bearer s3cret-token"], body: ByteBuffer(string: AcmeMessages.outage))
            #expect(right.status == .ok)
            #expect(try await client.execute(uri: "/healthz", method: .get).status == .ok)
            #expect(try await client.execute(uri: "/readyz", method: .get).status == .ok)
        }
    }

    @Test("the token comparison: equal bytes only, whatever their lengths")
    func constantTimeComparison() {
        #expect(ContentHash.constantTimeEquals(Array("abc".utf8), Array("abc".utf8)))
        #expect(!ContentHash.constantTimeEquals(Array("abc".utf8), Array("abd".utf8)))
        #expect(!ContentHash.constantTimeEquals(Array("ab".utf8), Array("abc".utf8)))
        #expect(!ContentHash.constantTimeEquals([], Array("abc".utf8)))
        // The SHA-256 of the empty string, the hash that `sha256sum /dev/null` prints.
        #expect(ContentHash.sha256([]) == "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }
}
