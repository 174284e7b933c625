import NormsSource
import NormsYAML

extension NodeReader {
    // MARK: - Scalars

    /// Reads a string scalar (quoted, or plain text that the core schema keeps a string).
    func string(_ field: Field, expected: String = "a string") -> Located<String>? {
        guard let text = field.node.scalar?.string else {
            wrongType(field, expected: expected)
            return nil
        }
        return Located(text, at: field.span)
    }

    /// Reads free text (a name, a description): any scalar but null, as written.
    func text(_ field: Field) -> String? {
        guard let scalar = field.node.scalar, !field.node.isNull else {
            wrongType(field, expected: "text")
            return nil
        }
        return scalar.value
    }

    /// Reads free text with the span it was read from.
    func locatedText(_ field: Field) -> Located<String>? {
        text(field).map { Located($0, at: field.span) }
    }

    /// Reads `true` or `false`.
    func bool(_ field: Field) -> Located<Bool>? {
        guard case .bool(let value)? = field.node.scalar?.resolved else {
            wrongType(field, expected: "true or false")
            return nil
        }
        return Located(value, at: field.span)
    }

    /// Reads an integer.
    func integer(_ field: Field) -> Located<Int>? {
        guard case .int(let value)? = field.node.scalar?.resolved else {
            wrongType(field, expected: "an integer")
            return nil
        }
        return Located(value, at: field.span)
    }

    /// Reads one string or a list of strings; items that are not strings are reported and skipped.
    func strings(_ field: Field, expected: String = "a string") -> [Located<String>]? {
        if field.node.mapping != nil || field.node.isNull {
            wrongType(field, expected: "\(expected) or a list of them")
            return nil
        }
        guard let items = field.node.sequence else { return string(field, expected: expected).map { [$0] } ?? [] }
        var strings: [Located<String>] = []
        strings.reserveCapacity(items.count)
        for item in items {
            // An item's span is its own (items have no key), so it is read without a field unless it is wrong.
            if case .scalar(let scalar) = item.content, let text = scalar.string {
                strings.append(Located(text, at: item.span))
            } else {
                wrongType(field.item(item), expected: expected)
            }
        }
        return strings
    }

    /// Reads a list of strings (a single string is not accepted).
    func stringList(_ field: Field, expected: String = "a string") -> [Located<String>]? {
        sequence(field, expected: "a list of \(expected)s")?.compactMap { string($0, expected: expected) }
    }

    /// Reads a string scalar and parses it with a grammar, reporting the grammar's own diagnostic.
    func parse<Value>(
        _ field: Field, expected: String, _ parser: (String) throws(GrammarError) -> Value
    ) -> Located<Value>? {
        guard let text = string(field, expected: expected) else { return nil }
        do {
            return Located(try parser(text.value), at: text.span)
        } catch {
            log.error(error, at: text.span)
            return nil
        }
    }

    /// Reads one value of a closed set of names (`sync`, `async`).
    func choice<Value: RawRepresentable & CaseIterable>(_ field: Field, _ type: Value.Type) -> Located<Value>?
    where Value.RawValue == String {
        // The accepted names are spelled out only for a message.
        var names: [String] { Value.allCases.map(\.rawValue) }
        var accepted: String { names.map { "\(quoted: $0)" }.joined(separator: ", ") }
        guard let text = field.node.scalar?.string.map({ Located($0, at: field.span) }) ?? string(field, expected: "one of \(accepted)")
        else { return nil }
        guard let value = Value(rawValue: text.value) else {
            let suggestion = Suggestions.closest(to: text.value, in: names)
            log.error(.invalidValue, "invalid value \(quoted: text.value) for \(field.label)", at: text.span,
                      help: suggestion.map { "did you mean \(quoted: $0)?" } ?? "write one of \(accepted)", replacement: suggestion)
            return nil
        }
        return Located(value, at: text.span)
    }
}
