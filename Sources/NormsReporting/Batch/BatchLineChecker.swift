import NormsEngine
import NormsSource
import NormsYAML

/// Lines read together and checked by one worker: their bytes, one after another, and where each
/// line's bytes are.
package struct BatchChunk: Sendable {
    package var bytes: [UInt8] = []
    package var lines: [BoundedReader.Line] = []

    package init() {}
}

/// What one chunk printed and counted.
package struct BatchChunkOutput: Sendable {
    package var bytes: [UInt8]
    package var tally: BatchTally
}

/// Turns each line of a chunk into exactly one output line: the decision, or the error that kept
/// the line from being evaluated. It holds only values, so threads may share one; each worker of a
/// long run takes its own (``forAnotherThread()``), which is faster.
///
/// `norms check --batch` and the service's batch route (NormsServe) both write their lines here.
package struct BatchLineChecker: Sendable {
    package let evaluator: Evaluator
    package let explain: Bool
    package let format: CheckFormat
    /// The path, or `<stdin>`, that positions name.
    package let label: String
    package let maxLineBytes: Int

    package init(evaluator: Evaluator, explain: Bool, format: CheckFormat, label: String, maxLineBytes: Int) {
        self.evaluator = evaluator
        self.explain = explain
        self.format = format
        self.label = label
        self.maxLineBytes = maxLineBytes
    }

    /// The same checker with an evaluator and a label of its own, for another worker thread (see
    /// ``Evaluator/forAnotherThread()``: threads sharing objects contend for their reference counts).
    package func forAnotherThread() -> BatchLineChecker {
        BatchLineChecker(evaluator: evaluator.forAnotherThread(), explain: explain, format: format,
                         label: label.forAnotherThread(), maxLineBytes: maxLineBytes)
    }

    /// The output lines of `chunk`, in order, each ending in a line feed.
    package func check(_ chunk: BatchChunk) -> BatchChunkOutput {
        var output = JSONOutput(capacity: chunk.lines.count * 768)
        var tally = BatchTally()
        chunk.bytes.withUnsafeBufferPointer { bytes in
            for (position, line) in chunk.lines.enumerated() {
                if position == 1 { output.reserveCapacity(Self.capacity(firstLineBytes: output.count, lines: chunk.lines.count)) }
                tally.messages += 1
                let (result, id) = evaluate(line, in: bytes)
                switch result {
                case .success(let decision):
                    if !decision.allowed { tally.notAllowed += 1 }
                    if decision.needsImmediateReply { tally.immediate += 1 }
                    write(decision, line: line.number, id: id, to: &output)
                case .failure(let error):
                    tally.errors += 1
                    write(error.diagnostics, line: line.number, id: id, to: &output)
                }
                output.appendByte(UInt8(ascii: "\n"))
            }
        }
        return BatchChunkOutput(bytes: output.bytes, tally: tally)
    }

    /// The room for a chunk's output once its first line is written: every line as long as the
    /// first (a batch's lines are much alike, and each time the buffer grows it copies all it
    /// holds), but at most 4 MiB ahead, should the first line be unusually long.
    static func capacity(firstLineBytes: Int, lines: Int) -> Int {
        min(firstLineBytes * lines, firstLineBytes + (1 << 22))
    }

    // MARK: - One line

    /// The line's decision or its problems, and the message's `id` when it has a string one.
    package func evaluate(
        _ line: BoundedReader.Line, in chunk: UnsafeBufferPointer<UInt8>
    ) -> (Result<Decision, DiagnosticsError>, id: String?) {
        let lineReader = JSONLineReader(label: label, maxLineBytes: maxLineBytes)
        // A well-formed message is read straight from the bytes; anything else goes through the
        // node tree and the message loader, which report every problem with its position.
        if let text = lineReader.text(of: line, in: chunk),
           let message = MessageJSONReader.message(in: text.bytes, file: label, start: text.start) {
            return evaluate(message)
        }
        let node: YAMLNode
        do {
            node = try lineReader.node(of: line, in: chunk)
        } catch {
            return (.failure(error), nil)
        }
        let message: Message
        do {
            message = try MessageLoader().message(from: node)
        } catch {
            return (.failure(DiagnosticsError(error.diagnostics)), MessageLoader.id(of: node))
        }
        return evaluate(message)
    }

    /// The message's decision or its problems, and its `id`.
    private func evaluate(_ message: Message) -> (Result<Decision, DiagnosticsError>, id: String?) {
        do {
            return (.success(try evaluator.evaluate(message, trace: explain)), message.id)
        } catch {
            return (.failure(DiagnosticsError(error.diagnostics)), message.id)
        }
    }

    // MARK: - Output

    /// `{"line":N,"id":ID,` then the decision's own members, byte for byte as `decision.json.compact`,
    /// then `"version":1}`.
    package func write(_ decision: Decision, line: Int, id: String?, to output: inout JSONOutput) {
        guard format == .json else {
            return output.appendRaw(Array(BatchLineRenderer().render(decision, line: line, id: id).utf8))
        }
        output.appendRaw("{\"line\":")
        output.appendInt(line)
        if let id {
            output.appendRaw(",\"id\":")
            output.appendString(id)
        }
        output.appendRaw(",")
        decision.appendJSONMembers(to: &output)
        output.appendVersionMember()
    }

    /// `{"line":N,"id":ID,"error":TEXT,"code":CODE,"column":C,"version":1}`: every problem's sentence and fix
    /// in `error`; the first problem's code, and its column when it is on this line.
    package func write(_ diagnostics: [Diagnostic], line: Int, id: String?, to output: inout JSONOutput) {
        let column = diagnostics.first?.span.flatMap { span in
            span.file == label && !span.isSynthetic && span.start.line == line ? span.start.column : nil
        }
        guard format == .json else {
            return output.appendRaw(Array(BatchLineRenderer().render(diagnostics, line: line, column: column, id: id).utf8))
        }
        output.appendRaw("{\"line\":")
        output.appendInt(line)
        if let id {
            output.appendRaw(",\"id\":")
            output.appendString(id)
        }
        output.appendRaw(",\"error\":")
        output.appendString(Self.errorText(diagnostics))
        if let first = diagnostics.first {
            output.appendRaw(",\"code\":")
            output.appendString(first.code)
        }
        if let column {
            output.appendRaw(",\"column\":")
            output.appendInt(column)
        }
        output.appendRaw(",\"version\":")
        output.appendInt(Decision.jsonVersion)
        output.appendRaw("}")
    }

    /// Every problem's sentence and its fix, as `unknown recipient 'alicee' — did you mean 'alice'?`,
    /// joined by `; `: the text of a batch line's `error`, and of the service's error responses.
    package static func errorText(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { $0.message + ($0.help.map { " — \($0)" } ?? "") }.joined(separator: "; ")
    }
}
