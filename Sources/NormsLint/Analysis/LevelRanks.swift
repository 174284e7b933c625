import NormsPolicy

/// Level conditions as sets of level ranks (0 = least urgent), so that they can be compared.
struct LevelRanks {
    /// The level names, least urgent first.
    let names: [String]
    private let rankByName: [String: Int]

    /// Every rank.
    let all: Set<Int>

    init(policy: Policy) {
        names = policy.levels.map(\.value)
        rankByName = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        all = Set(names.indices)
    }

    /// The rank of the most urgent level.
    var top: Int { names.count - 1 }

    func rank(_ name: String) -> Int? {
        // A policy names a few levels: comparing each costs less than hashing the name.
        names.count <= 8 ? names.firstIndex(of: name) : rankByName[name]
    }

    /// The ranks a condition admits; every rank for no condition.
    func ranks(_ condition: LevelCondition?) -> Set<Int> {
        guard let condition else { return all }
        return Set(names.indices.filter { condition.holds(forRank: $0, rankOf: rank) })
    }

    /// The level name of a rank.
    func name(_ rank: Int) -> String {
        names.indices.contains(rank) ? names[rank] : "?"
    }
}
