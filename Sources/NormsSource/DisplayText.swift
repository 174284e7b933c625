/// Makes text from policies, messages and file names safe to show to a person.
///
/// Everything TeamNorms prints may quote text that a stranger wrote: a policy in a pull request,
/// a message sent to a bot. Shown raw, an ESC sequence could rewrite the terminal, and a CR or LF
/// followed by `::error::` could write GitHub workflow commands into a CI log. So:
/// - every quoted value is ``escaped(_:)``: control characters become visible escapes (`\n`,
///   `\r`, `\t`, `\e`, `\u{7F}`), and so do the invisible characters that reorder or hide text
///   (bidirectional controls, zero-width joiners are kept as they shape emoji);
/// - every value quoted in a sentence is ``quoted(_:limit:)``: escaped and cut to
///   ``quoteLimit`` characters, ending in `…`, so a diagnostic never carries a whole file.
package enum DisplayText {
    /// The most characters of a value that a diagnostic quotes.
    package static let quoteLimit = 80
    /// The most characters of a file path that a diagnostic quotes: paths are long but tell the
    /// reader where to look, so they get more room.
    package static let pathLimit = 240

    /// `text` with every control character, and every bidirectional formatting character,
    /// written as a visible escape.
    package static func escaped(_ text: String) -> String {
        guard !isPlain(text), text.unicodeScalars.contains(where: needsEscape) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard needsEscape(scalar) else {
                result.append(scalar)
                continue
            }
            result.append(contentsOf: escape(scalar).unicodeScalars)
        }
        return String(result)
    }

    /// `text` escaped and cut to `limit` characters, with `…` where it was cut.
    package static func quoted(_ text: String, limit: Int = quoteLimit) -> String {
        // No more bytes than the limit: no more characters either, so nothing to cut.
        if text.utf8.count <= limit { return escaped(text) }
        // Cut before escaping so the work is bounded by the limit, whatever the value's length.
        var prefix = String.UnicodeScalarView()
        var count = 0
        var cut = false
        for scalar in text.unicodeScalars {
            if count == limit {
                cut = true
                break
            }
            prefix.append(scalar)
            count += 1
        }
        let shown = escaped(String(prefix))
        return cut ? shown + "…" : shown
    }

    /// Whole output made safe for a terminal or a CI log, as the last step before it is written:
    /// line feeds and tabs stay (the output's own layout), every other control character is
    /// escaped, and ESC stays only where it starts a colour sequence (`ESC [ digits ; m`) and
    /// colour is on. Values inside the output are escaped where they are quoted; this is the net
    /// under them.
    package static func terminalSafe(_ text: String, keepingColor: Bool) -> String {
        if isPlain(text, allowingLayout: true) { return text }
        let scalars = Array(text.unicodeScalars)
        guard scalars.contains(where: { needsEscape($0) && $0 != "\n" && $0 != "\t" }) else { return text }
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\u{1B}", keepingColor, let end = colorSequenceEnd(scalars, from: index) {
                result.append(contentsOf: scalars[index...end])
                index = end + 1
                continue
            }
            if needsEscape(scalar), scalar != "\n", scalar != "\t" {
                result.append(contentsOf: escape(scalar).unicodeScalars)
            } else {
                result.append(scalar)
            }
            index += 1
        }
        return String(result)
    }

    /// The index of the `m` that ends the colour sequence starting at `start`, if it is one.
    private static func colorSequenceEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        guard start + 2 < scalars.count, scalars[start + 1] == "[" else { return nil }
        var index = start + 2
        while index < scalars.count, ("0"..."9").contains(scalars[index]) || scalars[index] == ";" { index += 1 }
        return index < scalars.count && scalars[index] == "m" ? index : nil
    }

    /// Whether `text` holds nothing to escape, from its bytes alone: no ASCII control (but line
    /// feeds and tabs when `allowingLayout`), no DEL, no C1 control (`C2 80`…`C2 9F`) and no
    /// bidirectional formatting character (`E2 80 8E`, `E2 80 8F`, `E2 80 AA`…`AE`, `E2 81 A6`…`A9`).
    /// Most text is plain, and a byte scan is much faster than decoding every scalar.
    private static func isPlain(_ text: String, allowingLayout: Bool = false) -> Bool {
        var text = text
        return text.withUTF8 { isPlain($0, allowingLayout: allowingLayout) }
    }

    /// Whether ``terminalSafe(_:keepingColor:)`` leaves the text of these valid UTF-8 bytes as it
    /// is, so that output made as bytes can be written without becoming a `String` first.
    package static func isTerminalSafe(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        isPlain(utf8, allowingLayout: true)
    }

    /// The same for a text's UTF-8 bytes.
    private static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>, allowingLayout: Bool) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var index = 0
        while index < bytes.count {
            // Sixteen or eight bytes that are all printable ASCII, as most of any output is, pass at
            // once; eight that are not (a line feed among them, say) are looked at one by one.
            if index + 16 <= bytes.count,
               nonPrintableBits(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                | nonPrintableBits(UnsafeRawPointer(base + index + 8).loadUnaligned(as: UInt64.self)) == 0 {
                index += 16
                continue
            }
            let end = min(index + 8, bytes.count)
            if end - index == 8, isPrintableASCII(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
                index = end
                continue
            }
            while index < end {
                let byte = base[index]
                if byte < 0x20 {
                    guard allowingLayout, byte == 0x0A || byte == 0x09 else { return false }
                } else if byte >= 0x7F, hiddenCharacter(in: bytes, at: index) != nil {
                    return false
                }
                index += 1
            }
        }
        return true
    }

    /// Whether every byte is printable ASCII (0x20 to 0x7E), eight at a time.
    package static func isPrintableASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var index = 0
        while index + 8 <= bytes.count {
            guard isPrintableASCII(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) else { return false }
            index += 8
        }
        while index < bytes.count {
            guard base[index] >= 0x20, base[index] < 0x7F else { return false }
            index += 1
        }
        return true
    }

    /// Whether each of the eight bytes of `word` is printable ASCII (0x20 to 0x7E): none has its
    /// high bit set, none is below 0x20, none is DEL. Scans of text use it to pass eight bytes at
    /// a time.
    package static func isPrintableASCII(_ word: UInt64) -> Bool {
        nonPrintableBits(word) == 0
    }

    /// Zero when each of the eight bytes of `word` is printable ASCII; else some high bits set.
    private static func nonPrintableBits(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        let below0x20 = (word &- ones &* 0x20) & ~word & highBits
        let del = word ^ (ones &* 0x7F)
        let isDEL = (del &- ones) & ~del & highBits
        return (word & highBits) | below0x20 | isDEL
    }

    /// The DEL, C1 control or bidirectional formatting character (the ones ``needsEscape(_:)``
    /// escapes above U+001F) that starts at `index` of the UTF-8 `bytes`: its scalar value and its
    /// length in bytes; `nil` when none starts there. Reads the bytes alone, without decoding.
    package static func hiddenCharacter(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int)? {
        let byte = bytes[index]
        if byte == 0x7F { return (0x7F, 1) }
        if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) {
            return (UInt32(bytes[index + 1]), 2)
        }
        guard byte == 0xE2, index + 2 < bytes.count else { return nil }
        let (second, third) = (bytes[index + 1], bytes[index + 2])
        let isBidi = second == 0x80 && (third == 0x8E || third == 0x8F || (0xAA...0xAE).contains(third))
            || second == 0x81 && (0xA6...0xA9).contains(third)
        guard isBidi else { return nil }
        return (0x2000 | UInt32(second & 0x3F) << 6 | UInt32(third & 0x3F), 3)
    }

    /// Whether a scalar is shown as an escape: C0 and C1 controls, DEL, and bidirectional
    /// formatting characters (which can make text read differently from what it is).
    package static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// `text` between single quotes, made as one string: appending it to a sentence once costs a
    /// third of appending the quotes and the text one by one.
    fileprivate static func inSingleQuotes(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count + 2) { buffer in
                buffer[0] = UInt8(ascii: "'")
                _ = UnsafeMutableBufferPointer(rebasing: buffer[1...]).initialize(from: bytes)
                buffer[bytes.count + 1] = UInt8(ascii: "'")
                return bytes.count + 2
            }
        }
    }

    private static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\n": "\\n"
        case "\r": "\\r"
        case "\t": "\\t"
        case "\u{1B}": "\\e"
        default: "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        }
    }
}

extension DefaultStringInterpolation {
    /// Appends `value` in single quotes, made safe with ``DisplayText/quoted(_:limit:)``:
    /// `"unknown channel \(quoted: name)"` gives `unknown channel 'emial'`.
    package mutating func appendInterpolation(quoted value: some CustomStringConvertible) {
        appendInterpolation(quoted: value.description)
    }

    /// Appends a string in single quotes, made safe with ``DisplayText/quoted(_:limit:)``: the
    /// same as for any value, without going through `description` and generic code (messages
    /// quote names by the thousand).
    package mutating func appendInterpolation(quoted value: String) {
        appendLiteral(DisplayText.inSingleQuotes(DisplayText.quoted(value)))
    }

    /// Appends a file path in single quotes, escaped and cut to ``DisplayText/pathLimit``.
    package mutating func appendInterpolation(quotedPath path: String) {
        appendLiteral(DisplayText.inSingleQuotes(DisplayText.quoted(path, limit: DisplayText.pathLimit)))
    }
}
