import Foundation
import Hummingbird
import NormsEngine
import NormsSource
import NormsYAML

/// `POST /v1/policies/{name}/check`: one message in, its decision out, byte for byte what
/// `norms check --format json` prints for it.
struct DecisionRoutes: Sendable {
    let store: PolicyStore
    let metrics: ServiceMetrics
    let decisionLog: DecisionLog?
    let limits: ServeLimits

    /// The label positions in a request body name.
    static let bodyLabel = "<request body>"

    /// The route, as the router writes it and the request metrics name it.
    static let route = "/v1/policies/:name/check"

    func check(_ request: Request, context: some RequestContext) async throws -> Response {
        let name = try context.parameters.require("name")
        let version = try store.version(of: name).get()
        let explain = try Self.explain(request.uri.queryParameters["explain"])
        let body = try await RequestBodyReader.collect(request, limit: limits.maxBodyBytes)
        return Response(status: .ok, headers: Self.answerFields,
                        body: ResponseBody(byteBuffer: try answer(body, policy: name, version: version, explain: explain)))
    }

    /// The header fields of a decision's answer (the server adds its length and date).
    static let answerFields: HTTPFields = [.contentType: "application/json"]

    /// The answer to one message: the decision's pretty JSON and a line feed. Records the
    /// decision's latency and outcomes, and logs it when there is a decision log.
    /// - Throws: ``ServiceError`` as ``decide(_:evaluator:explain:)`` does.
    func answer(_ body: [UInt8], policy name: String, version: ServedPolicy.Version, explain: Bool) throws(ServiceError) -> ByteBuffer {
        let started = ContinuousClock.now
        let decision = try Self.decide(body, evaluator: version.evaluator, explain: explain)
        metrics.recordDecision(decision, nanoseconds: (ContinuousClock.now - started).nanoseconds)
        var compact = JSONOutput(capacity: 2048)
        decision.appendJSON(to: &compact)
        let compactBytes = compact.bytes
        if let decisionLog {
            decisionLog.record(.init(time: Date(), policy: name, hash: version.hash,
                                     message: DecisionLog.oneLine(body), decision: compactBytes))
        }
        var answer = JSONOutput(capacity: compact.count * 2)
        Decision.appendPrettyJSON(compact: compactBytes, to: &answer)
        answer.appendRaw("\n")
        return answer.withBytes { ByteBuffer(bytes: $0) }
    }

    /// The decision for one message: 400 when the body is not a JSON message, 422 when the
    /// message names a channel, recipient, level or kind the policy does not know.
    static func decide(_ body: [UInt8], evaluator: Evaluator, explain: Bool) throws(ServiceError) -> Decision {
        // A well-formed message is read straight from the bytes, as `norms check --batch` reads a
        // line; anything else goes through the node tree and the message loader, which report
        // every problem with its position.
        let start = SourcePosition(line: 1, column: 1, offset: 0)
        if let message = body.withUnsafeBufferPointer({ MessageJSONReader.message(in: $0, file: bodyLabel, start: start) }) {
            return try evaluate(message, evaluator: evaluator, explain: explain)
        }
        let read: YAMLNode?
        do {
            read = try JSONReader().read(SourceFile(path: bodyLabel, bytes: body))
        } catch {
            throw ServiceError(.badRequest, diagnostics: error.diagnostics)
        }
        guard let node = read else {
            throw ServiceError(.badRequest, code: MessageDiagnosticCode.empty.rawValue,
                               message: "the request body holds no message — send one JSON message, as "
                                + #"{"channel": "chat", "from": "ana", "to": ["bob"], "sent_at": "2026-03-02T10:00:00+01:00"}"#)
        }
        let message: Message
        do {
            message = try MessageLoader().message(from: node)
        } catch {
            throw ServiceError(.badRequest, diagnostics: error.diagnostics)
        }
        return try evaluate(message, evaluator: evaluator, explain: explain)
    }

    private static func evaluate(_ message: Message, evaluator: Evaluator, explain: Bool) throws(ServiceError) -> Decision {
        do {
            return try evaluator.evaluate(message, trace: explain)
        } catch {
            throw ServiceError(.unprocessableContent, diagnostics: error.diagnostics)
        }
    }

    /// `?explain=true` adds the trace; `false` or no parameter leaves it out.
    /// - Parameter value: the query's `explain` parameter, `nil` when there is none.
    static func explain(_ value: Substring?) throws(ServiceError) -> Bool {
        switch value {
        case nil, "false": return false
        case "true": return true
        case let other?:
            throw ServiceError(.badRequest, code: "serve.bad-parameter",
                               message: "explain is \(quoted: String(other)) — write explain=true or explain=false")
        }
    }
}

extension Duration {
    /// The duration in whole nanoseconds.
    var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }
}
