/// The grammar's text read byte by byte, where that gives the same answer as reading characters.
enum GrammarBytes {
    /// Whether every byte of `bytes` is a character of its own: ASCII without a CR LF pair (a CR
    /// LF pair is one character, and not a space).
    static func areCharacters(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: UInt8 = 0
        for byte in bytes {
            if byte >= 0x80 || previous == UInt8(ascii: "\r") && byte == UInt8(ascii: "\n") { return false }
            previous = byte
        }
        return true
    }

    /// Whether a byte is a space, a tab, a line feed or a carriage return.
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    /// The indices of `bytes` without the spaces (``isSpace(_:)``) before and after.
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        return start..<end
    }
}
