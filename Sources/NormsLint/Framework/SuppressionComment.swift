import Foundation
import NormsSource
import NormsYAML

/// One rule id in a suppression comment:
/// - `# norms:disable RULE-ID[, RULE-ID]` at the end of a line suppresses the rules' findings on
///   that line;
/// - `# norms:disable-next-line RULE-ID…` suppresses them on the next line;
/// - `# norms:disable RULE-ID…` alone on its line starts a region that suppresses them until a
///   `# norms:enable RULE-ID…` (or a bare `# norms:enable`, which ends every region) or the end of
///   the file.
public struct SuppressionComment: Sendable, Hashable {
    /// What a comment does.
    public enum Kind: Sendable, Hashable {
        /// Suppresses findings on its own line.
        case line
        /// Suppresses findings on the line after it.
        case nextLine
        /// Starts a region in which findings are suppressed.
        case regionStart
        /// Ends a region; with an empty ``ruleID``, every open region.
        case regionEnd
    }

    /// The rule id as written; empty only for a bare `# norms:enable`.
    public let ruleID: String
    /// Where the id (or, for a bare `enable`, the comment) is written.
    public let span: SourceSpan
    /// What the comment does.
    public let kind: Kind

    public init(ruleID: String, span: SourceSpan, kind: Kind = .line) {
        self.ruleID = ruleID
        self.span = span
        self.kind = kind
    }

    /// The text that starts every comment that suppresses something, after a `#`.
    public static let marker = "norms:disable"
    /// The prefix of every directive.
    static let prefix = "norms:"

    /// Finds every suppression comment in a file.
    ///
    /// A suppression is a comment, `#` then optional spaces then `norms:disable`, followed by rule
    /// ids separated by commas or spaces; anything after a second `#` is ignored. The comment may
    /// stand at the end of a line or alone on it; it applies to its own line either way. A `#`
    /// inside a quoted string is not a comment, and neither is a line of a block scalar (`|`, `>`),
    /// which is text.
    public static func scan(_ source: SourceFile) -> [SuppressionComment] {
        scan(LazyTree(source: source, limits: .default))
    }

    /// Finds every suppression comment in a file whose tree is parsed only when it holds the marker.
    package static func scan(_ tree: LazyTree) -> [SuppressionComment] {
        let source = tree.source
        guard source.bytes.count < 1 << 24, containsMarker(source.bytes) else { return [] }
        let text = blockScalarLines(in: tree.node, source: source)
        var result: [SuppressionComment] = []
        for number in 1...max(1, source.lineCount) where !text.contains(number) {
            guard let line = source.line(number), line.contains(prefix) else { continue }
            result += parse(line: line, number: number, in: source)
        }
        return result
    }

    /// The lines that hold the text of a block scalar: those after its `|` or `>` header, up to
    /// its last character (the span may end in the indentation of the line after it).
    private static func blockScalarLines(in root: YAMLNode?, source: SourceFile) -> IndexSet {
        var lines = IndexSet()
        var pending = root.map { [$0] } ?? []
        while let node = pending.popLast() {
            switch node.content {
            case .scalar(let scalar) where scalar.style == .literal || scalar.style == .folded:
                let end = node.span.end
                let endsInIndentation = source.line(end.line).map { $0.unicodeScalars.prefix(end.column - 1).allSatisfy { $0 == " " || $0 == "\t" } } ?? true
                let last = endsInIndentation ? end.line - 1 : end.line
                if last > node.span.start.line { lines.insert(integersIn: (node.span.start.line + 1)...last) }
            case .scalar: break
            case .sequence(let items): pending += items
            case .mapping(let mapping): pending += mapping.entries.flatMap { [$0.key, $0.value] }
            }
        }
        return lines
    }

    private static func containsMarker(_ bytes: [UInt8]) -> Bool {
        let needle = Array(marker.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, buffer.count >= needle.count else { return false }
            // memchr skips to each candidate first byte many bytes at a time.
            let last = buffer.count - needle.count
            var index = 0
            while index <= last, let found = memchr(base + index, Int32(needle[0]), last - index + 1) {
                index = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
                if needle.indices.allSatisfy({ buffer[index + $0] == needle[$0] }) { return true }
                index += 1
            }
            return false
        }
    }

    private static func parse(line: String, number: Int, in source: SourceFile) -> [SuppressionComment] {
        let scalars = Array(line.unicodeScalars)
        guard let hash = commentStart(scalars) else { return [] }
        var index = hash + 1
        while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
        var word = ""
        while index < scalars.count, !" \t,#".unicodeScalars.contains(scalars[index]) {
            word.unicodeScalars.append(scalars[index])
            index += 1
        }
        let aloneOnLine = scalars[..<hash].allSatisfy { $0 == " " || $0 == "\t" }
        let kind: Kind
        switch word {
        case "norms:disable": kind = aloneOnLine ? .regionStart : .line
        case "norms:disable-next-line": kind = .nextLine
        case "norms:enable": kind = .regionEnd
        default: return []
        }
        var result: [SuppressionComment] = []
        var current = ""
        var start = index
        func flush(at column: Int) {
            guard !current.isEmpty else { return }
            let span = SourceSpan(file: source.path, start: source.position(line: number, column: start + 1),
                                  end: source.position(line: number, column: column + 1))
            result.append(SuppressionComment(ruleID: current, span: span, kind: kind))
            current = ""
        }
        while index < scalars.count, scalars[index] != "#" {
            let scalar = scalars[index]
            if scalar == "," || scalar == " " || scalar == "\t" {
                flush(at: index)
            } else {
                if current.isEmpty { start = index }
                current.unicodeScalars.append(scalar)
            }
            index += 1
        }
        flush(at: index)
        if result.isEmpty, kind == .regionEnd {
            let span = SourceSpan(file: source.path, start: source.position(line: number, column: hash + 1),
                                  end: source.position(line: number, column: index + 1))
            result.append(SuppressionComment(ruleID: "", span: span, kind: .regionEnd))
        }
        return result
    }

    /// The index of the `#` that starts a comment: outside quotes, and at the line start or after a space.
    private static func commentStart(_ scalars: [Unicode.Scalar]) -> Int? {
        var quote: Unicode.Scalar?
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if let open = quote {
                if open == "\"", scalar == "\\" { index += 2; continue }
                if scalar == open {
                    // '' inside a single-quoted string is an escaped quote.
                    if open == "'", index + 1 < scalars.count, scalars[index + 1] == "'" { index += 2; continue }
                    quote = nil
                }
            } else if scalar == "#", index == 0 || scalars[index - 1] == " " || scalars[index - 1] == "\t" {
                return index
            } else if scalar == "\"" || scalar == "'", index == 0 || " \t:[{,-".unicodeScalars.contains(scalars[index - 1]) {
                quote = scalar
            }
            index += 1
        }
        return nil
    }
}
