import NormsSource

/// A sequence or mapping whose end event has not come yet.
///
/// Its children wait in the ``NodeComposer``'s one list of children, from ``firstChild`` on (a
/// mapping's alternate key, value, key, value), so that no collection grows an array of its own:
/// when it ends, its children move into an array of exactly their number.
///
/// It holds no reference: its tag and anchor, which few collections have, and the index of a
/// large mapping's keys wait in lists of the composer, so that the record of each of a
/// document's collections is made and dropped without reference counting.
struct OpenCollection {
    let isMapping: Bool
    let isFlow: Bool
    /// Whether a tag or an anchor was written on the collection (the composer's last properties).
    let hasProperties: Bool
    let start: SourcePosition
    /// The node count before this collection was counted, so its size is the count's growth.
    let nodeCountBefore: Int
    /// Where its children start in the composer's list.
    let firstChild: Int
    /// The greatest height among the children: 0 when all are scalars.
    var childHeight = 0
    var lastChildEnd: SourcePosition?
    /// Whether the mapping's keys are indexed by identity (the composer's last index of keys),
    /// once it has too many keys to compare one by one (see ``MappingKeys/hashingThreshold``).
    var hasKeyIndex = false
    /// Whether the mapping has a merge key (`<<`), to apply when it ends.
    var hasMerges = false
    /// Whether the next child is the value of a merge key, which must be mappings.
    var expectsMergeValue = false

    init(isMapping: Bool, hasProperties: Bool, isFlow: Bool, start: SourcePosition, nodeCountBefore: Int, firstChild: Int) {
        self.isMapping = isMapping
        self.hasProperties = hasProperties
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
