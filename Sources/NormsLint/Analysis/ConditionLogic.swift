import NormsPolicy
import NormsSource

/// Reasoning about rule conditions: when can a set of conditions never hold, and when does one
/// set hold whenever another does.
///
/// Every answer is conservative: `implies` says `true` only when it is certain from the names
/// written (a team is not expanded to its members, a role not to the people holding it), and
/// `isUnsatisfiable` only for conditions that no message can meet. Each rule's conditions are
/// summarised once, so that comparing every pair of rules stays cheap.
struct ConditionLogic {
    let policy: Policy
    let levels: LevelRanks
    /// The summary of each rule's `when`, by rule index (`nil`: no `when`).
    private let whens: [Summary?]
    /// The rules with a `level` effect and no `unless`, with the rank they raise to.
    private let levelRules: [(index: Int, rank: Int)]

    /// Pairs of rules compared at most, so that a policy of many thousand rules cannot stall a lint
    /// run; beyond it, pairwise checks give up (and report nothing).
    static let pairLimit = 4_000_000

    init(policy: Policy) {
        self.policy = policy
        let levels = LevelRanks(policy: policy)
        self.levels = levels
        whens = policy.rules.map { Summary($0.when, levels: levels) }
        levelRules = policy.rules.enumerated().compactMap { index, rule in
            guard rule.unless == nil, let rank = rule.then.level.flatMap({ levels.rank($0.value) }) else { return nil }
            return (index, rank)
        }
    }

    // MARK: - Summaries

    /// A rule's conditions as sets, for fast comparison.
    struct Summary {
        enum Tags {
            case any(Set<String>)
            case all(Set<String>)
        }

        /// The admitted ranks; `nil` when the conditions name no level.
        var levels: Set<Int>?
        var channel: Set<String>?
        var kind: Set<String>?
        var from: Set<String>?
        var to: Set<String>?
        /// Lowercased: keywords match case-insensitively.
        var keywords: Set<String>?
        var states: Set<RecipientState>?
        /// Lowercased: tags match case-insensitively.
        var tags: Tags?
        /// Whether some list condition is written empty (`channel: []`), so it never holds.
        var hasEmptyList: Bool

        init?(_ conditions: Conditions?, levels ranks: LevelRanks) {
            guard let conditions else { return nil }
            func names(_ list: [Located<String>]?, lowercased: Bool = false) -> Set<String>? {
                list.map { Set($0.map { lowercased ? $0.value.lowercased() : $0.value }) }
            }
            levels = conditions.level.map { ranks.ranks($0.value) }
            channel = names(conditions.channel)
            kind = names(conditions.kind)
            from = names(conditions.from)
            to = names(conditions.to)
            keywords = names(conditions.keywords, lowercased: true)
            states = conditions.recipientState.map { Set($0.map(\.value)) }
            switch conditions.tags?.value {
            case .any(let list)?: tags = .any(Set(list.map { $0.value.lowercased() }))
            case .all(let list)?: tags = .all(Set(list.map { $0.value.lowercased() }))
            case nil: tags = nil
            }
            let lists: [[Located<String>]?] = [conditions.channel, conditions.kind, conditions.keywords, conditions.from, conditions.to]
            hasEmptyList = lists.contains { $0?.isEmpty == true } || conditions.recipientState?.isEmpty == true
        }
    }

    /// The summary of the `when` of the rule at `index` in policy order.
    func when(ofRuleAt index: Int) -> Summary? { whens[index] }

    func summary(_ conditions: Conditions?) -> Summary? { Summary(conditions, levels: levels) }

    // MARK: - Unsatisfiable

    /// Whether no message can meet the conditions: an empty list, or a level condition that no
    /// level satisfies. `nil` (no conditions) always holds.
    func isUnsatisfiable(_ conditions: Conditions?) -> Bool {
        isUnsatisfiable(summary(conditions))
    }

    func isUnsatisfiable(_ summary: Summary?) -> Bool {
        guard let summary else { return false }
        if summary.hasEmptyList || summary.levels?.isEmpty == true { return true }
        if case .any(let tags)? = summary.tags, tags.isEmpty { return true }
        return false
    }

    // MARK: - Implication

    /// Whether `b` holds for every message (and recipient) for which `a` holds.
    func implies(_ a: Conditions?, _ b: Conditions?, aLevels: Set<Int>? = nil) -> Bool {
        implies(summary(a), summary(b), aLevels: aLevels)
    }

    /// Whether `b` holds whenever `a` does.
    /// - Parameters:
    ///   - a: the stronger conditions; `nil` means always.
    ///   - b: the conditions that must follow; `nil` means always.
    ///   - aLevels: the level ranks a message can have when `a` holds, when narrower than `a`'s own
    ///     level condition says (a level rule is known to raise it).
    func implies(_ a: Summary?, _ b: Summary?, aLevels: Set<Int>? = nil) -> Bool {
        guard let b else { return true }
        if let required = b.levels, !(aLevels ?? a?.levels ?? levels.all).isSubset(of: required) { return false }
        let names: [KeyPath<Summary, Set<String>?>] = [\.channel, \.kind, \.from, \.to, \.keywords]
        for key in names {
            guard let required = b[keyPath: key] else { continue }
            guard let given = a?[keyPath: key], given.isSubset(of: required) else { return false }
        }
        if let required = b.states, !(a?.states ?? Set(RecipientState.allCases)).isSubset(of: required) { return false }
        if let required = b.tags, !Self.tagsImply(a?.tags, required) { return false }
        return true
    }

    /// Whether a message meeting tag condition `a` always meets `b`.
    static func tagsImply(_ a: Summary.Tags?, _ b: Summary.Tags) -> Bool {
        if case .all(let required) = b, required.isEmpty { return true }
        guard let a else { return false }
        switch (a, b) {
        case (.any(let given), .any(let required)): return given.isSubset(of: required)
        case (.all(let given), .any(let required)): return !given.isDisjoint(with: required)
        case (.all(let given), .all(let required)): return required.isSubset(of: given)
        case (.any(let given), .all(let required)): return given.allSatisfy { required == [$0] }
        }
    }

    // MARK: - Levels a rule sees

    /// The level ranks a message can have when the rule at `index` matches: those its `when`
    /// admits, at or above every level that some level rule (the rule itself included) is sure to
    /// raise it to; `nil` when working it out would compare too many rules.
    ///
    /// A level rule raises the floor when it has no `unless` and its `when` follows from the
    /// rule's; this repeats until the floor stops rising, since one raise can enable another.
    func admittedRanks(ofRuleAt index: Int) -> Set<Int>? {
        // Each rule may compare itself with every level rule once per level the floor rises through.
        guard levelRules.count * levels.names.count <= Self.pairLimit / max(1, policy.rules.count) else { return nil }
        let rule = policy.rules[index]
        let when = whens[index]
        var ranks = when?.levels ?? levels.all
        var floor = rule.then.level.flatMap { levels.rank($0.value) } ?? 0
        var changed = true
        while changed {
            changed = false
            ranks = ranks.filter { $0 >= floor }
            for other in levelRules where other.rank > floor && implies(when, whens[other.index], aLevels: ranks) {
                floor = other.rank
                changed = true
            }
        }
        return ranks
    }

    /// Whether the rule can apply to a message at level rank `rank`, as far as its level
    /// conditions tell: its `when` admits the rank and its `unless` does not rule it out alone.
    func canMatch(_ rule: NormRule, atRank rank: Int) -> Bool {
        guard !isUnsatisfiable(rule.when), levels.ranks(rule.when?.level?.value).contains(rank) else { return false }
        guard let unless = rule.unless else { return true }
        // An `unless` that names only a level excludes exactly the levels it admits.
        var levelOnly = unless
        levelOnly.level = nil
        if levelOnly.isEmpty { return !levels.ranks(unless.level?.value).contains(rank) }
        return true
    }
}
