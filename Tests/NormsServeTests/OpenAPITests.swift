import Foundation
import Hummingbird
import HummingbirdTesting
import NormsLint
import NormsSource
import NormsTestSupport
import NormsYAML
import Testing

/// docs/openapi.yaml against real answers: every status of every route it documents is produced
/// here, and each body is validated (by Python's jsonschema) against the schema documented for it.
@Suite("norms serve: the answers match docs/openapi.yaml")
struct OpenAPITests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// One exchange: the documented route and method, and what came back.
    struct Exchange: Sendable {
        var route: String
        var method: String
        var status: Int
        var contentType: String
        var body: String
    }

    @Test("every documented status of every route is produced, and every body validates")
    func responsesValidate() async throws {
        let document = try #require(try YAMLLoader().loadDocument(SourceFile.read(path: Self.packageRoot.path + "/docs/openapi.yaml"))).jsonValue
        let exchanges = try await Self.exchanges()

        // Every documented (route, method, status) was produced.
        var documented: Set<String> = []
        guard case .object(let paths)? = document["paths"] else { Issue.record("no paths"); return }
        for (route, item) in paths {
            guard case .object(let operations) = item else { continue }
            for (method, operation) in operations {
                guard case .object(let responses)? = operation["responses"] else { continue }
                for (status, _) in responses { documented.insert("\(method.uppercased()) \(route) \(status)") }
            }
        }
        let produced = Set(exchanges.map { "\($0.method) \($0.route) \($0.status)" })
        #expect(documented.subtracting(produced).isEmpty, "documented but not produced: \(documented.subtracting(produced).sorted())")
        #expect(produced.subtracting(documented).isEmpty, "produced but not documented: \(produced.subtracting(documented).sorted())")

        // Every JSON body validates against its documented schema.
        var schemaFiles: [String] = []
        defer { for file in schemaFiles { try? FileManager.default.removeItem(atPath: file) } }
        for exchange in exchanges {
            let response = try #require(Self.response(in: document, exchange), "\(exchange.route) \(exchange.status)")
            let mediaType = exchange.contentType.split(separator: ";").first.map(String.init) ?? ""
            guard mediaType != "text/plain" else { continue }
            let schema = try #require(response["content"]?[mediaType]?["schema"], "\(exchange.route) \(exchange.status) \(mediaType)")
            let wrapper = JSONValue.object([
                ("$schema", "https://json-schema.org/draft/2020-12/schema"),
                ("components", document["components"] ?? .null),
                ("allOf", .array([schema])),
            ])
            let schemaFile = try JSONSchemaValidator.temporaryFile(wrapper.compact, name: "schema.json")
            schemaFiles.append(schemaFile)
            let bodies = mediaType == "application/x-ndjson" ? exchange.body.split(separator: "\n").map(String.init) : [exchange.body]
            #expect(!bodies.isEmpty)
            let documents = try bodies.map { try JSONSchemaValidator.temporaryFile($0, name: "body.json") }
            schemaFiles += documents
            let problems = try JSONSchemaValidator.problems(schema: schemaFile, documents: documents)
            #expect(problems.isEmpty, "\(exchange.method) \(exchange.route) \(exchange.status): \(problems)")
        }
    }

    /// The response object documented for an exchange, with a `$ref` to `components/responses` followed.
    static func response(in document: JSONValue, _ exchange: Exchange) -> JSONValue? {
        guard let response = document["paths"]?[exchange.route]?[exchange.method.lowercased()]?["responses"]?[String(exchange.status)]
        else { return nil }
        if case .string(let reference)? = response["$ref"] {
            return document["components"]?["responses"]?[String(reference.split(separator: "/").last ?? "")]
        }
        return response
    }

    /// Requests that produce every documented status.
    static func exchanges() async throws -> [Exchange] {
        let broken = "norms: 1\nname: [\n"
        let secured = try ServeFixture(files: ["broken.yaml": broken], token: "t0k", maxBody: 512)
        let open = try ServeFixture()
        defer {
            secured.remove()
            open.remove()
        }
        let auth: HTTPFields = [.authorization: "Bearer t0k"]
        let check = "/v1/policies/{name}/check", batch = "/v1/policies/{name}/check/batch"
        typealias Request = (route: String, method: HTTPRequest.Method, uri: String, headers: HTTPFields, body: String?)
        let securedRequests: [Request] = [
            (check, .post, "/v1/policies/acme/check?explain=true", auth, AcmeMessages.outage),
            (check, .post, "/v1/policies/acme/check", auth, "{\"channel\": "),
            (check, .post, "/v1/policies/acme/check", [:], AcmeMessages.outage),
            (check, .post, "/v1/policies/acmee/check", auth, AcmeMessages.outage),
            (check, .post, "/v1/policies/acme/check", auth, String(repeating: " ", count: 600)),
            (check, .post, "/v1/policies/acme/check", auth, AcmeMessages.unknownRecipient),
            (check, .post, "/v1/policies/broken/check", auth, AcmeMessages.outage),
            (batch, .post, "/v1/policies/acme/check/batch", auth, AcmeMessages.outage + "\n{\n" + AcmeMessages.fyi),
            (batch, .post, "/v1/policies/acme/check/batch?explain=maybe", auth, AcmeMessages.outage),
            (batch, .post, "/v1/policies/acme/check/batch", [:], AcmeMessages.outage),
            (batch, .post, "/v1/policies/nope/check/batch", auth, AcmeMessages.outage),
            (batch, .post, "/v1/policies/broken/check/batch", auth, AcmeMessages.outage),
            ("/v1/policies", .get, "/v1/policies", auth, nil),
            ("/v1/policies", .get, "/v1/policies", [:], nil),
            ("/v1/policies/{name}", .get, "/v1/policies/broken", auth, nil),
            ("/v1/policies/{name}", .get, "/v1/policies/acme", [:], nil),
            ("/v1/policies/{name}", .get, "/v1/policies/acm", auth, nil),
            ("/healthz", .get, "/healthz", [:], nil),
            ("/readyz", .get, "/readyz", [:], nil),
            ("/metrics", .get, "/metrics", auth, nil),
            ("/metrics", .get, "/metrics", [:], nil),
        ]
        var exchanges = try await secured.test { client in
            var exchanges: [Exchange] = []
            for request in securedRequests {
                let response = try await client.execute(uri: request.uri, method: request.method, headers: request.headers,
                                                        body: request.body.map { ByteBuffer(string: $0) })
                exchanges.append(Exchange(route: request.route, method: request.method.rawValue, status: Int(response.status.code),
                                          contentType: response.headers[.contentType] ?? "", body: String(buffer: response.body)))
            }
            return exchanges
        }
        exchanges += try await open.test { client in
            let response = try await client.execute(uri: "/readyz", method: .get)
            return [Exchange(route: "/readyz", method: "GET", status: Int(response.status.code),
                             contentType: response.headers[.contentType] ?? "", body: String(buffer: response.body))]
        }
        return exchanges
    }
}
