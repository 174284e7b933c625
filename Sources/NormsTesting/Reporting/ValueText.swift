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

/// Escaping for XML text and attribute values.
enum XMLText {
    /// Escapes `& < > " '` and replaces characters XML 1.0 cannot hold (most control characters,
    /// lone surrogates cannot occur in Swift strings) with U+FFFD.
    static func escape(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&apos;"
            case "\t", "\n", "\r": output.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                output += "\u{FFFD}"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
