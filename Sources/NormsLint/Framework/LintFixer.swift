import Foundation
import NormsSource

/// Applies findings' mechanical fixes (``Finding/fix``) to a file's bytes, for `norms lint --fix`.
///
/// Each fix replaces exactly the bytes its span covers, so comments, blank lines, quoting and
/// indentation everywhere else stay as they are. A quoted original (`"chanels"`) keeps its quotes.
/// When two fixes overlap, the first (in file order) is applied and the other left for the next run.
public enum LintFixer {
    /// The bytes with the fixes applied, and how many were.
    public static func apply(_ fixes: [Diagnostic.Replacement], to bytes: [UInt8]) -> (bytes: [UInt8], applied: Int) {
        var chosen: [Diagnostic.Replacement] = []
        var end = 0
        for fix in fixes.sorted(by: { $0.span.start.offset < $1.span.start.offset }) {
            let range = fix.span.start.offset..<fix.span.end.offset
            guard range.lowerBound >= end, range.upperBound <= bytes.count, !range.isEmpty else { continue }
            chosen.append(fix)
            end = range.upperBound
        }
        var result = bytes
        // From the end, so that earlier offsets stay valid.
        for fix in chosen.reversed() {
            let range = fix.span.start.offset..<fix.span.end.offset
            result.replaceSubrange(range, with: replacement(for: fix.text, replacing: bytes[range]))
        }
        return (result, chosen.count)
    }

    /// The new text's bytes, in the quotes of the original when it was quoted.
    private static func replacement(for text: String, replacing original: ArraySlice<UInt8>) -> [UInt8] {
        guard original.count >= 2, let first = original.first, first == UInt8(ascii: "\"") || first == UInt8(ascii: "'"),
              original.last == first else { return Array(text.utf8) }
        let escaped = first == UInt8(ascii: "'")
            ? text.replacingOccurrences(of: "'", with: "''")
            : text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return [first] + Array(escaped.utf8) + [first]
    }
}
