import NormsPolicy

/// Numbers for what a policy names — its channels, teams, recipients and rules, in policy order —
/// so that an ``Observation`` carries numbers and ``AuditAccumulator`` counts in arrays, instead of
/// looking names up for every line. Both build it from the same policy, so their numbers agree.
struct PolicyNumbers: Sendable {
    /// Each channel's number: its place among the policy's channels.
    let channels: [String: Int]
    /// Each team's number: its place among the policy's teams.
    let teams: [String: Int]
    /// Every recipient's id, by number: the teams, then the people, in policy order.
    let recipientIDs: [String]
    /// Each recipient's number (should a person and a team share an id, the person's, as in the
    /// evaluator).
    let recipients: [String: Int]
    /// Each rule's number: its place among the policy's rules.
    let rules: [String: Int]

    init(policy: Policy) {
        func numbers(_ ids: [String]) -> [String: Int] {
            Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { _, later in later })
        }
        channels = numbers(policy.channels.map(\.id.value))
        teams = numbers(policy.teams.map(\.id.value))
        recipientIDs = policy.teams.map(\.id.value) + policy.people.map(\.id.value)
        recipients = numbers(recipientIDs)
        rules = numbers(policy.rules.map(\.id.value))
    }
}
