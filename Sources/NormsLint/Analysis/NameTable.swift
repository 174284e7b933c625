import NormsSource

/// A set of names (channels, tags, people…) as the sorted numbers a ``NameTable`` gave them, so
/// that comparing two sets costs a walk over small integers rather than hashing every string.
struct NameIDs: Sendable {
    /// Sorted, without repeats.
    private let ids: [Int32]
    /// One bit per name (its number modulo 64): a set is a subset of another only if its bits are.
    private let signature: UInt64
    /// The same number for equal sets of one table, and a different one for different sets, so
    /// that comparing a set with an equal one (rules that repeat one long tag list) costs nothing.
    /// Sets are only ever compared with sets of the same table.
    private let setID: Int

    init(sortedUnique ids: [Int32], setID: Int) {
        self.ids = ids
        self.setID = setID
        signature = ids.reduce(0) { $0 | 1 << UInt64($1 & 63) }
    }

    /// The names' numbers, in increasing order.
    var members: [Int32] { ids }
    var isEmpty: Bool { ids.isEmpty }
    var count: Int { ids.count }
    /// One bit per name, its number modulo 64.
    var bits: UInt64 { signature }
    /// The set's number in its table: equal sets, and only they, share it.
    var number: Int { setID }

    func isSubset(of other: NameIDs) -> Bool {
        if setID == other.setID { return true }
        // Two sets of one size are subsets of each other only when equal, and equal sets share a number.
        guard ids.count < other.ids.count, signature & ~other.signature == 0 else { return false }
        let theirs = other.ids
        // Few names against many: look each one up; otherwise walk both lists together.
        if ids.count * 8 < theirs.count {
            return ids.allSatisfy { Self.search(theirs, for: $0) }
        }
        var position = 0
        for id in ids {
            while position < theirs.count, theirs[position] < id { position += 1 }
            guard position < theirs.count, theirs[position] == id else { return false }
            position += 1
        }
        return true
    }

    func isDisjoint(with other: NameIDs) -> Bool {
        if signature & other.signature == 0 { return true }
        if setID == other.setID { return ids.isEmpty }
        var (left, right) = (0, 0)
        while left < ids.count, right < other.ids.count {
            if ids[left] == other.ids[right] { return false }
            if ids[left] < other.ids[right] { left += 1 } else { right += 1 }
        }
        return true
    }

    private static func search(_ sorted: [Int32], for id: Int32) -> Bool {
        var (low, high) = (0, sorted.count)
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < id { low = middle + 1 } else { high = middle }
        }
        return low < sorted.count && sorted[low] == id
    }
}

/// Numbers the names of one policy's conditions, and the distinct sets they form.
struct NameTable: Sendable {
    private var names = ByteStringNumbers()
    private var sets = ByteStringNumbers()
    /// Each distinct set, by its number: a list that repeats an earlier set (rules on one channel
    /// list, say) shares its storage instead of making another array.
    private var known: [NameIDs] = []
    /// The numbers of the list being read, kept between lists so that reading one allocates nothing.
    private var scratch: [Int32] = []

    /// How many distinct names the table has numbered: every number is below it.
    var count: Int { names.count }

    /// The set of names in `list`, lowercased when the condition matches regardless of case.
    mutating func ids(of list: [Located<String>], lowercased: Bool) -> NameIDs {
        scratch.removeAll(keepingCapacity: true)
        for item in list {
            var name = item.value
            // Numbered from its bytes as they are, unless it must be lowercased and may change.
            let number = name.withUTF8 { bytes -> Int32? in
                guard !lowercased || !bytes.contains(where: { $0 >= 0x41 && ($0 <= 0x5A || $0 >= 0x80) }) else { return nil }
                return names.number(of: UnsafeRawBufferPointer(bytes))
            }
            scratch.append(number ?? names.number(of: name.lowercased()))
        }
        if scratch.count > 1 {
            scratch.sort()
            var kept = 1
            for index in 1..<scratch.count where scratch[index] != scratch[kept - 1] {
                scratch[kept] = scratch[index]
                kept += 1
            }
            scratch.removeLast(scratch.count - kept)
        }
        let setID = Int(scratch.withUnsafeBytes { sets.number(of: $0) })
        if setID < known.count { return known[setID] }
        let ids = NameIDs(sortedUnique: Array(scratch), setID: setID)
        known.append(ids)
        return ids
    }

    /// The number of a name, as written (not lowercased); `nil` when no list of the table holds it.
    func number(of name: String) -> Int32? { names.existingNumber(of: name) }
}
