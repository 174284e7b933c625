import NormsSource

/// The policy's names (channels, people, teams, levels, kinds, tags) and the index each stands
/// for, made once when the ``Evaluator`` is made.
///
/// A decision looks up a dozen names from its message (its channel, sender, recipients, level,
/// kind and tags). `Dictionary<String, Int>` hashes each with SipHash behind a generic `Hasher`,
/// which costs several hundred instructions a name; this table hashes the name's UTF-8 bytes with
/// FNV-1a and probes an open-addressing table of a power-of-two size, so a lookup is a few dozen.
struct NameTable: Sendable {
    /// Per slot, the index in ``names`` of the name stored there, or `-1` for an empty slot.
    private let slots: [Int32]
    private let names: [String]
    private let values: [Int]

    /// A table of the names of `dictionary` and their values.
    init(_ dictionary: [String: Int]) {
        // At most half full, so that a probe sequence stays short.
        var size = 8
        while size < dictionary.count * 2 { size *= 2 }
        var slots = [Int32](repeating: -1, count: size)
        var names: [String] = []
        var values: [Int] = []
        for (name, value) in dictionary {
            var slot = Self.hash(name) & (size - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(names.count)
            names.append(name)
            values.append(value)
        }
        self.slots = slots
        self.names = names
        self.values = values
    }

    /// The value of `name`, or `nil` when the table does not hold it.
    subscript(name: String) -> Int? {
        let mask = slots.count - 1
        var slot = Self.hash(name) & mask
        while true {
            let entry = Int(slots[slot])
            if entry < 0 { return nil }
            if names[entry] == name { return values[entry] }
            slot = (slot + 1) & mask
        }
    }

    /// Whether the table holds no name.
    var isEmpty: Bool { names.isEmpty }

    /// The number of names held.
    var count: Int { names.count }

    /// FNV-1a over the name's UTF-8 bytes.
    private static func hash(_ name: String) -> Int {
        let hash = FNV1a.hash(name)
        return Int(truncatingIfNeeded: hash ^ (hash >> 32))
    }
}
