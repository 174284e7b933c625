/// A scalar's text, how it was written, and its value under the YAML 1.2 core schema.
public struct YAMLScalar: Sendable, Equatable {
    /// The scalar's text after YAML's own processing (escapes, folding), before typing.
    public var value: String
    /// How the scalar was written: plain, quoted, literal or folded.
    public var style: ScalarStyle
    /// The explicit tag, expanded, or `nil` for none (`!` counts as a non-specific tag: string).
    public var tag: String? {
        get { storedTag.text }
        set { storedTag = StoredTag(newValue) }
    }
    private(set) var storedTag: StoredTag

    /// A scalar with the given text, style and expanded tag.
    public init(value: String, style: ScalarStyle, tag: String? = nil) {
        self.init(value: value, style: style, storedTag: StoredTag(tag))
    }

    init(value: String, style: ScalarStyle, storedTag: StoredTag) {
        self.value = value
        self.style = style
        self.storedTag = storedTag
    }

    /// The typed value: plain untagged scalars resolve by the YAML 1.2 core schema only
    /// (`true`/`false`, `null`/`~`/empty, integers, floats); quoted and block scalars are strings;
    /// `yes`, `no`, `on`, `off` and `09:00` stay strings.
    public var resolved: ResolvedScalar {
        ResolvedScalar.resolve(self)
    }

    /// The text when it resolves to a string.
    public var string: String? {
        if case .string(let text) = resolved { return text }
        return nil
    }
}

/// How a scalar was written.
public enum ScalarStyle: String, Sendable, Equatable, CaseIterable {
    case plain
    case singleQuoted
    case doubleQuoted
    case literal
    case folded
}

/// A scalar's value under the YAML 1.2 core schema.
public enum ResolvedScalar: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case float(Double)
    case string(String)

    /// "a string", "an integer", … for messages.
    public var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .int: "an integer"
        case .float: "a number"
        case .string: "a string"
        }
    }
}
