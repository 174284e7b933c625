/// A node's content and tags packed into 20 bytes, so that a node with its span takes 64 bytes
/// rather than 80: a large document is hundreds of thousands of nodes, all alive at once at the
/// end of parsing.
///
/// A scalar keeps its text and, in three bytes, its style and both tags (the scalar's and the
/// node's) as indexes of accepted tags (see ``StoredTag``). A node with any other tag, which the
/// loader rejects but a node made by hand may carry, keeps its content and tag boxed as given.
enum NodeStorage: Sendable {
    /// The style and the indexes of the scalar's and the node's accepted tags.
    struct ScalarTraits: Sendable {
        var style: ScalarStyle
        var scalarTag: UInt8
        var nodeTag: UInt8
    }

    case scalar(String, ScalarTraits)
    case sequence([YAMLNode], tag: UInt8)
    case mapping(YAMLMapping, tag: UInt8)
    indirect case unusual(YAMLNode.Content, tag: String?)

    init(_ content: YAMLNode.Content, tag: String?) {
        guard let nodeTag = StoredTag.acceptedIndex(of: tag) else {
            self = .unusual(content, tag: tag)
            return
        }
        switch content {
        case .scalar(let scalar):
            guard case .accepted(let scalarTag) = scalar.storedTag else {
                self = .unusual(content, tag: tag)
                return
            }
            self = .scalar(scalar.value, ScalarTraits(style: scalar.style, scalarTag: scalarTag, nodeTag: nodeTag))
        case .sequence(let items):
            self = .sequence(items, tag: nodeTag)
        case .mapping(let mapping):
            self = .mapping(mapping, tag: nodeTag)
        }
    }

    var content: YAMLNode.Content {
        switch self {
        case .scalar(let text, let traits):
            .scalar(YAMLScalar(value: text, style: traits.style, storedTag: .accepted(traits.scalarTag)))
        case .sequence(let items, _): .sequence(items)
        case .mapping(let mapping, _): .mapping(mapping)
        case .unusual(let content, _): content
        }
    }

    /// The node's own tag.
    var tag: String? {
        switch self {
        case .scalar(_, let traits): StoredTag.acceptedTag(at: traits.nodeTag)
        case .sequence(_, let tag), .mapping(_, let tag): StoredTag.acceptedTag(at: tag)
        case .unusual(_, let tag): tag
        }
    }

    /// A scalar's text when it resolves to a string (what ``YAMLScalar/string`` gives); for a
    /// scalar without a tag that cannot be anything but a string, without making its ``YAMLScalar``.
    var string: String? {
        if case .scalar(let text, let traits) = self, traits.scalarTag == 0,
           traits.style != .plain || !ResolvedScalar.mayBeTyped(text) {
            return text
        }
        guard case .scalar(let scalar) = content else { return nil }
        return scalar.string
    }

    /// A scalar's text, without making its ``YAMLScalar``.
    var scalarText: String? {
        switch self {
        case .scalar(let text, _): text
        case .unusual(.scalar(let scalar), _): scalar.value
        default: nil
        }
    }
}
