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
    public static func shouldUseColor(fileDescriptor: Int32, environment: [String: String]) -> Bool {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        if environment["TERM"] == "dumb" { return false }
        return isatty(fileDescriptor) != 0
    }

    /// Renders one diagnostic, with the source line and a caret when the file is known.
    /// - Parameters:
    ///   - diagnostic: what to render.
    ///   - source: the file the diagnostic's span points into, if it could be read.
    /// - Returns: the text, ending in a newline.
    public func render(_ diagnostic: Diagnostic, source: SourceFile?) -> String {
        // Built as bytes: a diagnostic is a dozen pieces, and appending bytes is much cheaper
        // than growing a string piece by piece.
        var output: [UInt8] = []
        output.reserveCapacity(512)
        let location = diagnostic.span.map { "\($0): " } ?? ""
        output += bold(location).utf8
        output += paint(diagnostic.severity.rawValue + ":", color: color(for: diagnostic.severity)).utf8
        output += bold(" " + diagnostic.message).utf8
        output += dim(" [\(diagnostic.code)]").utf8
        output.append(UInt8(ascii: "\n"))
        if let span = diagnostic.span, let source {
            output += excerpt(span: span, source: source, severity: diagnostic.severity).utf8
        }
        for note in diagnostic.notes {
            let place = note.span.map { "\($0): " } ?? ""  // escaped by SourceSpan's description
            output += "  ".utf8
            output += paint("note:", color: "36").utf8
            output.append(UInt8(ascii: " "))
            output += place.utf8
            output += note.message.utf8
            output.append(UInt8(ascii: "\n"))
        }
        if let help = diagnostic.help {
            output += "  ".utf8
            output += paint("help:", color: "32").utf8
            output.append(UInt8(ascii: " "))
            output += help.utf8
            output.append(UInt8(ascii: "\n"))
        }
        return String(decoding: output, as: UTF8.self)
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

    // MARK: - Excerpt

    /// The most characters of a source line an excerpt shows; a longer line is cut around the
    /// caret, with `…` where it was cut.
    static let excerptWidth = 120

    private func excerpt(span: SourceSpan, source: SourceFile, severity: Severity) -> String {
        guard !span.isSynthetic, let line = source.line(span.start.line) else { return "" }
        let number = String(span.start.line)
        let gutter = String(repeating: " ", count: number.count)
        let bytes = Array(line.utf8)
        // A line of printable ASCII, as policies mostly are, has one scalar per byte, each shown as itself.
        let isPlain = bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
        let scalars = isPlain ? [] : Array(line.unicodeScalars)
        let scalarCount = isPlain ? bytes.count : scalars.count
        let caret = max(0, min(span.start.column - 1, scalarCount))
        var width = 1
        if span.end.line == span.start.line, span.end.column > span.start.column {
            width = min(span.end.column - span.start.column, max(1, scalarCount - caret))
        }
        // The window of the line shown: all of it, or `excerptWidth` scalars starting a little
        // before the caret.
        let start = scalarCount <= Self.excerptWidth ? 0 : max(0, min(caret - Self.excerptWidth / 4, scalarCount - Self.excerptWidth))
        let end = min(scalarCount, start + Self.excerptWidth)
        width = max(1, min(width, end - caret))
        var shown: [UInt8] = start > 0 ? Array("…".utf8) : []
        var padding: [UInt8] = start > 0 ? [UInt8(ascii: " ")] : []
        var marked = 0
        if isPlain {
            shown += bytes[start..<end]
            padding += repeatElement(UInt8(ascii: " "), count: max(0, min(caret, end) - start))
            marked = max(0, min(end, caret + width) - max(start, caret))
        } else {
            for index in start..<end {
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
                if index < caret {
                    padding += scalar == "\t" ? [UInt8(ascii: "\t")] : Array(repeating: UInt8(ascii: " "), count: pieceWidth)
                } else if index < caret + width {
                    marked += pieceWidth
                }
            }
        }
        if end < scalarCount { shown += "…".utf8 }
        let marker = "^" + String(repeating: "~", count: max(0, marked - 1))
        let shownText = String(decoding: shown, as: UTF8.self)
        let paddingText = String(decoding: padding, as: UTF8.self)
        return " \(number) | \(shownText)\n \(gutter) | \(paddingText)\(paint(marker, color: color(for: severity)))\n"
    }

    // MARK: - Colour

    private func color(for severity: Severity) -> String {
        switch severity {
        case .error: "31"
        case .warning: "33"
        case .info: "36"
        }
    }

    private func paint(_ text: String, color: String) -> String {
        useColor ? "\u{1B}[1;\(color)m\(text)\u{1B}[0m" : text
    }

    private func bold(_ text: String) -> String {
        useColor && !text.isEmpty ? "\u{1B}[1m\(text)\u{1B}[0m" : text
    }

    private func dim(_ text: String) -> String {
        useColor ? "\u{1B}[2m\(text)\u{1B}[0m" : text
    }
}
