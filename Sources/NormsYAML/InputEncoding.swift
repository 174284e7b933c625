import NormsSource

/// Checks, before libyaml sees the input, that it is UTF-8 text YAML allows.
///
/// libyaml reports bad bytes with vague messages ("invalid leading UTF-8 octet") and guesses
/// UTF-16 from a byte-order mark; checking here gives the exact byte and a clear message. The
/// characters rejected are the ones libyaml's reader rejects: C0 controls other than tab, line
/// feed and carriage return, DEL, C1 controls other than NEL, and U+FFFE and U+FFFF.
enum InputEncoding {
    /// What the check learnt about an input that passed it.
    struct Layout {
        /// The length of the UTF-8 byte-order mark at the start: 3, or 0 when there is none.
        let byteOrderMarkLength: Int
        /// Whether every byte is printable ASCII, a tab or a line feed (no byte-order mark).
        let isPlainASCII: Bool
    }

    /// Checks `source` and tells its byte-order mark and whether it is plain ASCII.
    /// - Throws: ``YAMLError/Kind/invalidEncoding(_:)`` at the first byte that is not allowed.
    static func validate(_ source: SourceFile) throws(YAMLError) -> Layout {
        let bytes = source.bytes
        if let encoding = wideEncoding(of: bytes) {
            throw error("the file is encoded as \(encoding), not UTF-8", at: 0, in: source)
        }
        let byteOrderMarkLength = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var offset = byteOrderMarkLength
        var isPlainASCII = byteOrderMarkLength == 0
        while offset < bytes.count {
            offset = firstNonText(in: bytes, from: offset)
            guard offset < bytes.count else { break }
            isPlainASCII = false
            let byte = bytes[offset]
            if byte < 0x80 {
                if let problem = asciiProblem(byte) { throw error(problem, at: offset, in: source) }
                offset += 1
                continue
            }
            guard let (scalar, width) = decodeMultiByte(bytes, at: offset) else {
                throw error("invalid UTF-8 byte \(hex(byte))", at: offset, in: source)
            }
            if !isAllowed(scalar) {
                throw error("character \(codePoint(scalar)) is not allowed in YAML", at: offset, in: source)
            }
            offset += width
        }
        return Layout(byteOrderMarkLength: byteOrderMarkLength, isPlainASCII: isPlainASCII)
    }

    /// The offset of the first byte from `start` on that is not printable ASCII, a tab or a line
    /// feed (the bytes nearly every policy consists of), or the end.
    private static func firstNonText(in bytes: [UInt8], from start: Int) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            var offset = start
            while offset < buffer.count {
                if offset + 8 <= buffer.count, let base = buffer.baseAddress,
                   DisplayText.isPrintableASCII(UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)) {
                    offset += 8
                    continue
                }
                let byte = buffer[offset]
                guard (byte >= 0x20 && byte < 0x7F) || byte == 0x0A || byte == 0x09 else { break }
                offset += 1
            }
            return offset
        }
    }

    /// UTF-16 or UTF-32, recognised by a byte-order mark or by the zero bytes of its first character.
    private static func wideEncoding(of bytes: [UInt8]) -> String? {
        // -1 pads short input so that it never looks like a zero or a non-zero byte.
        let head = bytes.prefix(4).map(Int.init) + [Int](repeating: -1, count: max(0, 4 - bytes.count))
        if head == [0x00, 0x00, 0xFE, 0xFF] || (head[0] == 0 && head[1] == 0 && head[2] == 0 && head[3] > 0) {
            return "UTF-32 (big-endian)"
        }
        if head == [0xFF, 0xFE, 0x00, 0x00] || (head[0] > 0 && head[1] == 0 && head[2] == 0 && head[3] == 0) {
            return "UTF-32 (little-endian)"
        }
        if head.starts(with: [0xFE, 0xFF]) || (head[0] == 0 && head[1] > 0) { return "UTF-16 (big-endian)" }
        if head.starts(with: [0xFF, 0xFE]) || (head[0] > 0 && head[1] == 0) { return "UTF-16 (little-endian)" }
        return nil
    }

    private static func asciiProblem(_ byte: UInt8) -> String? {
        switch byte {
        case 0x00: "the file holds a NUL byte (0x00)"
        case 0x09, 0x0A, 0x0D: nil
        case 0x01...0x1F, 0x7F: "control character \(codePoint(Unicode.Scalar(byte))) is not allowed in YAML"
        default: nil
        }
    }

    /// Decodes the well-formed UTF-8 sequence of two to four bytes at `offset`, or returns `nil`
    /// for a stray continuation byte, an overlong form, a surrogate, a value past U+10FFFF or a
    /// sequence cut short.
    static func decodeMultiByte<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at offset: Int) -> (Unicode.Scalar, Int)?
        where Bytes.Index == Int {
        let lead = bytes[offset]
        let (width, secondByteRange): (Int, ClosedRange<UInt8>) = switch lead {
        case 0xC2...0xDF: (2, 0x80...0xBF)
        case 0xE0: (3, 0xA0...0xBF)
        case 0xED: (3, 0x80...0x9F)
        case 0xE1...0xEF: (3, 0x80...0xBF)
        case 0xF0: (4, 0x90...0xBF)
        case 0xF1...0xF3: (4, 0x80...0xBF)
        case 0xF4: (4, 0x80...0x8F)
        default: (0, 0...0)
        }
        guard width > 0, offset + width <= bytes.endIndex, secondByteRange.contains(bytes[offset + 1]) else { return nil }
        var value = UInt32(lead) & (0xFF >> UInt32(width + 1))
        for index in offset + 1 ..< offset + width {
            guard bytes[index] & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(bytes[index] & 0x3F)
        }
        return Unicode.Scalar(value).map { ($0, width) }
    }

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x80...0x84, 0x86...0x9F, 0xFFFE, 0xFFFF: false
        default: true
        }
    }

    private static func error(_ message: String, at offset: Int, in source: SourceFile) -> YAMLError {
        YAMLError(.invalidEncoding(message), at: SourceSpan(file: source.path, at: source.position(offset: offset)))
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return "0x" + (digits.count == 1 ? "0" + digits : digits)
    }

    private static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let digits = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
