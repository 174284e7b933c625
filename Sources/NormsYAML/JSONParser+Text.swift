import NormsSource

// MARK: - Strings and encoding

extension JSONParser {
    /// Reads the string whose opening quote is at `index`, and returns its value with escapes applied.
    package mutating func string() throws(JSONError) -> String {
        let open = index
        index += 1
        let runStart = index
        // Most strings hold no escape: they are decoded straight from the input.
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[runStart..<index - 1]), as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { break }
            index += 1
        }
        var text = Array(bytes[runStart..<index])
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return String(decoding: text, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try escape(into: &text)
            case ..<0x20:
                throw JSONError(
                    .malformed("control character \(Self.codePoint(UInt32(byte))) inside a string",
                               help: "write it as an escape: \\t for a tab, \\n for a line break, \\u00XX otherwise"),
                    at: SourceSpan(file: file, at: position(index)))
            default:
                text.append(byte)
                index += 1
            }
        }
        throw JSONError(.malformed("the string is not closed", help: "end the string with '\"' on the same line"),
                        at: SourceSpan(file: file, at: position(open)))
    }

    /// Appends the UTF-8 of the escape at `index` (a backslash) to `text`.
    private mutating func escape(into text: inout [UInt8]) throws(JSONError) {
        let start = index
        guard index + 1 < bytes.count else { throw badEscape(from: start, length: 1) }
        let letter = bytes[index + 1]
        index += 2
        let simple: UInt8? = switch letter {
        case UInt8(ascii: "\""): UInt8(ascii: "\"")
        case UInt8(ascii: "\\"): UInt8(ascii: "\\")
        case UInt8(ascii: "/"): UInt8(ascii: "/")
        case UInt8(ascii: "b"): 0x08
        case UInt8(ascii: "f"): 0x0C
        case UInt8(ascii: "n"): 0x0A
        case UInt8(ascii: "r"): 0x0D
        case UInt8(ascii: "t"): 0x09
        default: nil
        }
        if let simple {
            text.append(simple)
            return
        }
        guard letter == UInt8(ascii: "u"), var value = hexQuad(at: index) else { throw badEscape(from: start, length: 2) }
        index += 4
        if (0xD800...0xDBFF).contains(value) {
            // A high surrogate must be followed by `\u` and a low one; together they are one scalar.
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u"),
                  let low = hexQuad(at: index + 2), (0xDC00...0xDFFF).contains(low) else {
                throw unpairedSurrogate(from: start)
            }
            index += 6
            value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(value) {
            throw unpairedSurrogate(from: start)
        }
        text.append(contentsOf: String(Unicode.Scalar(value)!).utf8)
    }

    private func hexQuad(at offset: Int) -> UInt32? {
        guard offset + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for byte in bytes[offset..<offset + 4] {
            let digit: UInt8 = switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
            default: 0xFF
            }
            guard digit != 0xFF else { return nil }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    private mutating func badEscape(from start: Int, length: Int) -> JSONError {
        let shown = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<min(bytes.count, start + length)]), as: UTF8.self)
        return JSONError(.malformed("invalid escape '\(shown)' in a string",
                                    help: "use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\u followed by four hex digits"),
                         at: SourceSpan(file: file, at: position(start)))
    }

    private mutating func unpairedSurrogate(from start: Int) -> JSONError {
        let shown = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<min(bytes.count, start + 6)]), as: UTF8.self)
        return JSONError(.malformed("escape '\(shown)' is half of a surrogate pair",
                                    help: "write a character beyond U+FFFF as two escapes, \\uD83D\\uDE00, or as itself"),
                         at: SourceSpan(file: file, at: position(start)))
    }

    // MARK: - Encoding

    /// Checks every byte before parsing, as the YAML loader does for a file: UTF-8, and no
    /// character YAML forbids (NUL and the other C0 controls but tab, LF and CR; DEL; C1 controls
    /// but NEL; U+FFFE and U+FFFF).
    /// - Throws: ``JSONError/Kind/encoding(_:)`` at the first byte that is not allowed.
    package mutating func checkEncoding() throws(JSONError) {
        var offset = 0
        var oneASCIILine = true
        while offset < bytes.count {
            // Eight bytes at a time while they are printable ASCII: no byte with its top bit set,
            // none below 0x20 (tab included, which the byte loop then allows) and no DEL.
            if offset + 8 <= bytes.count {
                let word = UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self)
                let high: UInt64 = 0x8080_8080_8080_8080
                let low = (word &- 0x2020_2020_2020_2020) & ~word & high
                let flipped = word ^ 0x7F7F_7F7F_7F7F_7F7F   // a DEL byte becomes a zero byte
                let delete = (flipped &- 0x0101_0101_0101_0101) & ~flipped & high
                if word & high == 0, low == 0, delete == 0 {
                    offset += 8
                    continue
                }
            }
            let byte = bytes[offset]
            if byte < 0x80 {
                if (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F {
                    throw encodingError(byte == 0 ? "the text holds a NUL byte (0x00)"
                                            : "control character \(Self.codePoint(UInt32(byte))) is not allowed", at: offset)
                }
                if byte == 0x0A { oneASCIILine = false }
                offset += 1
                continue
            }
            oneASCIILine = false
            guard let (scalar, width) = InputEncoding.decodeMultiByte(bytes, at: offset) else {
                throw encodingError("invalid UTF-8 byte \(Self.hex(byte))", at: offset)
            }
            switch scalar.value {
            case 0x80...0x84, 0x86...0x9F, 0xFFFE, 0xFFFF:
                throw encodingError("character \(Self.codePoint(scalar.value)) is not allowed", at: offset)
            default: offset += width
            }
        }
        isOneASCIILine = oneASCIILine
    }

    /// An encoding error at `offset`, which may lie past later line breaks: its line and column
    /// are counted from the start.
    private func encodingError(_ message: String, at offset: Int) -> JSONError {
        var line = self.line
        var column = self.column
        for byte in bytes[0..<offset] {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return JSONError(.encoding(message),
                         at: SourceSpan(file: file, at: SourcePosition(line: line, column: column, offset: baseOffset + offset)))
    }

    static func codePoint(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return "0x" + (digits.count == 1 ? "0" + digits : digits)
    }
}
