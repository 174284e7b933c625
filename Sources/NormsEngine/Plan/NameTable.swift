import NormsSource

/// The policy's names (channels, people, teams, levels, kinds, tags) and the index each stands
/// for, made once when the ``Evaluator`` is made.
///
/// A decision looks up a dozen names from its message (its channel, sender, recipients, level,
/// kind and tags). `Dictionary<String, Int>` hashes each with SipHash behind a generic `Hasher`,
/// which costs several hundred instructions a name; this table hashes the name's UTF-8 bytes with
/// FNV-1a into the slots of ``OpenAddressing``, as lint's ``ByteStringNumbers`` does, so a lookup
/// is a few dozen. It keeps the names as `String`s rather than bytes: comparing two short
/// names is then two words, which keeps each decision about a thousand instructions cheaper than
/// looking the names up in a ``ByteStringNumbers``.
struct NameTable: Sendable {
    /// Per slot, the index in ``names`` of the name stored there, or `-1` for an empty slot.
    private let slots: [Int32]
    private let names: [String]
    private let values: [Int]

    /// A table of the names of `dictionary` and their values.
    init(_ dictionary: [String: Int]) {
        var slots = [Int32](repeating: -1, count: OpenAddressing.slotCount(for: dictionary.count))
        var names: [String] = []
        var values: [Int] = []
        for (name, value) in dictionary {
            // Names of a dictionary are distinct: each goes to the first empty slot of its probe.
            slots[OpenAddressing.find(FNV1a.hash(name), in: slots) { _ in false }.slot] = Int32(names.count)
            names.append(name)
            values.append(value)
        }
        self.slots = slots
        self.names = names
        self.values = values
    }

    /// The value of `name`, or `nil` when the table does not hold it.
    ///
    /// The probe is written out rather than through ``OpenAddressing/find(_:in:_:)``: inlined at
    /// each of the dozen places a decision looks a name up, the shared probe cost it some 300
    /// instructions more.
    subscript(name: String) -> Int? {
        let mask = slots.count - 1
        var slot = OpenAddressing.start(FNV1a.hash(name)) & mask
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
}
