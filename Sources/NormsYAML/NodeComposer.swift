import NormsSource

/// Builds node trees from parser events, enforcing the limits and the rules on tags, aliases
/// and keys.
///
/// It keeps no recursion: open collections live on an explicit stack. Every node is counted as
/// it is made; an alias counts the whole subtree it stands for, from the size recorded when
/// its anchor's node was finished, before anything is copied, so an alias bomb is stopped
/// without expanding it. Copies are cheap anyway: node arrays are shared until changed.
///
/// The children of every open collection wait in one list, so a collection's array is made once,
/// at its end, with exactly its number of children.
struct NodeComposer {
    /// The node an anchor name stands for: the latest one written with that name, which may be
    /// a collection still open (an alias to it would be a cycle).
    private enum Anchor {
        case open
        /// A finished node, with what an alias to it adds to the count and to the nesting.
        case finished(node: YAMLNode, size: Int, height: Int)
    }

    private let limits: YAMLLimits
    private var stack: [OpenCollection] = []
    /// The tag and anchor of each open collection that has either, innermost last.
    private var openProperties: [ParserEvent.Properties] = []
    /// The index of the keys of each open mapping that has one, innermost last.
    private var keyIndexes: [MappingKeys.KeyIndex] = []
    /// The finished children of every open collection, innermost collection's last.
    private let children = NodeStack()
    private var anchors: [String: Anchor] = [:]
    private var nodeCount = 0

    init(limits: YAMLLimits) {
        self.limits = limits
    }

    /// Forgets the previous document's anchors: aliases do not reach across documents.
    mutating func beginDocument() {
        anchors.removeAll()
    }

    /// Adds a scalar, whose tag is the node's too; returns it when it is the document's root.
    mutating func addScalar(_ value: consuming String, style: ScalarStyle, tag: String?, anchor: String?,
                            span: SourceSpan) throws(YAMLError) -> YAMLNode? {
        try count(1, at: span)
        let storage: NodeStorage
        if let tag {
            let scalar = YAMLScalar(value: value, style: style, tag: tag)
            try CoreTags.check(scalar, at: span)
            storage = NodeStorage(.scalar(scalar), tag: tag)
        } else {
            // Most scalars have no tag: stored as they are, without making a `YAMLScalar` first.
            storage = .scalar(value, NodeStorage.ScalarTraits(style: style, scalarTag: 0, nodeTag: 0))
        }
        let node = YAMLNode(storage: storage, span: span)
        if let anchor { anchors[anchor] = .finished(node: node, size: 1, height: 0) }
        return try attach(node, height: 0)
    }

    /// Adds a copy of the node an alias names, with the alias's span; returns it when it is the root.
    mutating func addAlias(_ name: String, span: SourceSpan) throws(YAMLError) -> YAMLNode? {
        guard let anchor = anchors[name] else { throw YAMLError(.unknownAlias(name), at: span) }
        guard case .finished(var node, let size, let height) = anchor else {
            throw YAMLError(.recursiveAlias(name), at: span)
        }
        guard stack.count + height <= limits.maxDepth else { throw YAMLError(.tooDeep(limit: limits.maxDepth), at: span) }
        try count(size, at: span)
        node.span = span
        return try attach(node, height: height)
    }

    /// Opens a sequence or mapping.
    mutating func startCollection(isMapping: Bool, properties: ParserEvent.Properties, isFlow: Bool,
                                  span: SourceSpan) throws(YAMLError) {
        guard stack.count < limits.maxDepth else { throw YAMLError(.tooDeep(limit: limits.maxDepth), at: span) }
        let countBefore = nodeCount
        try count(1, at: span)
        try CoreTags.checkCollection(tag: properties.tag, isMapping: isMapping, at: span)
        if let anchor = properties.anchor { anchors[anchor] = .open }
        let hasProperties = properties.tag != nil || properties.anchor != nil
        if hasProperties { openProperties.append(properties) }
        stack.append(OpenCollection(isMapping: isMapping, hasProperties: hasProperties, isFlow: isFlow, start: span.start,
                                    nodeCountBefore: countBefore, firstChild: children.count))
    }

    /// Closes the innermost sequence or mapping; returns it when it is the root.
    mutating func endCollection(span: SourceSpan) throws(YAMLError) -> YAMLNode? {
        guard let collection = stack.popLast() else { return nil }
        let properties = collection.hasProperties ? openProperties.removeLast() : ParserEvent.Properties()
        if collection.hasKeyIndex { keyIndexes.removeLast() }
        // Most collections have no tag: their storage is made without looking a tag up.
        let storage: NodeStorage
        if collection.isMapping {
            let entries = children.takeEntries(from: collection.firstChild)
            let mapping = YAMLMapping(entries: collection.hasMerges ? MappingKeys.applyingMerges(entries) : entries)
            storage = properties.tag == nil ? .mapping(mapping, tag: 0) : NodeStorage(.mapping(mapping), tag: properties.tag)
        } else {
            let items = children.takeNodes(from: collection.firstChild)
            storage = properties.tag == nil ? .sequence(items, tag: 0) : NodeStorage(.sequence(items), tag: properties.tag)
        }
        let node = YAMLNode(storage: storage, span: collection.span(endEvent: span))
        let height = collection.childHeight + 1
        if let anchor = properties.anchor {
            anchors[anchor] = .finished(node: node, size: nodeCount - collection.nodeCountBefore, height: height)
        }
        return try attach(node, height: height)
    }

    private mutating func count(_ nodes: Int, at span: SourceSpan) throws(YAMLError) {
        guard nodes <= limits.maxNodes - nodeCount else { throw YAMLError(.tooManyNodes(limit: limits.maxNodes), at: span) }
        nodeCount += nodes
    }

    /// Hands a finished node to the collection that holds it, or returns it as the root.
    private mutating func attach(_ node: consuming YAMLNode, height: Int) throws(YAMLError) -> YAMLNode? {
        guard !stack.isEmpty else { return node }
        let top = stack.count - 1
        stack[top].childHeight = max(stack[top].childHeight, height)
        stack[top].lastChildEnd = node.span.end
        if stack[top].isMapping {
            if (children.count - stack[top].firstChild) % 2 == 0 {
                try MappingKeys.check(node, in: &stack[top], keyIndexes: &keyIndexes, children: children.nodes)
            } else if stack[top].expectsMergeValue {
                stack[top].expectsMergeValue = false
                try MappingKeys.checkMergeValue(node)
            }
        }
        children.append(node)
        return nil
    }
}
