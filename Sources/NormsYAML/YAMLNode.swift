import NormsSource

/// One node of a YAML document, with the span it was read from.
///
/// Aliases are already resolved (an alias yields a copy of its anchor's node, with the alias's
/// own span) and merge keys (`<<`) already applied. Equality ignores spans.
public struct YAMLNode: Sendable, Equatable, CustomStringConvertible {
    /// What the node holds.
    public enum Content: Sendable, Equatable {
        case scalar(YAMLScalar)
        case sequence([YAMLNode])
        case mapping(YAMLMapping)
    }

    /// What the node holds.
    public var content: Content {
        get { storage.content }
        set { storage = NodeStorage(newValue, tag: storage.tag) }
    }
    /// From the first character of the node to just after its last.
    public var span: SourceSpan
    /// The explicit tag, expanded (`tag:yaml.org,2002:str` for `!!str`), or `nil`.
    public var tag: String? {
        get { storage.tag }
        set { storage = NodeStorage(storage.content, tag: newValue) }
    }
    private(set) var storage: NodeStorage

    /// A node with the given content, span and expanded tag.
    public init(_ content: Content, span: SourceSpan, tag: String? = nil) {
        self.init(storage: NodeStorage(content, tag: tag), span: span)
    }

    init(storage: NodeStorage, span: SourceSpan) {
        self.storage = storage
        self.span = span
    }

    public static func == (lhs: YAMLNode, rhs: YAMLNode) -> Bool {
        lhs.content == rhs.content && lhs.tag == rhs.tag
    }

    // MARK: - Access

    /// The scalar, when this node is one.
    public var scalar: YAMLScalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    /// The items, when this node is a sequence.
    public var sequence: [YAMLNode]? {
        switch storage {
        case .sequence(let items, _): items
        case .unusual(.sequence(let items), _): items
        default: nil
        }
    }

    /// The mapping, when this node is one.
    public var mapping: YAMLMapping? {
        switch storage {
        case .mapping(let mapping, _): mapping
        case .unusual(.mapping(let mapping), _): mapping
        default: nil
        }
    }

    /// The text of a scalar that resolves to a string, as `scalar?.string` gives it, read without
    /// copying the node.
    package var stringValue: String? { storage.string }

    /// The text of a scalar key (or any scalar), whatever type it resolves to; `nil` for a
    /// sequence or mapping.
    package var keyText: String? { storage.scalarText }

    /// The value under a string key, when this node is a mapping that has it.
    public subscript(key: String) -> YAMLNode? {
        mapping?[key]
    }

    /// What the node is, with its article, for messages ("expected a mapping, found a sequence"):
    /// `a sequence`, `a mapping`, or a scalar's resolved type (`a string`, `an integer`, `null`, …).
    public var kindName: String {
        switch content {
        case .scalar(let scalar): scalar.resolved.typeName
        case .sequence: "a sequence"
        case .mapping: "a mapping"
        }
    }

    public var description: String {
        switch content {
        case .scalar(let scalar): scalar.value
        case .sequence(let items): "[" + items.map(\.description).joined(separator: ", ") + "]"
        case .mapping(let mapping):
            "{" + mapping.entries.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + "}"
        }
    }
}
