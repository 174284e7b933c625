import NormsSource

/// One rule id in a `# norms:disable RULE-ID[, RULE-ID]` comment, which suppresses that rule's
/// findings on the comment's line.
public struct SuppressionComment: Sendable, Hashable {
    /// The rule id as written.
    public let ruleID: String
    /// Where the id is written; its line is the line the comment suppresses findings on.
    public let span: SourceSpan

    public init(ruleID: String, span: SourceSpan) {
        self.ruleID = ruleID
        self.span = span
    }

    /// The text that starts a suppression, after a `#`.
    public static let marker = "norms:disable"

    /// Finds every suppression comment in a file.
    ///
    /// A suppression is a comment, `#` then optional spaces then `norms:disable`, followed by rule
    /// ids separated by commas or spaces; anything after a second `#` is ignored. The comment may
    /// stand at the end of a line or alone on it; it applies to its own line either way. A `#`
    /// inside a quoted string is not a comment.
    public static func scan(_ source: SourceFile) -> [SuppressionComment] {
        guard source.bytes.count < 1 << 24, containsMarker(source.bytes) else { return [] }
        var result: [SuppressionComment] = []
        for number in 1...max(1, source.lineCount) {
            guard let line = source.line(number), line.contains(marker) else { continue }
            result += parse(line: line, number: number, in: source)
        }
        return result
    }

    private static func containsMarker(_ bytes: [UInt8]) -> Bool {
        let needle = Array(marker.utf8)
        guard bytes.count >= needle.count else { return false }
        outer: for index in 0...(bytes.count - needle.count) where bytes[index] == needle[0] {
            for offset in 1..<needle.count where bytes[index + offset] != needle[offset] { continue outer }
            return true
        }
        return false
    }

    private static func parse(line: String, number: Int, in source: SourceFile) -> [SuppressionComment] {
        let scalars = Array(line.unicodeScalars)
        guard let hash = commentStart(scalars) else { return [] }
        var index = hash + 1
        while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
        let markerScalars = Array(marker.unicodeScalars)
        guard index + markerScalars.count <= scalars.count,
              Array(scalars[index..<(index + markerScalars.count)]) == markerScalars else { return [] }
        index += markerScalars.count
        var result: [SuppressionComment] = []
        var current = ""
        var start = index
        func flush(at column: Int) {
            guard !current.isEmpty else { return }
            let span = SourceSpan(file: source.path, start: source.position(line: number, column: start + 1),
                                  end: source.position(line: number, column: column + 1))
            result.append(SuppressionComment(ruleID: current, span: span))
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
