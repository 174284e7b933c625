import NormsPolicy

/// What a rule does that a decision weighs for every recipient it holds for, as plain values in
/// one array of the ``RulePlan``: reading them for the dozens of rules that match a recipient
/// costs no reference counting, where reading ``CompiledRule``s did.
struct RuleEffects: Sendable {
    let replyWithin: PolicyDuration?
    /// The index of ``replyWithin`` in ``RulePlan/durations``; `-1` without one.
    let replyWithinID: Int
    let interrupt: Bool?
    /// The states `breaks_through` lists (it always covers `available` too); `nil` when absent.
    let breaksThrough: StateSet?
    /// The escalation's `after`.
    let escalationDelay: PolicyDuration?
    /// The index of ``escalationDelay`` in ``RulePlan/durations``; `-1` without one.
    let escalationDelayID: Int
    /// Whether the rule reports a violation.
    let reportsViolation: Bool

    /// The effects of `rule`, with durations numbered by `durationID`.
    init(of rule: CompiledRule, durationID: (PolicyDuration) -> Int) {
        replyWithin = rule.replyWithin
        replyWithinID = rule.replyWithin.map(durationID) ?? -1
        interrupt = rule.interrupt
        breaksThrough = rule.breaksThrough
        escalationDelay = rule.escalate?.after.value
        escalationDelayID = escalationDelay.map(durationID) ?? -1
        reportsViolation = rule.violation != nil
    }
}
