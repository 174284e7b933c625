import Foundation
import Hummingbird
import NormsEngine
import NormsReporting
import NormsSource

/// `POST /v1/policies/{name}/check/batch`: JSON lines in, JSON lines out, both streamed. Each input
/// line gives exactly one output line, in order, exactly the line `norms check --batch` prints for
/// it: the decision with `line` and `id`, or the error that kept the line from being evaluated.
/// Memory stays bounded by the longest line (1 MiB, as for the command line) however long the body.
struct BatchRoutes: Sendable {
    let store: PolicyStore
    let metrics: ServiceMetrics
    let decisionLog: DecisionLog?
    let limits: ServeLimits

    func check(_ request: Request, context: ServiceRequestContext) async throws -> Response {
        let name = try context.parameters.require("name")
        let version = try store.version(of: name).get()
        // Authorized, routed, its policy served: only now may the body stream.
        context.channel.triggerUserOutboundEvent(RequestReadDeadline.StreamingBody(), promise: nil)
        let checker = BatchLineChecker(evaluator: version.evaluator, explain: try DecisionRoutes.explain(request), format: .json,
                                       label: DecisionRoutes.bodyLabel, maxLineBytes: limits.maxLineBytes)
        let answerer = BatchAnswerer(checker: checker, metrics: metrics, decisionLog: decisionLog, policy: name, hash: version.hash)
        let body = request.body
        let maxLineBytes = limits.maxLineBytes
        return Response(status: .ok, headers: [.contentType: "application/x-ndjson"], body: ResponseBody { writer in
            var splitter = BodyLineSplitter(maxLineBytes: maxLineBytes)
            for try await buffer in body {
                let chunk = splitter.append(buffer)
                if !chunk.lines.isEmpty { try await writer.write(ByteBuffer(bytes: answerer.answer(chunk))) }
            }
            let last = splitter.finish()
            if !last.lines.isEmpty { try await writer.write(ByteBuffer(bytes: answerer.answer(last))) }
            try await writer.finish(nil)
        })
    }
}

/// Answers the lines of one chunk, recording each decision's metrics and log record.
struct BatchAnswerer: Sendable {
    let checker: BatchLineChecker
    let metrics: ServiceMetrics
    let decisionLog: DecisionLog?
    let policy: String
    let hash: String

    /// One output line per line of `chunk`, each ending in a line feed.
    func answer(_ chunk: BatchChunk) -> [UInt8] {
        var output = JSONOutput(capacity: chunk.lines.count * 768)
        chunk.bytes.withUnsafeBufferPointer { bytes in
            for line in chunk.lines {
                let started = ContinuousClock.now
                let (result, id) = checker.evaluate(line, in: bytes)
                switch result {
                case .success(let decision):
                    metrics.recordDecision(decision, nanoseconds: (ContinuousClock.now - started).nanoseconds)
                    checker.write(decision, line: line.number, id: id, to: &output)
                    record(decision, message: bytes[line.range])
                case .failure(let error):
                    checker.write(error.diagnostics, line: line.number, id: id, to: &output)
                }
                output.bytes.append(UInt8(ascii: "\n"))
            }
        }
        return output.bytes
    }

    private func record(_ decision: Decision, message: Slice<UnsafeBufferPointer<UInt8>>) {
        guard let decisionLog else { return }
        var json = JSONOutput(capacity: 1024)
        decision.appendJSON(to: &json)
        decisionLog.record(.init(time: Date(), policy: policy, hash: hash, message: DecisionLog.oneLine(message), decision: json.bytes))
    }
}
