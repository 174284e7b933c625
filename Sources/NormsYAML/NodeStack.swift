/// The finished children of every open collection, innermost collection's last, in one buffer
/// that hands a collection its children by moving them out.
///
/// An `Array` cannot give up its last elements without destroying them, so moving children out of
/// one meant leaving placeholders behind and destroying those; here a collection's end moves its
/// children straight into their array and only lowers the count.
final class NodeStack {
    private var base: UnsafeMutablePointer<YAMLNode>
    private var capacity: Int
    /// The number of nodes held.
    private(set) var count = 0

    init() {
        capacity = 64
        base = .allocate(capacity: capacity)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    /// The nodes held, valid until the stack next changes.
    var nodes: UnsafeBufferPointer<YAMLNode> {
        UnsafeBufferPointer(start: base, count: count)
    }

    func append(_ node: consuming YAMLNode) {
        if count == capacity { grow() }
        (base + count).initialize(to: node)
        count += 1
    }

    /// The nodes from `first` on, moved out in order.
    func takeNodes(from first: Int) -> [YAMLNode] {
        var taken: [YAMLNode] = []
        taken.reserveCapacity(count - first)
        for index in first..<count { taken.append((base + index).move()) }
        count = first
        shrinkIfMostlyEmpty()
        return taken
    }

    /// The nodes from `first` on, moved out as alternate keys and values; an unpaired last key
    /// (never left by a finished mapping) is dropped.
    func takeEntries(from first: Int) -> [YAMLMapping.Entry] {
        var entries: [YAMLMapping.Entry] = []
        entries.reserveCapacity((count - first) / 2)
        var index = first
        while index + 1 < count {
            entries.append(YAMLMapping.Entry(sameFileKey: (base + index).move(), value: (base + index + 1).move()))
            index += 2
        }
        if index < count { (base + index).deinitialize(count: 1) }
        count = first
        shrinkIfMostlyEmpty()
        return entries
    }

    /// Grows by half: a long collection's children are here and in their array at once when it
    /// ends, so room beyond them counts towards the document's peak.
    private func grow() {
        resize(to: capacity + capacity / 2)
    }

    /// Gives back the room a long collection took (a policy's thousands of rules) once it has
    /// moved out, rather than holding it while the rest of the document is read.
    private func shrinkIfMostlyEmpty() {
        if capacity > 4_096, count < capacity / 8 { resize(to: max(64, 2 * count)) }
    }

    private func resize(to newCapacity: Int) {
        let moved = UnsafeMutablePointer<YAMLNode>.allocate(capacity: newCapacity)
        moved.moveInitialize(from: base, count: count)
        base.deallocate()
        base = moved
        capacity = newCapacity
    }
}
