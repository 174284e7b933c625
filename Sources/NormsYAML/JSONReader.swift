import NormsSource

/// Reads JSON text (RFC 8259) into the same positioned ``YAMLNode`` trees ``YAMLLoader`` builds,
/// without libyaml: the fast path for `norms check --batch`, where every line is one JSON message.
///
/// The nodes are those YAML would give for the same text, since JSON is YAML 1.2: a string is a
/// double-quoted scalar (always a string), a number, `true`, `false` or `null` is a plain scalar
/// that the core schema types, an array is a sequence and an object a mapping in the order written.
/// Every node and key has its span: 1-based line, column in Unicode scalars, and the UTF-8 byte
/// offset from the start of the input, all counted from the `start` the caller gives, so a line
/// read from the middle of a file keeps the file's own positions.
///
/// The input is held to the same rules as a YAML file before it is parsed: UTF-8 only, no NUL, no
/// control character but tab, line feed and carriage return, no C1 control but NEL, no U+FFFE or
/// U+FFFF. Beyond RFC 8259 it rejects duplicate keys (as YAML does) and nesting deeper than
/// `maxDepth`. Every error is a ``JSONError`` with a position.
public struct JSONReader: Sendable {
    /// The deepest nesting of arrays and objects.
    public var maxDepth: Int

    /// A reader with the given depth limit (by default the YAML loader's, 256).
    public init(maxDepth: Int = YAMLLimits.default.maxDepth) {
        self.maxDepth = maxDepth
    }

    /// Reads one JSON value from `bytes`.
    /// - Parameters:
    ///   - bytes: the text; whitespace may surround the value.
    ///   - file: the path or label spans name.
    ///   - start: the position of `bytes`' first byte in `file`.
    /// - Returns: the value's node, or `nil` when the text is empty or only whitespace.
    /// - Throws: ``JSONError`` at the first problem.
    public func read(
        _ bytes: UnsafeBufferPointer<UInt8>, file: String, start: SourcePosition = SourcePosition(line: 1, column: 1, offset: 0)
    ) throws(JSONError) -> YAMLNode? {
        var parser = JSONParser(bytes: bytes, file: file, start: start, maxDepth: maxDepth)
        try parser.checkEncoding()
        parser.skipWhitespace()
        guard !parser.isAtEnd else { return nil }
        let node = try parser.value(depth: 0)
        parser.skipWhitespace()
        guard parser.isAtEnd else { throw parser.unexpected(expected: "the end of the text after the value") }
        return node
    }

    /// Reads the JSON value of a whole file; a UTF-8 byte-order mark at its start is skipped.
    /// - Returns: the value's node, or `nil` when the file is empty or only whitespace.
    /// - Throws: ``JSONError`` at the first problem.
    public func read(_ source: SourceFile) throws(JSONError) -> YAMLNode? {
        let skip = source.bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        return try source.bytes.withUnsafeBufferPointer { (pointer) throws(JSONError) -> YAMLNode? in
            try read(UnsafeBufferPointer(rebasing: pointer[skip...]), file: source.path,
                     start: SourcePosition(line: 1, column: 1, offset: skip))
        }
    }
}

/// The state of one read: the bytes, where the reader is, and the column count so far.
///
/// Shared in the package so that a reader of one known shape (a batch line's message) can read
/// straight from the bytes with the same positions, without building nodes.
package struct JSONParser {
    package let bytes: UnsafeBufferPointer<UInt8>
    let file: String
    let maxDepth: Int
    /// The offset in the file of `bytes[0]`.
    let baseOffset: Int
    package var index = 0
    var line: Int
    /// The column at `columnIndex`; positions are asked for in increasing order, so counting
    /// continues from the last one and the whole read counts each byte once.
    var column: Int
    var columnIndex = 0
    /// The column of `bytes[0]`.
    let firstColumn: Int
    /// Set by ``checkEncoding()`` when the text is ASCII on one line (a batch line, usually): a
    /// byte's column is then its index plus ``firstColumn``, with nothing to count.
    var isOneASCIILine = false

    package init(bytes: UnsafeBufferPointer<UInt8>, file: String, start: SourcePosition, maxDepth: Int) {
        self.bytes = bytes
        self.file = file
        self.maxDepth = maxDepth
        self.baseOffset = start.offset
        self.line = start.line
        self.column = start.column
        self.firstColumn = start.column
    }

    package var isAtEnd: Bool { index >= bytes.count }

    /// The position of `bytes[at]`, which must not come before the last position asked for.
    package mutating func position(_ at: Int) -> SourcePosition {
        if isOneASCIILine { return SourcePosition(line: line, column: firstColumn + at, offset: baseOffset + at) }
        var cursor = columnIndex
        var count = column
        while cursor < at {
            if bytes[cursor] & 0xC0 != 0x80 { count += 1 }
            cursor += 1
        }
        columnIndex = at
        column = count
        return SourcePosition(line: line, column: count, offset: baseOffset + at)
    }

    package mutating func span(from start: SourcePosition) -> SourceSpan {
        SourceSpan(file: file, start: start, end: position(index))
    }

    /// The span between two positions found earlier.
    package func span(from start: SourcePosition, to end: SourcePosition) -> SourceSpan {
        SourceSpan(file: file, start: start, end: end)
    }

    package mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D: index += 1
            case 0x0A:
                index += 1
                line += 1
                column = 1
                columnIndex = index
            default: return
            }
        }
    }

    // MARK: - Values

    mutating func value(depth: Int) throws(JSONError) -> YAMLNode {
        guard index < bytes.count else { throw unexpected(expected: "a value") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try object(depth: depth + 1)
        case UInt8(ascii: "["): return try array(depth: depth + 1)
        case UInt8(ascii: "\""):
            let start = position(index)
            let text = try string()
            return YAMLNode(.scalar(YAMLScalar(value: text, style: .doubleQuoted)), span: span(from: start))
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        case UInt8(ascii: "t"): return try literal("true")
        case UInt8(ascii: "f"): return try literal("false")
        case UInt8(ascii: "n"): return try literal("null")
        default: throw unexpected(expected: "a value")
        }
    }

    private mutating func object(depth: Int) throws(JSONError) -> YAMLNode {
        let start = position(index)
        guard depth <= maxDepth else { throw JSONError(.tooDeep(limit: maxDepth), at: SourceSpan(file: file, at: start)) }
        index += 1
        var entries: [YAMLMapping.Entry] = []
        // The keys so far, for the duplicate check: a list while short, then a table, so that the
        // check stays linear however many keys there are.
        var keys: [String] = []
        var seen: [String: Int] = [:]
        // A message has about ten fields: one allocation each, instead of four as the arrays grow.
        entries.reserveCapacity(12)
        keys.reserveCapacity(12)
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return YAMLNode(.mapping(YAMLMapping(entries: entries)), span: span(from: start))
        }
        while true {
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw unexpected(expected: "a key in double quotes") }
            let keyStart = position(index)
            let key = try string()
            let keyNode = YAMLNode(.scalar(YAMLScalar(value: key, style: .doubleQuoted)), span: span(from: keyStart))
            if let first = keys.count <= 8 ? keys.firstIndex(of: key) : seen[key] {
                throw JSONError(.duplicateKey(key: key, first: entries[first].key.span), at: keyNode.span)
            }
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw unexpected(expected: "':' after the key") }
            index += 1
            skipWhitespace()
            let item = try value(depth: depth)
            keys.append(key)
            if keys.count == 9 {
                for (offset, name) in keys.enumerated() { seen[name] = offset }
            } else if keys.count > 9 {
                seen[key] = keys.count - 1
            }
            entries.append(YAMLMapping.Entry(key: keyNode, value: item))
            skipWhitespace()
            guard index < bytes.count else { throw unexpected(expected: "',' or '}'") }
            switch bytes[index] {
            case UInt8(ascii: ","):
                index += 1
                skipWhitespace()
            case UInt8(ascii: "}"):
                index += 1
                return YAMLNode(.mapping(YAMLMapping(entries: entries)), span: span(from: start))
            default: throw unexpected(expected: "',' or '}'")
            }
        }
    }

    private mutating func array(depth: Int) throws(JSONError) -> YAMLNode {
        let start = position(index)
        guard depth <= maxDepth else { throw JSONError(.tooDeep(limit: maxDepth), at: SourceSpan(file: file, at: start)) }
        index += 1
        var items: [YAMLNode] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return YAMLNode(.sequence(items), span: span(from: start))
        }
        while true {
            items.append(try value(depth: depth))
            skipWhitespace()
            guard index < bytes.count else { throw unexpected(expected: "',' or ']'") }
            switch bytes[index] {
            case UInt8(ascii: ","):
                index += 1
                skipWhitespace()
            case UInt8(ascii: "]"):
                index += 1
                return YAMLNode(.sequence(items), span: span(from: start))
            default: throw unexpected(expected: "',' or ']'")
            }
        }
    }

    private mutating func literal(_ word: StaticString) throws(JSONError) -> YAMLNode {
        let start = position(index)
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count,
              (0..<count).allSatisfy({ bytes[index + $0] == word.utf8Start[$0] }) else { throw unexpected(expected: "a value") }
        index += count
        return YAMLNode(.scalar(YAMLScalar(value: word.description, style: .plain)), span: span(from: start))
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [-+]? [0-9]+)?`, kept as its text: the core schema
    /// types it as an integer or a float, as it would in a YAML file.
    private mutating func number() throws(JSONError) -> YAMLNode {
        let first = index
        let start = position(index)
        func digits() -> Int {
            let from = index
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
            return index - from
        }
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        var valid: Bool
        if index < bytes.count, bytes[index] == UInt8(ascii: "0") {
            index += 1
            valid = digits() == 0   // no leading zeros: `0` alone, or `0.5`
        } else {
            valid = digits() > 0
        }
        if valid, index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            valid = digits() > 0
        }
        if valid, index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            valid = digits() > 0
        }
        // A number runs to the next delimiter, so `12abc` is reported whole.
        while index < bytes.count, !Self.isDelimiter(bytes[index]) {
            index += 1
            valid = false
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[first..<index]), as: UTF8.self)
        guard valid else {
            throw JSONError(.malformed("invalid number '\(text)'",
                                       help: "write a number as JSON does: no leading zeros or '+', digits on both sides of '.'"),
                            at: span(from: start))
        }
        return YAMLNode(.scalar(YAMLScalar(value: text, style: .plain)), span: span(from: start))
    }

    private static func isDelimiter(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: ":"): true
        default: false
        }
    }

    // MARK: - Errors

    /// A syntax error at the current byte: what was expected, and what is there.
    mutating func unexpected(expected: String) -> JSONError {
        let found: String
        if index >= bytes.count {
            found = "the end of the text"
        } else {
            // The whole character, so that a misplaced `é` is shown as `é`.
            var end = index + 1
            while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
            let character = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
            found = character == "'" ? "\"'\"" : "'\(character)'"
        }
        return JSONError(.syntax(expected: expected, found: found), at: SourceSpan(file: file, at: position(index)))
    }
}
