/// Escaping for XML 1.0 text, for the JUnit reports of `norms lint` and `norms test`.
package enum XMLText {
    /// Escapes `&`, `<` and `>`; in a (double-quoted) attribute also `"`, and line breaks and
    /// tabs, which attributes would otherwise fold into spaces; and replaces the characters XML
    /// cannot hold (most control characters, U+FFFE, U+FFFF) with U+FFFD. Works on Unicode
    /// scalars, as an XML parser reads them: a `<` followed by a combining mark is still a `<`.
    package static func escape(_ text: String, inAttribute: Bool = true) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where inAttribute: result += "&quot;"
            case "\n": result += inAttribute ? "&#10;" : "\n"
            case "\r": result += "&#13;"
            case "\t": result += inAttribute ? "&#9;" : "\t"
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: result += "\u{FFFD}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
