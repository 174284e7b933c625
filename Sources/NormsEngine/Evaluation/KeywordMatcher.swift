/// Finds words or phrases as whole words, case-insensitively, in a message's subject and body.
enum KeywordMatcher {
    /// Whether `keyword` occurs in `subject` or `body` with no letter or digit right before or after it.
    static func matches(_ keyword: String, in subject: String?, _ body: String?) -> Bool {
        let needle = keyword.lowercased()
        guard !needle.isEmpty else { return false }
        return [subject, body].contains { text in
            guard let text else { return false }
            return containsWholeWord(needle, in: text.lowercased())
        }
    }

    private static func containsWholeWord(_ needle: String, in haystack: String) -> Bool {
        var searchStart = haystack.startIndex
        while let found = haystack.range(of: needle, range: searchStart..<haystack.endIndex) {
            let before = found.lowerBound == haystack.startIndex ? nil : haystack[haystack.index(before: found.lowerBound)]
            let after = found.upperBound == haystack.endIndex ? nil : haystack[found.upperBound]
            if !isWordCharacter(before) && !isWordCharacter(after) { return true }
            searchStart = haystack.index(after: found.lowerBound)
        }
        return false
    }

    private static func isWordCharacter(_ character: Character?) -> Bool {
        guard let character else { return false }
        return character.isLetter || character.isNumber || character == "_"
    }
}
