import NormsSource
import NormsYAML

/// Typed reads of YAML nodes that report every problem to a ``DiagnosticLog`` and return `nil`
/// for a value that cannot be used, so the caller skips only that value and keeps reading.
struct NodeReader {
    let log: DiagnosticLog

    // MARK: - Problems

    /// Reports `expected …, found …` at the value.
    func wrongType(_ field: Field, expected: String, help: String? = nil) {
        log.error(.wrongType, "expected \(expected) for \(field.label), found \(field.node.foundDescription)",
                  at: field.span, help: help)
    }

    // MARK: - Structure

    /// Reads a mapping and checks its keys: an unknown key is an error at the key (with the
    /// closest known key), a missing required key an error where the mapping is named.
    /// - Parameters:
    ///   - known: every key the mapping may hold, required ones included.
    ///   - required: keys that must be present.
    ///   - missingHelp: a help text per required key, for when it is missing.
    /// - Returns: the mapping, or `nil` when the value is not a mapping.
    func map(
        _ field: Field, known: [String], required: [String] = [], missingHelp: [String: String] = [:],
        expected: String = "a mapping"
    ) -> MapReader? {
        guard let mapping = field.node.mapping else {
            wrongType(field, expected: expected)
            return nil
        }
        var keys: [String?] = []
        keys.reserveCapacity(mapping.entries.count)
        for entry in mapping.entries {
            let key = entry.key.keyText
            keys.append(key)
            guard let key else {
                log.error(.wrongType, "expected a key name in \(field.label), found \(entry.key.foundDescription)",
                          at: entry.key.span, help: "write a plain name as the key")
                continue
            }
            if !known.contains(key) { reportUnknownKey(key, at: entry.key.span, in: field, known: known, present: mapping) }
        }
        let reader = MapReader(field: field, mapping: mapping, keys: keys)
        for key in required where !reader.has(key) {
            let place = field.path.isEmpty ? "at the top level" : "in \(field.label)"
            let span = field.keyLocation ?? SourceSpan(file: field.node.span.file, at: field.node.span.start)
            log.error(.missingKey, "missing key \(quoted: key) \(place)", at: span, help: missingHelp[key] ?? "add '\(key): …'")
        }
        return reader
    }

    /// - Parameter present: the mapping; a suggestion it already holds is no fix (it would repeat the key).
    private func reportUnknownKey(_ key: String, at span: SourceSpan, in field: Field, known: [String], present: YAMLMapping) {
        let place = field.path.isEmpty ? "top-level key" : "key"
        let suffix = field.path.isEmpty ? "" : " in \(field.label)"
        let suggestion = Suggestions.closest(to: key, in: known)
        let help = suggestion.map { "did you mean \(quoted: $0)?" }
            ?? "the keys allowed here are " + known.map { "\(quoted: $0)" }.joined(separator: ", ")
        let fix = suggestion.flatMap { present[$0] == nil ? $0 : nil }
        log.error(.unknownKey, "unknown \(place) \(quoted: key)\(suffix)", at: span, help: help, replacement: fix)
    }

    /// Reads a sequence; `nil` (and an error) when the value is not one.
    func sequence(_ field: Field, expected: String = "a list") -> [Field]? {
        guard let items = field.node.sequence else {
            wrongType(field, expected: expected)
            return nil
        }
        return field.items(items)
    }

    /// Reads a list whose single item may be written alone (`channel: chat` for `channel: [chat]`).
    func list(_ field: Field) -> [Field] {
        if let items = field.node.sequence { return field.items(items) }
        return [field]
    }

    /// Reads a mapping from ids to values (`channels`, `teams`, `people`), in document order.
    func idEntries(_ field: Field, expected: String) -> [(id: Located<String>, value: Field)]? {
        guard let mapping = field.node.mapping else {
            wrongType(field, expected: expected)
            return nil
        }
        var result: [(id: Located<String>, value: Field)] = []
        let path = field.sharedPath
        for entry in mapping.entries {
            guard let id = entry.key.keyText, !entry.key.isNull else {
                log.error(.wrongType, "expected an id as a key of \(field.label), found \(entry.key.foundDescription)",
                          at: entry.key.span, help: "write a plain name such as 'alice' as the key")
                continue
            }
            result.append((Located(id, at: entry.key.span), field.child(id, key: entry.key, value: entry.value, path: path)))
        }
        return result
    }
}
