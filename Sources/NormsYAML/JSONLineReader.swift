import NormsSource

/// Reads one line of a JSON-lines input (as ``BoundedReader`` hands it over) into a node: the
/// reading shared by `norms check --batch` and `norms audit`.
///
/// A line over the limit, an empty line, invalid JSON and invalid UTF-8 are errors at the line's
/// position; a UTF-8 byte-order mark at the start of line 1 is skipped and takes no column.
package struct JSONLineReader: Sendable {
    /// The path, or `<stdin>`, that positions name.
    package let label: String
    /// The longest line, in bytes, without its line break.
    package let maxLineBytes: Int

    package init(label: String, maxLineBytes: Int) {
        self.label = label
        self.maxLineBytes = maxLineBytes
    }

    /// The bytes of `line` and the position of the first, without a byte-order mark at the start
    /// of line 1; `nil` for a line over the limit.
    package func text(
        of line: BoundedReader.Line, in chunk: UnsafeBufferPointer<UInt8>
    ) -> (bytes: UnsafeBufferPointer<UInt8>, start: SourcePosition)? {
        guard !line.isTooLong else { return nil }
        var bytes = UnsafeBufferPointer(rebasing: chunk[line.range])
        var start = SourcePosition(line: line.number, column: 1, offset: line.offset)
        // A byte-order mark starts the input, not the message; it takes no column.
        if line.number == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes = UnsafeBufferPointer(rebasing: bytes[3...])
            start.offset += 3
        }
        return (bytes, start)
    }

    /// The JSON value on `line`, whose bytes are `chunk[line.range]`.
    /// - Throws: ``DiagnosticsError`` with the line's problem.
    package func node(of line: BoundedReader.Line, in chunk: UnsafeBufferPointer<UInt8>) throws(DiagnosticsError) -> YAMLNode {
        guard let (bytes, start) = text(of: line, in: chunk) else {
            let error = BoundedReader.LimitExceeded.line(line, kept: chunk[line.range], limit: maxLineBytes, label: label)
            throw DiagnosticsError(error.diagnostics)
        }
        let read: YAMLNode?
        do {
            read = try JSONReader().read(bytes, file: label, start: start)
        } catch {
            throw DiagnosticsError(error.diagnostics)
        }
        guard let read else {
            throw DiagnosticsError([Diagnostic(
                MessageDiagnosticCode.empty, message: "line \(line.number) holds no message",
                span: SourceSpan(file: label, at: start),
                help: "write one JSON message on every line, or remove the empty line")])
        }
        return read
    }
}
