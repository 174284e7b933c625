import NormsSource

/// The policy's names (channels, people, teams, levels, kinds, tags) and the index each stands
/// for, made once when the ``Evaluator`` is made.
///
/// A decision looks up a dozen names from its message (its channel, sender, recipients, level,
/// kind and tags). `Dictionary<String, Int>` hashes each with SipHash behind a generic `Hasher`,
/// which costs several hundred instructions a name; this table hashes the name's UTF-8 bytes with
/// FNV-1a and probes the slots of ``OpenAddressing``, as lint's ``ByteStringNumbers`` does, so a
/// lookup is a few dozen. It keeps the names as `String`s rather than bytes: comparing two short
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
    subscript(name: String) -> Int? {
        OpenAddressing.find(FNV1a.hash(name), in: slots) { names[$0] == name }.entry.map { values[$0] }
    }

    /// Whether the table holds no name.
    var isEmpty: Bool { names.isEmpty }

    /// The number of names held.
    var count: Int { names.count }
}
