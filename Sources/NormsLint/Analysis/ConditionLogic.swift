import NormsPolicy
import NormsSource

/// Reasoning about rule conditions: when can a set of conditions never hold, and when does one
/// set hold whenever another does.
///
/// Every answer is conservative: `implies` says `true` only when it is certain from the names
/// written (a team is not expanded to its members, a role not to the people holding it), and
/// `isUnsatisfiable` only for conditions that no message can meet. Each rule's conditions are
/// summarised once, so that comparing every pair of rules stays cheap.
struct ConditionLogic: Sendable {
    let policy: Policy
    let levels: LevelRanks
    /// The summary of each rule's `when`, by rule index (`nil`: no `when`).
    private let whens: [Summary?]
    /// The summary of each rule's `unless`, by rule index (`nil`: no `unless`).
    private let unlesses: [Summary?]
    /// The outline of each rule's `when`, by rule index (``Outline/none``: no `when`), side by side
    /// so that ruling out most pairs of rules reads neither summary.
    private let whenOutlines: [Outline]
    /// The rules with a `level` effect and no `unless`, with the rank they raise to.
    private let levelRules: [(index: Int, rank: Int)]
    /// The numbers of the names the summaries' lists hold.
    let names: NameTable

    /// Pairs of rules compared at most, so that a policy of many thousand rules cannot stall a lint
    /// run; beyond it, pairwise checks give up (and report nothing).
    static let pairLimit = 4_000_000

    init(policy: Policy) {
        self.policy = policy
        let levels = LevelRanks(policy: policy)
        self.levels = levels
        var names = NameTable()
        var whens: [Summary?] = []
        var unlesses: [Summary?] = []
        var whenOutlines: [Outline] = []
        whens.reserveCapacity(policy.rules.count)
        unlesses.reserveCapacity(policy.rules.count)
        whenOutlines.reserveCapacity(policy.rules.count)
        for rule in policy.rules {
            let when = rule.when.map { Summary($0, levels: levels, names: &names) }
            whens.append(when)
            whenOutlines.append(when?.outline ?? .none)
            unlesses.append(rule.unless.map { Summary($0, levels: levels, names: &names) })
        }
        self.whens = whens
        self.unlesses = unlesses
        self.whenOutlines = whenOutlines
        self.names = names
        levelRules = policy.rules.enumerated().compactMap { index, rule in
            guard rule.unless == nil, let rank = rule.then.level.flatMap({ levels.rank($0.value) }) else { return nil }
            return (index, rank)
        }
    }

    // MARK: - Summaries

    /// A rule's conditions as sets, for fast comparison; shared, not copied, by the checks that
    /// compare every pair of rules.
    final class Summary: Sendable {
        enum Tags: Sendable {
            case any(NameIDs)
            case all(NameIDs)
        }

        /// The admitted ranks; `nil` when the conditions name no level.
        let levels: Set<Int>?
        let channel: NameIDs?
        let kind: NameIDs?
        let from: NameIDs?
        let to: NameIDs?
        /// Lowercased: keywords match case-insensitively.
        let keywords: NameIDs?
        let states: StateSet?
        /// Lowercased: tags match case-insensitively.
        let tags: Tags?
        /// Whether some list condition is written empty (`channel: []`), so it never holds.
        let hasEmptyList: Bool
        /// The name lists in plain numbers, to rule out most implications without touching a list.
        let outline: Outline

        init(_ conditions: Conditions, levels ranks: LevelRanks, names table: inout NameTable) {
            func names(_ list: [Located<String>]?, lowercased: Bool = false) -> NameIDs? {
                list.map { table.ids(of: $0, lowercased: lowercased) }
            }
            let channel = names(conditions.channel)
            let kind = names(conditions.kind)
            let from = names(conditions.from)
            let to = names(conditions.to)
            let keywords = names(conditions.keywords, lowercased: true)
            let states = conditions.recipientState.map(StateSet.init)
            self.levels = conditions.level.map { ranks.ranks($0.value) }
            self.channel = channel
            self.kind = kind
            self.from = from
            self.to = to
            self.keywords = keywords
            self.states = states
            switch conditions.tags?.value {
            case .any(let list)?: tags = .any(table.ids(of: list, lowercased: true))
            case .all(let list)?: tags = .all(table.ids(of: list, lowercased: true))
            case nil: tags = nil
            }
            hasEmptyList = channel?.isEmpty == true || kind?.isEmpty == true || keywords?.isEmpty == true
                || from?.isEmpty == true || to?.isEmpty == true || states?.isEmpty == true
            outline = Outline(channel: channel, kind: kind, from: from, to: to, keywords: keywords)
        }
    }

    /// A summary's name lists reduced to what decides most implications: which lists there are,
    /// their sizes, their bits and their set numbers. Plain numbers, so comparing two costs no
    /// reference counting.
    struct Outline: Sendable {
        struct List: Sendable {
            var isPresent = false
            var count = 0
            var signature: UInt64 = 0
            var setID = -1

            init(_ ids: NameIDs?) {
                guard let ids else { return }
                isPresent = true
                count = ids.count
                signature = ids.bits
                setID = ids.number
            }

            /// Whether a list condition `self` may always meet `required`; `false` is certain.
            func mayImply(_ required: List) -> Bool {
                guard required.isPresent else { return true }
                guard isPresent else { return false }
                if setID == required.setID { return true }
                return count < required.count && signature & ~required.signature == 0
            }
        }

        var channel: List
        var kind: List
        var from: List
        var to: List
        var keywords: List
        /// One bit for each list there is, so that a missing list rules out an implication at once.
        var present: UInt8

        init(channel: NameIDs?, kind: NameIDs?, from: NameIDs?, to: NameIDs?, keywords: NameIDs?) {
            self.channel = List(channel)
            self.kind = List(kind)
            self.from = List(from)
            self.to = List(to)
            self.keywords = List(keywords)
            present = (channel == nil ? 0 : 1) | (kind == nil ? 0 : 2) | (from == nil ? 0 : 4) | (to == nil ? 0 : 8)
                | (keywords == nil ? 0 : 16)
        }

        /// Whether conditions outlined by `self` may imply those outlined by `required`, as far as
        /// the name lists tell; `false` is certain.
        func mayImply(_ required: Outline) -> Bool {
            // Each list that `required` has, `self` must have too.
            guard required.present & ~present == 0 else { return false }
            return channel.mayImply(required.channel) && kind.mayImply(required.kind) && from.mayImply(required.from)
                && to.mayImply(required.to) && keywords.mayImply(required.keywords)
        }

        /// The outline of no conditions at all.
        static let none = Outline(channel: nil, kind: nil, from: nil, to: nil, keywords: nil)
    }

    /// The summary of the `when` of the rule at `index` in policy order.
    func when(ofRuleAt index: Int) -> Summary? { whens[index] }

    /// The summary of the `unless` of the rule at `index` in policy order.
    func unless(ofRuleAt index: Int) -> Summary? { unlesses[index] }

    // MARK: - Unsatisfiable

    /// Whether no message can meet the conditions: an empty list, or a level condition that no
    /// level satisfies. `nil` (no conditions) always holds.
    func isUnsatisfiable(_ summary: Summary?) -> Bool {
        guard let summary else { return false }
        if summary.hasEmptyList || summary.levels?.isEmpty == true { return true }
        if case .any(let tags)? = summary.tags, tags.isEmpty { return true }
        return false
    }

    // MARK: - Implication

    /// Whether `b` holds whenever `a` does.
    /// - Parameters:
    ///   - a: the stronger conditions; `nil` means always.
    ///   - b: the conditions that must follow; `nil` means always.
    ///   - aLevels: the level ranks a message can have when `a` holds, when narrower than `a`'s own
    ///     level condition says (a level rule is known to raise it).
    func implies(_ a: Summary?, _ b: Summary?, aLevels: Set<Int>? = nil) -> Bool {
        guard let b else { return true }
        guard (a?.outline ?? .none).mayImply(b.outline) else { return false }
        // The name lists first: they tell most pairs apart, each in a few instructions.
        if !Self.names(a?.channel, imply: b.channel) || !Self.names(a?.kind, imply: b.kind)
            || !Self.names(a?.from, imply: b.from) || !Self.names(a?.to, imply: b.to)
            || !Self.names(a?.keywords, imply: b.keywords) { return false }
        if let required = b.levels, !(aLevels ?? a?.levels ?? levels.all).isSubset(of: required) { return false }
        if let required = b.states, !(a?.states ?? .all).isSubset(of: required) { return false }
        if let required = b.tags, !Self.tagsImply(a?.tags, required) { return false }
        return true
    }

    /// Whether the `when` of the rule at `other` holds whenever the `when` of the rule at `index`
    /// does: ``implies(_:_:aLevels:)`` for two rules of the policy, ruling out most pairs from
    /// their outlines alone.
    func when(ofRuleAt index: Int, impliesWhenOfRuleAt other: Int, aLevels: Set<Int>? = nil) -> Bool {
        whenOutlines[index].mayImply(whenOutlines[other]) && implies(whens[index], whens[other], aLevels: aLevels)
    }

    /// Whether a list condition `given` always meets `required` (`nil`: no condition).
    private static func names(_ given: NameIDs?, imply required: NameIDs?) -> Bool {
        guard let required else { return true }
        guard let given else { return false }
        return given.isSubset(of: required)
    }

    /// Whether a message meeting tag condition `a` always meets `b`.
    static func tagsImply(_ a: Summary.Tags?, _ b: Summary.Tags) -> Bool {
        if case .all(let required) = b, required.isEmpty { return true }
        guard let a else { return false }
        switch (a, b) {
        case (.any(let given), .any(let required)): return given.isSubset(of: required)
        case (.all(let given), .any(let required)): return !given.isDisjoint(with: required)
        case (.all(let given), .all(let required)): return required.isSubset(of: given)
        case (.any(let given), .all(let required)):
            // Each tag alone must be all of `required`: `required` is that one tag.
            return given.isEmpty || (required.count == 1 && given.isSubset(of: required))
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
            for other in levelRules where other.rank > floor
                && self.when(ofRuleAt: index, impliesWhenOfRuleAt: other.index, aLevels: ranks) {
                floor = other.rank
                changed = true
            }
        }
        return ranks
    }

    /// Whether the rule at `index` can apply to a message at level rank `rank`, as far as its level
    /// conditions tell: its `when` admits the rank and its `unless` does not rule it out alone.
    func canMatch(ruleAt index: Int, atRank rank: Int) -> Bool {
        let when = whens[index]
        guard !isUnsatisfiable(when), (when?.levels ?? levels.all).contains(rank) else { return false }
        guard let unless = policy.rules[index].unless else { return true }
        // An `unless` that names only a level excludes exactly the levels it admits.
        var levelOnly = unless
        levelOnly.level = nil
        if levelOnly.isEmpty { return !levels.ranks(unless.level?.value).contains(rank) }
        return true
    }
}
