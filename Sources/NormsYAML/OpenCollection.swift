import NormsSource

/// A sequence or mapping whose end event has not come yet.
///
/// Its children wait in the ``NodeComposer``'s one list of children, from ``firstChild`` on (a
/// mapping's alternate key, value, key, value), so that no collection grows an array of its own:
/// when it ends, its children move into an array of exactly their number.
struct OpenCollection {
    let isMapping: Bool
    let tag: String?
    let isFlow: Bool
    let start: SourcePosition
    /// The anchor written on the collection, registered once it is complete.
    let anchor: String?
    /// The node count before this collection was counted, so its size is the count's growth.
    let nodeCountBefore: Int
    /// Where its children start in the composer's list.
    let firstChild: Int
    /// The greatest height among the children: 0 when all are scalars.
    var childHeight = 0
    var lastChildEnd: SourcePosition?
    /// A mapping's keys by identity, with their places in the composer's list, once it has too
    /// many keys to compare one by one (see ``MappingKeys/hashingThreshold``).
    var keyIndex: [MappingKeys.KeyIdentity: Int]?
    /// Whether the mapping has a merge key (`<<`), to apply when it ends.
    var hasMerges = false
    /// Whether the next child is the value of a merge key, which must be mappings.
    var expectsMergeValue = false

    init(isMapping: Bool, tag: String?, anchor: String?, isFlow: Bool, start: SourcePosition, nodeCountBefore: Int,
         firstChild: Int) {
        self.isMapping = isMapping
        self.tag = tag
        self.anchor = anchor
        self.isFlow = isFlow
        self.start = start
        self.nodeCountBefore = nodeCountBefore
        self.firstChild = firstChild
    }

    /// The finished node's span. A flow collection ends after its closing bracket; a block one
    /// after its last child, not at libyaml's end mark, which comes after trailing comments and
    /// blank lines.
    func span(endEvent: SourceSpan) -> SourceSpan {
        let end = isFlow ? endEvent.end : (lastChildEnd ?? endEvent.start)
        return SourceSpan(file: endEvent.file, start: start, end: end)
    }
}
