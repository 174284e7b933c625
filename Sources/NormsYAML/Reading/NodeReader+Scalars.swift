import NormsSource

extension NodeReader {
    // MARK: - Scalars

    /// Reads a string scalar (quoted, or plain text that the core schema keeps a string).
    package func string(_ field: Field, expected: String = "a string") -> Located<String>? {
        guard let text = field.node.stringValue else {
            wrongType(field, expected: expected)
            return nil
        }
        return Located(text, at: field.span)
    }

    /// Reads free text (a name, a description): any scalar but null, as written.
    package func text(_ field: Field, expected: String = "text") -> String? {
        guard let scalar = field.node.scalar, !field.node.isNull else {
            wrongType(field, expected: expected)
            return nil
        }
        return scalar.value
    }

    /// Reads free text with the span it was read from.
    package func locatedText(_ field: Field, expected: String = "text") -> Located<String>? {
        text(field, expected: expected).map { Located($0, at: field.span) }
    }

    /// Reads `true` or `false`.
    package func bool(_ field: Field) -> Located<Bool>? {
        guard case .bool(let value)? = field.node.scalar?.resolved else {
            wrongType(field, expected: "true or false")
            return nil
        }
        return Located(value, at: field.span)
    }

    /// Reads an integer.
    package func integer(_ field: Field) -> Located<Int>? {
        guard case .int(let value)? = field.node.scalar?.resolved else {
            wrongType(field, expected: "an integer")
            return nil
        }
        return Located(value, at: field.span)
    }

    /// Reads one string or a list of strings; items that are not strings are reported and skipped.
    package func strings(_ field: Field, expected: String = "a string") -> [Located<String>]? {
        if field.node.mapping != nil || field.node.isNull {
            wrongType(field, expected: "\(expected) or a list of them")
            return nil
        }
        guard let items = field.node.sequence else { return string(field, expected: expected).map { [$0] } ?? [] }
        var strings: [Located<String>] = []
        strings.reserveCapacity(items.count)
        // By index, so that no item is copied. An item's span is its own (items have no key), so
        // it is read without a field unless it is wrong.
        for index in items.indices {
            if let text = items[index].stringValue {
                strings.append(Located(text, at: items[index].span))
            } else {
                wrongType(field.item(items[index]), expected: expected)
            }
        }
        return strings
    }

    /// Reads one text or a list of texts (any scalar but null, as written: `to: 42` names `42`);
    /// items that are not text are reported and skipped.
    package func texts(_ field: Field, expected: String = "text or a list of texts") -> [Located<String>]? {
        guard let items = field.node.sequence else { return locatedText(field, expected: expected).map { [$0] } }
        return field.items(items).compactMap { locatedText($0) }
    }

    /// Reads a list of strings (a single string is not accepted).
    package func stringList(_ field: Field, expected: String = "a string") -> [Located<String>]? {
        sequence(field, expected: "a list of \(expected)s")?.compactMap { string($0, expected: expected) }
    }

    /// Reads one value of a closed set of names (`sync`, `async`).
    package func choice<Value: RawRepresentable & CaseIterable>(_ field: Field, _ type: Value.Type) -> Located<Value>?
    where Value.RawValue == String {
        if let text = field.node.stringValue, let value = Value(rawValue: text) { return Located(value, at: field.span) }
        reportInvalidChoice(field, among: Value.allCases.map(\.rawValue))
        return nil
    }

    /// Reports a value that is none of `names`: the wrong type when it is no string, else the
    /// closest name.
    private func reportInvalidChoice(_ field: Field, among names: [String]) {
        guard let text = field.node.stringValue else {
            wrongType(field, expected: "one of " + names.map { "\(quoted: $0)" }.joined(separator: ", "))
            return
        }
        invalidValue(Located(text, at: field.span), for: field, among: names)
    }
}
