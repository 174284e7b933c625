import Foundation
import Hummingbird
import NormsEngine
import NormsReporting
import NormsSource

/// `POST /v1/policies/{name}/check/batch`: JSON lines in, JSON lines out, both streamed. Each input
/// line gives exactly one output line, in order, exactly the line `norms check --batch` prints for
/// it: the decision with `line` and `id`, or the error that kept the line from being evaluated.
/// What is held stays bounded however long the body: the body piece being read (at most one line
/// of 1 MiB, as for the command line, or 64 KiB of shorter lines), and the answer written out in
/// pieces of about 64 KiB.
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
        let checker = BatchLineChecker(evaluator: version.evaluator, explain: try DecisionRoutes.explain(request.uri.queryParameters["explain"]), format: .json,
                                       label: DecisionRoutes.bodyLabel, maxLineBytes: limits.maxLineBytes)
        let answerer = BatchAnswerer(checker: checker, metrics: metrics, decisionLog: decisionLog, policy: name, hash: version.hash)
        let body = request.body
        let maxLineBytes = limits.maxLineBytes
        return Response(status: .ok, headers: [.contentType: "application/x-ndjson"], body: ResponseBody { writer in
            var splitter = BodyLineSplitter(maxLineBytes: maxLineBytes)
            for try await buffer in body {
                try await answerer.answer(splitter.append(buffer), to: &writer)
            }
            try await answerer.answer(splitter.finish(), to: &writer)
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

    /// The most bytes of answer held before they are written: each piece of output ends at the
    /// first line that reaches it.
    static let pieceBytes = 64 << 10

    /// Writes one output line per line of `chunk`, each ending in a line feed, in pieces of about
    /// ``pieceBytes``.
    func answer(_ chunk: BatchChunk, to writer: inout some ResponseBodyWriter) async throws {
        var next = 0
        while next < chunk.lines.count {
            let piece = answer(chunk, from: next)
            try await writer.write(ByteBuffer(bytes: piece.bytes))
            next = piece.next
        }
    }

    /// The output lines of `chunk`'s lines from the `start`th on, up to the first that brings the
    /// output to ``pieceBytes``, and the index of the line after the last one answered.
    func answer(_ chunk: BatchChunk, from start: Int) -> (bytes: [UInt8], next: Int) {
        var output = JSONOutput(capacity: min(chunk.lines.count - start, 64) * 768)
        var next = start
        chunk.bytes.withUnsafeBufferPointer { bytes in
            while next < chunk.lines.count, output.count < Self.pieceBytes {
                let line = chunk.lines[next]
                next += 1
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
                output.appendByte(UInt8(ascii: "\n"))
            }
        }
        return (output.bytes, next)
    }

    private func record(_ decision: Decision, message: Slice<UnsafeBufferPointer<UInt8>>) {
        guard let decisionLog else { return }
        var json = JSONOutput(capacity: 1024)
        decision.appendJSON(to: &json)
        decisionLog.record(.init(time: Date(), policy: policy, hash: hash, message: DecisionLog.oneLine(message), decision: json.bytes))
    }
}
