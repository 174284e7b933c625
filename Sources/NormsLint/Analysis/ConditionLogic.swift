import NormsPolicy
import NormsSource

/// Reasoning about rule conditions: when can a set of conditions never hold, and when does one
/// set hold whenever another does.
///
/// Every answer is conservative: `implies` says `true` only when it is certain from the names
/// written (a team is not expanded to its members, a role not to the people holding it), and
/// `isUnsatisfiable` only for conditions that no message can meet.
struct ConditionLogic {
    let policy: Policy

    var levels: LevelRanks { LevelRanks(policy: policy) }

    // MARK: - Unsatisfiable

    /// Whether no message can meet the conditions: an empty list, or a level condition that no
    /// level satisfies. `nil` (no conditions) always holds.
    func isUnsatisfiable(_ conditions: Conditions?) -> Bool {
        guard let conditions else { return false }
        let lists: [[Located<String>]?] = [conditions.channel, conditions.kind, conditions.keywords, conditions.from, conditions.to]
        if lists.contains(where: { $0?.isEmpty == true }) { return true }
        if conditions.recipientState?.isEmpty == true { return true }
        if case .any(let tags)? = conditions.tags?.value, tags.isEmpty { return true }
        return levels.ranks(conditions.level?.value).isEmpty
    }

    // MARK: - Implication

    /// Whether `b` holds for every message (and recipient) for which `a` holds.
    /// - Parameters:
    ///   - a: the stronger conditions; `nil` means always.
    ///   - b: the conditions that must follow; `nil` means always.
    ///   - aLevels: the level ranks a message can have when `a` holds, when narrower than `a`'s own
    ///     level condition says (a level rule is known to raise it).
    func implies(_ a: Conditions?, _ b: Conditions?, aLevels: Set<Int>? = nil) -> Bool {
        guard let b else { return true }
        let ranks = aLevels ?? levels.ranks(a?.level?.value)
        if let level = b.level, !ranks.isSubset(of: levels.ranks(level.value)) { return false }
        let names: [(KeyPath<Conditions, [Located<String>]?>, Bool)] = [
            (\.channel, false), (\.kind, false), (\.from, false), (\.to, false), (\.keywords, true),
        ]
        for (key, ignoresCase) in names {
            guard let required = b[keyPath: key] else { continue }
            guard let given = a?[keyPath: key],
                  Self.set(given, ignoresCase: ignoresCase).isSubset(of: Self.set(required, ignoresCase: ignoresCase))
            else { return false }
        }
        if let states = b.recipientState {
            let given = a?.recipientState.map { Set($0.map(\.value)) } ?? Set(RecipientState.allCases)
            if !given.isSubset(of: Set(states.map(\.value))) { return false }
        }
        if let tags = b.tags, !Self.tagsImply(a?.tags?.value, tags.value) { return false }
        return true
    }

    /// Whether a message meeting tag condition `a` always meets `b` (tags match case-insensitively).
    static func tagsImply(_ a: Conditions.TagMatch?, _ b: Conditions.TagMatch) -> Bool {
        let required = set(b.tags, ignoresCase: true)
        if case .all = b, required.isEmpty { return true }
        guard let a else { return false }
        let given = set(a.tags, ignoresCase: true)
        switch (a, b) {
        case (.any, .any): return given.isSubset(of: required)
        case (.all, .any): return !given.isDisjoint(with: required)
        case (.all, .all): return required.isSubset(of: given)
        case (.any, .all): return given.allSatisfy { required == [$0] }
        }
    }

    private static func set(_ names: [Located<String>], ignoresCase: Bool) -> Set<String> {
        Set(names.map { ignoresCase ? $0.value.lowercased() : $0.value })
    }

    // MARK: - Levels a rule sees

    /// The level ranks a message can have when `rule` matches: those its `when` admits, at or
    /// above every level that some level rule (the rule itself included) is sure to raise it to.
    ///
    /// A level rule raises the floor when it has no `unless` and its `when` follows from the
    /// rule's; this repeats until the floor stops rising, since one raise can enable another.
    func admittedRanks(of rule: NormRule) -> Set<Int> {
        var ranks = levels.ranks(rule.when?.level?.value)
        var floor = rule.then.level.flatMap { levels.rank($0.value) } ?? 0
        var changed = true
        while changed {
            changed = false
            ranks = ranks.filter { $0 >= floor }
            for other in policy.rules where other.unless == nil {
                guard let target = other.then.level.flatMap({ levels.rank($0.value) }), target > floor,
                      implies(rule.when, other.when, aLevels: ranks) else { continue }
                floor = target
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
