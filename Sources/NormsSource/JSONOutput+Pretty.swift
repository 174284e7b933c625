extension JSONOutput {
    /// Appends compact JSON indented by two spaces: the bytes of ``JSONValue/pretty`` for the value
    /// whose ``JSONValue/compact`` text `compact` is.
    ///
    /// `compact` must be JSON as this type writes it, with no white space outside strings; the
    /// bytes are re-laid in one pass, without reading them into a tree: a member or an item per
    /// line, `": "` after a key, and `{}` and `[]` for empty containers.
    public mutating func appendPretty(compact: [UInt8]) {
        bytes.reserveCapacity(bytes.count + compact.count * 2)
        compact.withUnsafeBufferPointer { json in
            var depth = 0
            var index = 0
            // Bytes from `copied` up to `index` are appended as one run when a break is written.
            var copied = 0
            func copy(through end: Int) {
                if end > copied { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: json[copied..<end])) }
                copied = end
            }
            func newline() {
                bytes.append(UInt8(ascii: "\n"))
                for _ in stride(from: 0, to: depth, by: 1) { appendRaw("  ") }
            }
            while index < json.count {
                switch json[index] {
                case UInt8(ascii: "\""):
                    // A string: skip to its closing quote; a backslash escapes the byte after it.
                    index += 1
                    while index < json.count, json[index] != UInt8(ascii: "\"") {
                        index += json[index] == UInt8(ascii: "\\") ? 2 : 1
                    }
                    index += 1
                case let open where open == UInt8(ascii: "{") || open == UInt8(ascii: "["):
                    // `}` and `]` are two past `{` and `[`: an empty container stays on its line.
                    if index + 1 < json.count, json[index + 1] == open + 2 {
                        index += 2
                        continue
                    }
                    index += 1
                    copy(through: index)
                    depth += 1
                    newline()
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    copy(through: index)
                    depth -= 1
                    newline()
                    index += 1
                case UInt8(ascii: ","):
                    index += 1
                    copy(through: index)
                    newline()
                case UInt8(ascii: ":"):
                    index += 1
                    copy(through: index)
                    bytes.append(UInt8(ascii: " "))
                default:
                    index += 1
                }
            }
            copy(through: json.count)
        }
    }
}
