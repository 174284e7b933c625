import NormsSource

/// A sequence or mapping whose end event has not come yet.
struct OpenCollection {
    /// `nil` for a sequence. Kept apart from `items` so that appends mutate in place.
    private var mapping: MappingBuilder?
    private var items: [YAMLNode] = []
    private let tag: String?
    private let isFlow: Bool
    private let start: SourcePosition
    private var lastChildEnd: SourcePosition?
    /// The anchor written on the collection, registered once it is complete.
    let anchor: String?
    /// The node count before this collection was counted, so its size is the count's growth.
    let nodeCountBefore: Int
    /// The greatest height among the children: 0 when all are scalars.
    private(set) var childHeight = 0

    init(isMapping: Bool, tag: String?, anchor: String?, isFlow: Bool, start: SourcePosition, nodeCountBefore: Int) {
        self.mapping = isMapping ? MappingBuilder() : nil
        self.tag = tag
        self.anchor = anchor
        self.isFlow = isFlow
        self.start = start
        self.nodeCountBefore = nodeCountBefore
    }

    /// Adds a finished child node of the given height.
    mutating func append(_ node: YAMLNode, height: Int) throws(YAMLError) {
        childHeight = max(childHeight, height)
        lastChildEnd = node.span.end
        if mapping != nil {
            try mapping?.append(node)
        } else {
            items.append(node)
        }
    }

    /// The finished node. A flow collection ends after its closing bracket; a block one after
    /// its last child, not at libyaml's end mark, which comes after trailing comments and blank lines.
    func finish(endEvent: SourceSpan) -> YAMLNode {
        let end = isFlow ? endEvent.end : (lastChildEnd ?? endEvent.start)
        let span = SourceSpan(file: endEvent.file, start: start, end: end)
        let content: YAMLNode.Content = if let mapping { .mapping(mapping.build()) } else { .sequence(items) }
        return YAMLNode(content, span: span, tag: tag)
    }
}
