import NormsPolicy
import NormsSource

/// The effects a rule has, as far as shadowing goes: a rule can only be shadowed by one that has
/// an effect to override each of its own.
struct EffectKinds: OptionSet, Sendable {
    let rawValue: UInt8

    static let level = EffectKinds(rawValue: 1 << 0)
    static let replyWithin = EffectKinds(rawValue: 1 << 1)
    static let interrupt = EffectKinds(rawValue: 1 << 2)
    /// `breaks_through`, which a larger list or `interrupt: true` overrides.
    static let breaksThrough = EffectKinds(rawValue: 1 << 3)
    static let escalate = EffectKinds(rawValue: 1 << 4)

    /// One more than the largest raw value: how many different sets of kinds there are.
    static let combinations = 1 << 5
}

/// A rule's effects as far as shadowing goes, read once from the rule in one pass over its list
/// (``NormsPolicy/Effects/list``): the shadowed-rule check compares each rule's effects with
/// hundreds of others'. Plain values, so comparing two outlines counts no references.
struct EffectOutline: Sendable {
    /// What another rule must have to override each effect.
    let needed: EffectKinds
    /// The effects that can override another rule's.
    let offered: EffectKinds
    let hasViolation: Bool
    /// The rank of the `level` effect; `nil` without one, or for a level the policy does not declare.
    let levelRank: Int?
    let replyWithin: PolicyDuration?
    let interrupt: Bool?
    let breaksThrough: StateSet?
    let escalationDelay: PolicyDuration?
    /// The escalation's channel and target as one number: equal pairs, and only they, share it.
    let escalationRoute: Int

    /// The outlines of `rules`' effects, in policy order.
    static func outlines(of rules: [NormRule], levels: LevelRanks) -> [EffectOutline] {
        var routes = ByteStringNumbers()
        return rules.map { EffectOutline($0.then.list, levels: levels, routes: &routes) }
    }

    /// An escalation's channel and target as one text that only an equal pair has: the channel's
    /// length in bytes, `:`, the channel, then `*` for the backup or `=` and the person.
    static func routeKey(_ escalation: Escalation) -> String {
        let via = escalation.via.value
        switch escalation.to.value {
        case .backup: return "\(via.utf8.count):\(via)*"
        case .person(let person): return "\(via.utf8.count):\(via)=\(person)"
        }
    }

    /// The outline of a rule's effects; `routes` numbers the escalation routes in the order met.
    private init(_ effects: [Effects.Effect], levels: LevelRanks, routes: inout ByteStringNumbers) {
        var needed: EffectKinds = []
        var hasViolation = false
        var levelRank: Int?
        var replyWithin: PolicyDuration?
        var interrupt: Bool?
        var breaksThrough: StateSet?
        var escalationDelay: PolicyDuration?
        var escalationRoute = -1
        for effect in effects {
            switch effect {
            case .level(let level):
                needed.insert(.level)
                levelRank = levels.rank(level.value)
            case .replyWithin(let reply):
                needed.insert(.replyWithin)
                replyWithin = reply.value
            case .interrupt(let value):
                needed.insert(.interrupt)
                interrupt = value.value
            case .breaksThrough(let states):
                needed.insert(.breaksThrough)
                breaksThrough = StateSet(states)
            case .escalate(let escalation):
                needed.insert(.escalate)
                escalationDelay = escalation.after.value
                escalationRoute = Int(routes.number(of: Self.routeKey(escalation)))
            case .violation:
                hasViolation = true
            case .severity, .suggest:
                break
            }
        }
        self.needed = needed
        offered = interrupt == true ? needed.union(.breaksThrough) : needed
        self.hasViolation = hasViolation
        self.levelRank = levelRank
        self.replyWithin = replyWithin
        self.interrupt = interrupt
        self.breaksThrough = breaksThrough
        self.escalationDelay = escalationDelay
        self.escalationRoute = escalationRoute
    }
}

/// Whether one rule's effects always win over another's, effect by effect.
enum EffectDominance {
    enum Outcome { case strict, equal }

    /// How `dominant` fares against every effect of `effects`: `nil` when some effect of `effects`
    /// can decide something; `.equal` when each is matched exactly; `.strict` when each loses or
    /// is matched, and one loses.
    static func compare(_ effects: EffectOutline, by dominant: EffectOutline) -> Outcome? {
        let needed = effects.needed
        guard !needed.isEmpty else { return nil }
        var allEqual = true
        func add(_ outcome: Outcome?) -> Bool {
            guard let outcome else { return false }
            if outcome != .equal { allEqual = false }
            return true
        }
        if needed.contains(.level), !add(compareLevel(effects.levelRank, dominant.levelRank)) { return nil }
        if let reply = effects.replyWithin, !add(compareReply(reply, dominant.replyWithin)) { return nil }
        if let interrupt = effects.interrupt, !add(compareInterrupt(interrupt, dominant.interrupt)) { return nil }
        if let states = effects.breaksThrough, !add(compareBreaksThrough(states, dominant)) { return nil }
        if let delay = effects.escalationDelay, !add(compareEscalation(delay, effects.escalationRoute, dominant)) { return nil }
        return allEqual ? .equal : .strict
    }

    /// The highest level wins; a level the policy does not declare compares with none.
    private static func compareLevel(_ mine: Int?, _ theirs: Int?) -> Outcome? {
        guard let mine, let theirs, theirs >= mine else { return nil }
        return theirs == mine ? .equal : .strict
    }

    /// The earliest deadline wins; only durations of one kind compare for certain (`none` loses to any).
    private static func compareReply(_ reply: PolicyDuration, _ other: PolicyDuration?) -> Outcome? {
        guard let other else { return nil }
        switch (reply, other) {
        case (.none, .none), (.immediate, .immediate): return .equal
        case (.none, _): return .strict
        case (.wallClock(let mine), .wallClock(let theirs)), (.businessHours(let mine), .businessHours(let theirs)),
             (.businessDays(let mine), .businessDays(let theirs)):
            return theirs < mine ? .strict : theirs == mine ? .equal : nil
        default: return nil
        }
    }

    /// `true` beats `false`, so only `interrupt: true` certainly overrides.
    private static func compareInterrupt(_ interrupt: Bool, _ other: Bool?) -> Outcome? {
        switch (interrupt, other) {
        case (false, true?): .strict
        case (true, true?), (false, false?): .equal
        default: nil
        }
    }

    /// A `breaks_through` list is covered by a larger list, or by `interrupt: true`.
    private static func compareBreaksThrough(_ mine: StateSet, _ dominant: EffectOutline) -> Outcome? {
        if dominant.interrupt == true { return .strict }
        guard let theirs = dominant.breaksThrough, mine.isSubset(of: theirs) else { return nil }
        return mine == theirs ? .equal : .strict
    }

    /// The earliest escalation wins; only delays of one kind compare for certain.
    private static func compareEscalation(_ delay: PolicyDuration, _ route: Int, _ dominant: EffectOutline) -> Outcome? {
        guard let other = dominant.escalationDelay else { return nil }
        switch compareReply(delay, other) {
        case .strict?: return .strict
        case .equal?: return route == dominant.escalationRoute ? .equal : nil
        case nil: return nil
        }
    }
}
