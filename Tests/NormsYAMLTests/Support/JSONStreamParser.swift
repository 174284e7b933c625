/// Reads a stream of JSON values written one after another, as the test suite's `in.json`
/// files hold one value per YAML document.
struct JSONStreamParser {
    struct SyntaxError: Error, CustomStringConvertible {
        var offset: Int
        var description: String { "invalid JSON at byte \(offset)" }
    }

    private let bytes: [UInt8]
    private var offset = 0

    init(_ text: [UInt8]) {
        bytes = text
    }

    /// Every value in the stream, in order.
    static func values(in text: [UInt8]) throws -> [JSONValue] {
        var parser = JSONStreamParser(text)
        var values: [JSONValue] = []
        while true {
            parser.skipWhitespace()
            if parser.offset == parser.bytes.count { return values }
            values.append(try parser.value())
        }
    }

    private mutating func value() throws -> JSONValue {
        skipWhitespace()
        guard offset < bytes.count else { throw SyntaxError(offset: offset) }
        switch bytes[offset] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): return try literal("true", .bool(true))
        case UInt8(ascii: "f"): return try literal("false", .bool(false))
        case UInt8(ascii: "n"): return try literal("null", .null)
        default: return try number()
        }
    }

    private mutating func object() throws -> JSONValue {
        offset += 1
        var members: [String: JSONValue] = [:]
        skipWhitespace()
        if consume("}") { return .object(members) }
        repeat {
            skipWhitespace()
            let key = try string()
            skipWhitespace()
            guard consume(":") else { throw SyntaxError(offset: offset) }
            members[key] = try value()
            skipWhitespace()
        } while consume(",")
        guard consume("}") else { throw SyntaxError(offset: offset) }
        return .object(members)
    }

    private mutating func array() throws -> JSONValue {
        offset += 1
        var items: [JSONValue] = []
        skipWhitespace()
        if consume("]") { return .array(items) }
        repeat {
            items.append(try value())
            skipWhitespace()
        } while consume(",")
        guard consume("]") else { throw SyntaxError(offset: offset) }
        return .array(items)
    }

    private mutating func string() throws -> String {
        guard consume("\"") else { throw SyntaxError(offset: offset) }
        var scalars = String.UnicodeScalarView()
        var raw: [UInt8] = []
        func flush() {
            scalars.append(contentsOf: String(decoding: raw, as: UTF8.self).unicodeScalars)
            raw.removeAll()
        }
        while offset < bytes.count {
            let byte = bytes[offset]
            offset += 1
            if byte == UInt8(ascii: "\"") {
                flush()
                return String(scalars)
            }
            guard byte == UInt8(ascii: "\\") else {
                raw.append(byte)
                continue
            }
            flush()
            scalars.append(try escape())
        }
        throw SyntaxError(offset: offset)
    }

    private mutating func escape() throws -> Unicode.Scalar {
        guard offset < bytes.count else { throw SyntaxError(offset: offset) }
        let letter = bytes[offset]
        offset += 1
        switch letter {
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "u"):
            var value = try hexQuad()
            if (0xD800...0xDBFF).contains(value), consume("\\"), consume("u") {
                value = 0x10000 + ((value - 0xD800) << 10) + (try hexQuad() - 0xDC00)
            }
            guard let scalar = Unicode.Scalar(value) else { throw SyntaxError(offset: offset) }
            return scalar
        default: return Unicode.Scalar(letter)
        }
    }

    private mutating func hexQuad() throws -> UInt32 {
        guard offset + 4 <= bytes.count,
              let value = UInt32(String(decoding: bytes[offset ..< offset + 4], as: UTF8.self), radix: 16)
        else { throw SyntaxError(offset: offset) }
        offset += 4
        return value
    }

    private mutating func number() throws -> JSONValue {
        let start = offset
        while offset < bytes.count, "+-0123456789.eE".utf8.contains(bytes[offset]) { offset += 1 }
        guard let value = Double(String(decoding: bytes[start ..< offset], as: UTF8.self)) else {
            throw SyntaxError(offset: start)
        }
        return .number(value)
    }

    private mutating func literal(_ word: String, _ value: JSONValue) throws -> JSONValue {
        guard bytes[offset...].starts(with: word.utf8) else { throw SyntaxError(offset: offset) }
        offset += word.utf8.count
        return value
    }

    private mutating func consume(_ character: Character) -> Bool {
        guard offset < bytes.count, bytes[offset] == character.asciiValue else { return false }
        offset += 1
        return true
    }

    private mutating func skipWhitespace() {
        while offset < bytes.count, " \t\r\n".utf8.contains(bytes[offset]) { offset += 1 }
    }
}
