/// Helpers for quoting input in error messages.
enum MessageText {
    /// `text` cut to at most `limit` Unicode scalars, ending in `…` when cut, with line breaks
    /// shown as `\n` and `\r` so that a message stays on one line.
    static func excerpt(_ text: String, limit: Int = 40) -> String {
        let head = Array(text.unicodeScalars.prefix(limit + 1))
        let isCut = head.count > limit
        var shown = String.UnicodeScalarView()
        for scalar in isCut ? head.prefix(limit - 1) : head[...] {
            switch scalar {
            case "\n": shown.append(contentsOf: #"\n"#.unicodeScalars)
            case "\r": shown.append(contentsOf: #"\r"#.unicodeScalars)
            default: shown.append(scalar)
            }
        }
        return String(shown) + (isCut ? "…" : "")
    }
}
