/// A JSON value whose objects keep their keys in the order written, for stable, readable output.
///
/// `null` is written explicitly: contract fields that do not apply appear as `null`, never absent.
public indirect enum JSONValue: Sendable, Equatable, ExpressibleByStringLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByIntegerLiteral, ExpressibleByNilLiteral
{
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(nilLiteral: ()) { self = .null }

    /// A string, or `null` for `nil`.
    public static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.int(let a), .int(let b)): a == b
        case (.double(let a), .double(let b)): a == b
        case (.int(let a), .double(let b)), (.double(let b), .int(let a)): Double(a) == b
        case (.string(let a), .string(let b)): a == b
        case (.array(let a), .array(let b)): a == b
        case (.object(let a), .object(let b)):
            a.count == b.count && a.allSatisfy { key, value in b.first { $0.0 == key }?.1 == value }
        default: false
        }
    }

    /// The value under `key`, when this is an object.
    public subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members.first { $0.0 == key }?.1 }
        return nil
    }

    /// The object with `"version": version` as its last member, for a command's JSON output, whose
    /// documented shape (a schema in `schema/`) the version names; any other value is returned as is.
    /// Last, so that the text of every member before it is what it was before versions.
    public func versioned(_ version: Int) -> JSONValue {
        guard case .object(let members) = self else { return self }
        return .object(members + [("version", .int(version))])
    }

    /// Compact JSON on one line.
    public var compact: String {
        var output = JSONOutput()
        write(to: &output)
        return String(decoding: output.bytes, as: UTF8.self)
    }

    /// JSON indented by two spaces (``JSONOutput/appendPretty(compact:)``).
    public var pretty: String {
        var compact = JSONOutput()
        write(to: &compact)
        var output = JSONOutput()
        output.appendPretty(compact: compact.bytes)
        return String(decoding: output.bytes, as: UTF8.self)
    }

    /// Appends the value as compact JSON, the bytes of ``compact``.
    public func appendCompact(to output: inout JSONOutput) {
        write(to: &output)
    }

    private func write(to output: inout JSONOutput) {
        switch self {
        case .null: output.appendRaw("null")
        case .bool(let value): output.appendBool(value)
        case .int(let value): output.appendInt(value)
        case .double(let value):
            if value.isFinite { output.appendRaw(Array(String(value).utf8)) } else { output.appendRaw("null") }
        case .string(let value): output.appendString(value)
        case .array(let items):
            output.appendRaw("[")
            for (index, item) in items.enumerated() {
                if index > 0 { output.appendRaw(",") }
                item.write(to: &output)
            }
            output.appendRaw("]")
        case .object(let members):
            output.appendRaw("{")
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { output.appendRaw(",") }
                output.appendString(key)
                output.appendRaw(":")
                value.write(to: &output)
            }
            output.appendRaw("}")
        }
    }
}
