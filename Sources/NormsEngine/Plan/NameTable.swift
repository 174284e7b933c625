import NormsSource

/// The policy's names (channels, people, teams, levels, kinds, tags) and the index each stands
/// for, made once when the ``Evaluator`` is made.
///
/// A decision looks up a dozen names from its message (its channel, sender, recipients, level,
/// kind and tags). `Dictionary<String, Int>` hashes each with SipHash behind a generic `Hasher`,
/// which costs several hundred instructions a name; this table numbers the names' UTF-8 bytes
/// through ``ByteStringNumbers`` (FNV-1a, open addressing), so a lookup is a few dozen.
struct NameTable: Sendable {
    private let numbers: ByteStringNumbers
    /// Each name's value, by its number in ``numbers``.
    private let values: [Int]

    /// A table of the names of `dictionary` and their values.
    init(_ dictionary: [String: Int]) {
        var numbers = ByteStringNumbers(capacity: dictionary.count)
        var values: [Int] = []
        values.reserveCapacity(dictionary.count)
        for (name, value) in dictionary {
            _ = numbers.number(of: name)
            values.append(value)
        }
        self.numbers = numbers
        self.values = values
    }

    /// The value of `name`, or `nil` when the table does not hold it.
    subscript(name: String) -> Int? {
        numbers.existingNumber(of: name).map { values[Int($0)] }
    }

    /// Whether the table holds no name.
    var isEmpty: Bool { values.isEmpty }

    /// The number of names held.
    var count: Int { values.count }
}
