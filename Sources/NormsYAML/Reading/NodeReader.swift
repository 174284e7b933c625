import NormsSource

/// Typed reads of YAML nodes — policies, messages, test files — that report every problem to a
/// ``DiagnosticLog`` and return `nil` for a value that cannot be used, so the caller skips only
/// that value and keeps reading.
///
/// Each problem has one wording whatever the document; its code comes from the domain that
/// reads (``NodeReadingCode``): `policy.wrong-type`, `message.wrong-type`, `test.wrong-type`.
package struct NodeReader {
    package let log: DiagnosticLog
    let codes: NodeReadingCodes

    /// - Parameter codes: the domain whose codes the problems get.
    package init<Code: NodeReadingCode>(log: DiagnosticLog, codes: Code.Type) {
        self.log = log
        self.codes = NodeReadingCodes(codes)
    }

    // MARK: - Problems

    /// Reports `expected …, found …` at the value.
    package func wrongType(_ field: Field, expected: String, help: String? = nil) {
        log.error(code: codes.wrongType, "expected \(expected) for \(field.label), found \(field.node.foundDescription)",
                  at: field.span, help: help)
    }

    /// Reports that the mapping `field` lacks `key`, where the mapping is named (its key, or
    /// the start of the mapping when it has none).
    package func missingKey(_ key: String, in field: Field, help: String? = nil) {
        let span = field.keyLocation ?? SourceSpan(file: field.node.span.file, at: field.node.span.start)
        log.error(code: codes.missingKey, "missing key \(quoted: key) in \(field.label)", at: span, help: help ?? "add '\(key): …'")
    }

    /// Reports a value outside `names`, with the closest name as a fix when there is one.
    package func invalidValue(_ text: Located<String>, for field: Field, among names: [String]) {
        let suggestion = Suggestions.closest(to: text.value, in: names)
        let accepted = names.map { "\(quoted: $0)" }.joined(separator: ", ")
        log.error(code: codes.invalidValue, "invalid value \(quoted: text.value) for \(field.label)", at: text.span,
                  help: suggestion.map { "did you mean \(quoted: $0)?" } ?? "write one of \(accepted)", replacement: suggestion)
    }

    // MARK: - Structure

    /// Reads a mapping and checks its keys: an unknown key is an error at the key (with the
    /// closest known key), a missing required key an error where the mapping is named.
    /// - Parameters:
    ///   - known: every key the mapping may hold, required ones included.
    ///   - required: keys that must be present.
    ///   - missingHelp: a help text per required key, for when it is missing.
    /// - Returns: the mapping, or `nil` when the value is not a mapping.
    package func map(
        _ field: Field, known: [String], required: [String] = [], missingHelp: [String: String] = [:],
        expected: String = "a mapping"
    ) -> MapReader? {
        guard let mapping = field.node.mapping else {
            wrongType(field, expected: expected)
            return nil
        }
        var keys: [String?] = []
        keys.reserveCapacity(mapping.entries.count)
        // By index, so that only each key is read, not a copy of each entry.
        for index in mapping.entries.indices {
            let key = mapping.entries[index].keyText
            keys.append(key)
            guard let key else {
                let node = mapping.entries[index].key
                log.error(code: codes.wrongType, "expected a key name in \(field.label), found \(node.foundDescription)",
                          at: node.span, help: "write a plain name as the key")
                continue
            }
            // Lengths first: most names differ in length, and their texts need not be compared.
            let length = key.utf8.count
            if !known.contains(where: { $0.utf8.count == length && $0 == key }) {
                reportUnknownKey(key, at: mapping.entries[index].key.span, in: field, known: known, present: mapping)
            }
        }
        let reader = MapReader(mapping: mapping, keys: keys, path: field.sharedPath)
        for key in required where !reader.has(key) {
            missingKey(key, in: field, help: missingHelp[key])
        }
        return reader
    }

    /// - Parameter present: the mapping; a suggestion it already holds is no fix (it would repeat the key).
    private func reportUnknownKey(_ key: String, at span: SourceSpan, in field: Field, known: [String], present: YAMLMapping) {
        let suggestion = Suggestions.closest(to: key, in: known)
        let help = suggestion.map { "did you mean \(quoted: $0)?" }
            ?? "the keys allowed here are " + known.map { "\(quoted: $0)" }.joined(separator: ", ")
        let fix = suggestion.flatMap { present[$0] == nil ? $0 : nil }
        log.error(code: codes.unknownKey, "unknown key \(quoted: key) in \(field.label)", at: span, help: help, replacement: fix)
    }

    /// Reads a sequence; `nil` (and an error) when the value is not one.
    package func sequence(_ field: Field, expected: String = "a list") -> [Field]? {
        guard let items = field.node.sequence else {
            wrongType(field, expected: expected)
            return nil
        }
        return field.items(items)
    }

    /// Reads a list whose single item may be written alone (`channel: chat` for `channel: [chat]`).
    package func list(_ field: Field) -> [Field] {
        if let items = field.node.sequence { return field.items(items) }
        return [field]
    }

    /// Reads a mapping from ids to values (`channels`, `teams`, `people`), in document order.
    package func idEntries(_ field: Field, expected: String) -> [(id: Located<String>, value: Field)]? {
        guard let mapping = field.node.mapping else {
            wrongType(field, expected: expected)
            return nil
        }
        var result: [(id: Located<String>, value: Field)] = []
        let path = field.sharedPath
        for entry in mapping.entries {
            guard let id = entry.key.keyText, !entry.key.isNull else {
                log.error(code: codes.wrongType, "expected an id as a key of \(field.label), found \(entry.key.foundDescription)",
                          at: entry.key.span, help: "write a plain name such as 'alice' as the key")
                continue
            }
            let keySpan = entry.keySpan
            result.append((Located(id, at: keySpan), Field(key: id, keySpan: keySpan, value: entry.value, path: path)))
        }
        return result
    }
}
