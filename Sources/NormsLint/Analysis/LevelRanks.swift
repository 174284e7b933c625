import NormsPolicy

/// Level conditions as sets of level ranks (0 = least urgent), so that they can be compared.
struct LevelRanks {
    let policy: Policy

    /// Every rank.
    var all: Set<Int> { Set(policy.levels.indices) }

    /// The rank of the most urgent level.
    var top: Int { policy.levels.count - 1 }

    func rank(_ name: String) -> Int? { policy.rank(ofLevel: name) }

    /// The ranks a condition admits; every rank for no condition.
    func ranks(_ condition: LevelCondition?) -> Set<Int> {
        guard let condition else { return all }
        return all.filter { condition.holds(forRank: $0, rankOf: rank) }
    }

    /// The level name of a rank.
    func name(_ rank: Int) -> String {
        policy.levels.indices.contains(rank) ? policy.levels[rank].value : "?"
    }
}
