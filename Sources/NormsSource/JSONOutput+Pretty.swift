#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension JSONOutput {
    /// Appends compact JSON indented by two spaces: the bytes of ``JSONValue/pretty`` for the value
    /// whose ``JSONValue/compact`` text `compact` is.
    ///
    /// `compact` must be JSON as this type writes it, with no white space outside strings; the
    /// bytes are re-laid in one pass, without reading them into a tree: a member or an item per
    /// line, `": "` after a key, and `{}` and `[]` for empty containers.
    public mutating func appendPretty(compact: [UInt8]) {
        compact.withUnsafeBufferPointer { json in
            var depth = 0
            var index = 0
            // The bytes from `copied` to `index` are appended as one run when a break is written.
            var copied = 0
            while index < json.count {
                let byte = json[index]
                if byte == UInt8(ascii: "\"") {
                    index = Self.end(ofStringAt: index, in: json)
                    continue
                }
                // Every structural byte is one of `,:[]{}`; anything else (a number, `true`, ...) is copied.
                guard byte == UInt8(ascii: ",") || byte == UInt8(ascii: ":") || byte | 0x20 == UInt8(ascii: "{")
                        || byte | 0x20 == UInt8(ascii: "}") else {
                    index += 1
                    continue
                }
                let isClose = byte | 0x20 == UInt8(ascii: "}")
                if byte | 0x20 == UInt8(ascii: "{"), index + 1 < json.count, json[index + 1] == byte + 2 {
                    // `}` and `]` are two past `{` and `[`: an empty container stays on its line.
                    index += 2
                    continue
                }
                // The run so far; a closing bracket goes after its line break, anything else before.
                let end = isClose ? index : index + 1
                appendRaw(UnsafeBufferPointer(rebasing: json[copied..<end]))
                copied = end
                index += 1
                if byte == UInt8(ascii: ":") {
                    appendByte(UInt8(ascii: " "))
                    continue
                }
                if isClose { depth -= 1 } else if byte != UInt8(ascii: ",") { depth += 1 }
                appendByte(UInt8(ascii: "\n"))
                var spaces = 2 * depth
                while spaces > 0 {
                    let run = min(spaces, Self.indentation.utf8CodeUnitCount)
                    appendRaw(UnsafeBufferPointer(start: Self.indentation.utf8Start, count: run))
                    spaces -= run
                }
            }
            if json.count > copied { appendRaw(UnsafeBufferPointer(rebasing: json[copied...])) }
        }
    }

    /// The index after the closing quote of the string whose opening quote is at `start`. A quote
    /// closes the string unless an odd number of backslashes comes before it.
    private static func end(ofStringAt start: Int, in json: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = json.baseAddress else { return json.count }
        var index = start + 1
        while index < json.count {
            guard let found = memchr(base + index, Int32(UInt8(ascii: "\"")), json.count - index) else { return json.count }
            let quote = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            var backslashes = 0
            while quote - backslashes - 1 > start, json[quote - backslashes - 1] == UInt8(ascii: "\\") { backslashes += 1 }
            index = quote + 1
            if backslashes % 2 == 0 { return index }
        }
        return json.count
    }

    /// Spaces to indent with, taken a run at a time.
    private static let indentation: StaticString = "                                                                "
}
