import NormsSource

/// Plain text for JSON values in reports: strings unquoted, lists in brackets, objects as
/// `{key: value}`, `null` as `null`; control characters in strings are escaped (see
/// `DisplayText`), so a value cannot break a report's lines.
enum ValueText {
    static func text(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool(let flag): flag ? "true" : "false"
        case .int(let number): String(number)
        case .double(let number): String(number)
        case .string(let text): DisplayText.escaped(text)
        case .array(let items): "[" + items.map(text).joined(separator: ", ") + "]"
        case .object(let members): "{" + members.map { "\($0.0): \(text($0.1))" }.joined(separator: ", ") + "}"
        }
    }

    /// A percentage with at most one decimal: `87.5%`, `100%`.
    static func percent(_ value: Double) -> String {
        let rounded = (value * 10).rounded(.down) / 10
        return rounded == rounded.rounded() ? "\(Int(rounded))%" : "\(rounded)%"
    }
}
