#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif

/// Renders diagnostics the way compilers do:
///
/// ```
/// policies/acme.yaml:12:3: error: unknown channel 'emial' [policy.unknown-channel]
///    12 |   emial: {mode: async}
///       |   ^~~~~
///       = help: did you mean 'email'?
/// ```
///
/// Colour is used only when asked for; ``shouldUseColor(fileDescriptor:environment:)`` gives the
/// usual answer (a terminal, and no `NO_COLOR`).
public struct DiagnosticRenderer: Sendable {
    /// Whether to emit ANSI colour codes.
    public var useColor: Bool

    public init(useColor: Bool = false) {
        self.useColor = useColor
    }

    /// `true` when the descriptor is a terminal and `NO_COLOR` is not set.
    public static func shouldUseColor(fileDescriptor: Int32, environment: @autoclosure () -> [String: String]) -> Bool {
        // Only a terminal gets colour, so the environment is read only for one.
        guard isatty(fileDescriptor) != 0 else { return false }
        let environment = environment()
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        return environment["TERM"] != "dumb"
    }

    /// Renders one diagnostic, with the source line and a caret when the file is known.
    /// - Parameters:
    ///   - diagnostic: what to render.
    ///   - source: the file the diagnostic's span points into, if it could be read.
    /// - Returns: the text, ending in a newline.
    public func render(_ diagnostic: Diagnostic, source: SourceFile?) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(512)
        render(code: diagnostic.code, severity: diagnostic.severity, message: diagnostic.message, span: diagnostic.span,
               notes: diagnostic.notes, help: diagnostic.help, source: source, into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends to `output` what ``render(_:source:)`` gives for a diagnostic of these parts, whose
    /// message, notes and help are already escaped as a ``Diagnostic``'s are.
    ///
    /// Written as bytes straight into one buffer: a diagnostic is a dozen pieces, and a report
    /// renders hundreds of them.
    package func render(code: String, severity: Severity, message: String, span: SourceSpan?, notes: [Diagnostic.Note],
                        help: String?, source: SourceFile?, into output: inout [UInt8]) {
        if let span {
            if useColor { Self.appendLiteral("\u{1B}[1m", to: &output) }
            Self.appendLocation(span, to: &output)
            if useColor { Self.appendLiteral("\u{1B}[0m", to: &output) }
        }
        paint(color(for: severity), into: &output) {
            Self.append(severity.rawValue, to: &$0)
            $0.append(UInt8(ascii: ":"))
        }
        if useColor { Self.appendLiteral("\u{1B}[1m", to: &output) }
        output.append(UInt8(ascii: " "))
        Self.append(message, to: &output)
        Self.appendLiteral(useColor ? "\u{1B}[0m\u{1B}[2m [" : " [", to: &output)
        Self.append(code, to: &output)
        Self.appendLiteral(useColor ? "]\u{1B}[0m\n" : "]\n", to: &output)
        if let span, let source {
            appendExcerpt(span: span, source: source, severity: severity, to: &output)
        }
        for note in notes {
            Self.appendLiteral("  ", to: &output)
            paint("36", into: &output) { Self.appendLiteral("note:", to: &$0) }
            output.append(UInt8(ascii: " "))
            if let span = note.span { Self.appendLocation(span, to: &output) }  // escaped as SourceSpan's description is
            Self.append(note.message, to: &output)
            output.append(UInt8(ascii: "\n"))
        }
        if let help {
            Self.appendLiteral("  ", to: &output)
            paint("32", into: &output) { Self.appendLiteral("help:", to: &$0) }
            output.append(UInt8(ascii: " "))
            Self.append(help, to: &output)
            output.append(UInt8(ascii: "\n"))
        }
    }

    /// Renders several diagnostics, reading each file at most once through `sources`.
    public func render(_ diagnostics: [Diagnostic], sources: (String) -> SourceFile?) -> String {
        var cache: [String: SourceFile?] = [:]
        return diagnostics.map { diagnostic in
            guard let file = diagnostic.span?.file else { return render(diagnostic, source: nil) }
            if cache[file] == nil { cache[file] = .some(sources(file)) }
            return render(diagnostic, source: cache[file] ?? nil)
        }.joined()
    }

    /// Appends `file:line:column: `, as the span's description followed by `: `.
    private static func appendLocation(_ span: SourceSpan, to output: inout [UInt8]) {
        append(DisplayText.escaped(span.file), to: &output)
        if !span.isSynthetic {
            output.append(UInt8(ascii: ":"))
            appendDecimal(span.start.line, to: &output)
            output.append(UInt8(ascii: ":"))
            appendDecimal(span.start.column, to: &output)
        }
        output.append(UInt8(ascii: ":"))
        output.append(UInt8(ascii: " "))
    }

    /// Appends a number in decimal, as `String(number)` writes it, without making the string.
    static func appendDecimal(_ number: Int, to output: inout [UInt8]) {
        guard number >= 0 else {
            append(String(number), to: &output)
            return
        }
        var divisor = 1
        while divisor <= number / 10 { divisor *= 10 }
        while divisor > 0 {
            output.append(UInt8(ascii: "0") + UInt8(number / divisor % 10))
            divisor /= 10
        }
    }

    private static func append(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { output.append(contentsOf: $0) }
    }

    /// Appends the bytes of a literal as they are stored in the binary: no copy of a string first.
    private static func appendLiteral(_ text: StaticString, to output: inout [UInt8]) {
        output.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    // MARK: - Excerpt

    /// The most characters of a source line an excerpt shows; a longer line is cut around the
    /// caret, with `…` where it was cut.
    static let excerptWidth = 120

    /// Appends the source line of `span` and a caret line under it.
    private func appendExcerpt(span: SourceSpan, source: SourceFile, severity: Severity, to output: inout [UInt8]) {
        guard !span.isSynthetic, let range = source.lineRange(span.start.line) else { return }
        source.bytes.withUnsafeBufferPointer { file in
            let bytes = UnsafeBufferPointer(rebasing: file[range])
            // A line of printable ASCII, as policies mostly are, has one scalar per byte, each shown as itself.
            if DisplayText.isPrintableASCII(bytes) {
                let window = ExcerptWindow(span: span, scalarCount: bytes.count)
                let marked = max(0, min(window.end, window.caret + window.width) - max(window.start, window.caret))
                appendExcerptLines(span: span, window: window, marked: marked, severity: severity, to: &output,
                                   shown: { $0.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[window.start..<window.end])) },
                                   padding: { $0.append(contentsOf: repeatElement(UInt8(ascii: " "), count: max(0, min(window.caret, window.end) - window.start))) })
            } else {
                appendExcerpt(line: Array(String(decoding: bytes, as: UTF8.self).unicodeScalars), span: span, severity: severity, to: &output)
            }
        }
    }

    /// The excerpt of a line that is not all printable ASCII, scalar by scalar.
    private func appendExcerpt(line scalars: [Unicode.Scalar], span: SourceSpan, severity: Severity, to output: inout [UInt8]) {
        let window = ExcerptWindow(span: span, scalarCount: scalars.count)
        var shown: [UInt8] = []
        var padding: [UInt8] = []
        var marked = 0
        for index in window.start..<window.end {
            // Tabs stay tabs so the caret lines up under them in any tab width; other control
            // characters are shown escaped, and the caret line is padded to match.
            let scalar = scalars[index]
            var pieceWidth = 1
            if scalar == "\t" || !DisplayText.needsEscape(scalar) {
                shown += scalar.utf8
            } else {
                let piece = DisplayText.escaped(String(scalar)).unicodeScalars
                shown += String(piece).utf8
                pieceWidth = piece.count
            }
            if index < window.caret {
                padding += scalar == "\t" ? [UInt8(ascii: "\t")] : Array(repeating: UInt8(ascii: " "), count: pieceWidth)
            } else if index < window.caret + window.width {
                marked += pieceWidth
            }
        }
        appendExcerptLines(span: span, window: window, marked: marked, severity: severity, to: &output,
                           shown: { $0 += shown }, padding: { $0 += padding })
    }

    /// ` 12 | line`, then `    | ` with the padding and the marker: `…` where the window cuts the
    /// line, `^` under the caret and `~` under the rest of the marked characters.
    private func appendExcerptLines(span: SourceSpan, window: ExcerptWindow, marked: Int, severity: Severity, to output: inout [UInt8],
                                    shown: (inout [UInt8]) -> Void, padding: (inout [UInt8]) -> Void) {
        output.append(UInt8(ascii: " "))
        let numberStart = output.count
        Self.appendDecimal(span.start.line, to: &output)
        let numberWidth = output.count - numberStart
        Self.appendLiteral(" | ", to: &output)
        if window.start > 0 { Self.appendLiteral("…", to: &output) }
        shown(&output)
        if window.end < window.scalarCount { Self.appendLiteral("…", to: &output) }
        output.append(UInt8(ascii: "\n"))
        output.append(UInt8(ascii: " "))
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: numberWidth))
        Self.appendLiteral(" | ", to: &output)
        if window.start > 0 { output.append(UInt8(ascii: " ")) }
        padding(&output)
        paint(color(for: severity), into: &output) {
            $0.append(UInt8(ascii: "^"))
            $0.append(contentsOf: repeatElement(UInt8(ascii: "~"), count: max(0, marked - 1)))
        }
        output.append(UInt8(ascii: "\n"))
    }

    /// Which scalars of a line an excerpt shows, and where its caret goes.
    private struct ExcerptWindow {
        let scalarCount: Int
        /// The scalar the caret points at.
        let caret: Int
        /// How many scalars from the caret on are marked.
        let width: Int
        /// The window of the line shown: all of it, or `excerptWidth` scalars starting a little
        /// before the caret.
        let start: Int
        let end: Int

        init(span: SourceSpan, scalarCount: Int) {
            self.scalarCount = scalarCount
            caret = max(0, min(span.start.column - 1, scalarCount))
            var width = 1
            if span.end.line == span.start.line, span.end.column > span.start.column {
                width = min(span.end.column - span.start.column, max(1, scalarCount - caret))
            }
            let excerptWidth = DiagnosticRenderer.excerptWidth
            start = scalarCount <= excerptWidth ? 0 : max(0, min(caret - excerptWidth / 4, scalarCount - excerptWidth))
            end = min(scalarCount, start + excerptWidth)
            self.width = max(1, min(width, end - caret))
        }
    }

    // MARK: - Colour

    private func color(for severity: Severity) -> StaticString {
        switch severity {
        case .error: "31"
        case .warning: "33"
        case .info: "36"
        }
    }

    /// Appends what `body` writes, in bold and `color` when colour is on.
    private func paint(_ color: StaticString, into output: inout [UInt8], _ body: (inout [UInt8]) -> Void) {
        if useColor {
            Self.appendLiteral("\u{1B}[1;", to: &output)
            Self.appendLiteral(color, to: &output)
            output.append(UInt8(ascii: "m"))
        }
        body(&output)
        if useColor { Self.appendLiteral("\u{1B}[0m", to: &output) }
    }
}
