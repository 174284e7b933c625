import Foundation
import NormsSource
import NormsYAML

/// Applies findings' mechanical fixes (``Finding/fix``) to a file's bytes, for `norms lint --fix`.
///
/// Each fix replaces exactly the bytes its span covers, so comments, blank lines, quoting and
/// indentation everywhere else stay as they are. A quoted original (`"chanels"`) keeps its quotes;
/// a plain one gets double quotes when the new text would not read back as the same string
/// (`ana #1` would start a comment, `yes` would be a boolean). A node written with an anchor,
/// an alias, a tag or as a block scalar is left alone: replacing its bytes would change more than
/// the word. When two fixes overlap, the first (in file order) is applied and the other left for
/// the next run. ``keepsShape(_:_:path:)`` checks the result as a backstop.
public enum LintFixer {
    /// The bytes with the fixes applied, and how many were.
    public static func apply(_ fixes: [Diagnostic.Replacement], to bytes: [UInt8]) -> (bytes: [UInt8], applied: Int) {
        var chosen: [Diagnostic.Replacement] = []
        var end = 0
        for fix in fixes.sorted(by: { $0.span.start.offset < $1.span.start.offset }) {
            let range = fix.span.start.offset..<fix.span.end.offset
            guard range.lowerBound >= end, range.upperBound <= bytes.count, !range.isEmpty,
                  !startsWithNodeProperty(bytes[range]) else { continue }
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

    /// Whether `fixed` still reads as YAML with the structure of `original`: the same mappings,
    /// sequences and scalars in the same places, whatever the scalars say. A fix that breaks this
    /// must not be written.
    public static func keepsShape(_ original: [UInt8], _ fixed: [UInt8], path: String) -> Bool {
        guard let before = try? YAMLLoader().loadDocument(SourceFile(path: path, bytes: original)),
              let after = try? YAMLLoader().loadDocument(SourceFile(path: path, bytes: fixed)) else { return false }
        return shape(of: before) == shape(of: after)
    }

    /// The node's structure with every scalar's text left out.
    private static func shape(of root: YAMLNode?) -> [UInt8] {
        var shape: [UInt8] = []
        var pending: [YAMLNode?] = [root]
        while let next = pending.popLast() {
            guard let node = next else {
                shape.append(UInt8(ascii: "~"))
                continue
            }
            switch node.content {
            case .scalar: shape.append(UInt8(ascii: "s"))
            case .sequence(let items):
                shape.append(UInt8(ascii: "["))
                pending.append(nil)
                pending += items.reversed().map(Optional.some)
            case .mapping(let mapping):
                shape.append(UInt8(ascii: "{"))
                pending.append(nil)
                pending += mapping.entries.reversed().flatMap { [$0.value, $0.key] }.map(Optional.some)
            }
        }
        return shape
    }

    /// Whether the node's bytes start with an anchor (`&m`), an alias (`*m`), a tag (`!x`) or a
    /// block scalar's header (`|`, `>`).
    private static func startsWithNodeProperty(_ original: ArraySlice<UInt8>) -> Bool {
        guard let first = original.first else { return false }
        return "&*!|>".utf8.contains(first)
    }

    /// The new text's bytes, in the quotes of the original when it was quoted, in double quotes
    /// when it would not read back as itself unquoted.
    private static func replacement(for text: String, replacing original: ArraySlice<UInt8>) -> [UInt8] {
        if original.count >= 2, let first = original.first, first == UInt8(ascii: "\"") || first == UInt8(ascii: "'"),
           original.last == first {
            return quoted(text, with: first)
        }
        return isPlainSafe(text) ? Array(text.utf8) : quoted(text, with: UInt8(ascii: "\""))
    }

    private static func quoted(_ text: String, with quote: UInt8) -> [UInt8] {
        let escaped = quote == UInt8(ascii: "'")
            ? text.replacingOccurrences(of: "'", with: "''")
            : text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return [quote] + Array(escaped.utf8) + [quote]
    }

    /// Whether `text` reads back as the same string when written unquoted, in block and in flow
    /// context alike: letters, digits and `_ - . /`, single spaces between words, starting with a
    /// letter, digit or `_`, and not a number, boolean or null under the core schema.
    private static func isPlainSafe(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first == "_" || first.properties.isAlphabetic || ("0"..."9").contains(first),
              !text.hasSuffix(" "), !text.contains("  ") else { return false }
        let allowed = text.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "_-./ ".unicodeScalars.contains(scalar)
        }
        return allowed && YAMLScalar(value: text, style: .plain).resolved == .string(text)
    }
}
