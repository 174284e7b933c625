import Foundation
import NormsPolicy
import NormsSource

/// Evaluates messages against one policy. Create it once per policy: it resolves every
/// recipient's settings up front, so each evaluation only reads them.
///
/// Evaluation is deterministic and independent of rule order except where the format says
/// "first in policy order" (ties between equally demanding rules).
public struct Evaluator: Sendable {
    public let policy: Policy
    /// Profiles of every person and team, by id.
    let profiles: [String: RecipientProfile]
    let levelRanks: [String: Int]
    /// What `immediate` means, in seconds.
    let immediateWindow: Int

    /// Prepares a policy for evaluation.
    public init(policy: Policy) {
        self.policy = policy
        // The first zone set of person → home team → policy (the loader checked every id).
        func clock(_ ids: String?...) -> ZoneClock {
            for id in ids.compactMap({ $0 }) {
                if let zone = TimeZone(identifier: id) { return ZoneClock(zone: zone, identifier: id) }
            }
            return ZoneClock(zone: TimeZone(identifier: "UTC")!, identifier: "UTC")
        }
        var profiles: [String: RecipientProfile] = [:]
        for team in policy.teams {
            profiles[team.id.value] = RecipientProfile(team: team, in: policy, clock: clock(team.timezone?.value, policy.timezone.value))
        }
        for person in policy.people {
            let home = policy.teams(of: person.id.value).first.flatMap(policy.team)
            profiles[person.id.value] = RecipientProfile(
                person: person, in: policy, clock: clock(person.timezone?.value, home?.timezone?.value, policy.timezone.value))
        }
        self.profiles = profiles
        self.levelRanks = Dictionary(policy.levels.enumerated().map { ($1.value, $0) }, uniquingKeysWith: { first, _ in first })
        self.immediateWindow = policy.immediateWindow.value * 60
    }

    /// The resolved settings of a person or team.
    public func profile(_ id: String) -> RecipientProfile? { profiles[id] }

    /// Evaluates one message.
    /// - Parameters:
    ///   - message: the message.
    ///   - trace: whether to record every rule considered, for `--explain`.
    /// - Returns: the decision.
    /// - Throws: ``InputError`` when the message names a channel, recipient, kind or level the
    ///   policy does not know.
    public func evaluate(_ message: Message, trace: Bool = false) throws(InputError) -> Decision {
        try validate(message)
        let matcher = ConditionMatcher { levelRanks[$0] }
        let sender = sender(of: message.from.value)
        var traces: [RuleTrace] = []
        let rank = classify(message, sender: sender, matcher: matcher, traces: &traces, tracing: trace)
        var recipients: [RecipientDecision] = []
        var violatingRules: Set<String> = []
        for id in uniqueRecipients(message) {
            let outcome = evaluateRecipient(id, message: message, levelRank: rank, sender: sender, matcher: matcher)
            recipients.append(outcome.decision)
            violatingRules.formUnion(outcome.matched.filter { $0.then.violation != nil }.map(\.id.value))
            if trace { traces += outcome.trace }
        }
        let violations = channelViolations(message, levelRank: rank)
            + policy.rules.filter { violatingRules.contains($0.id.value) }.map(violation(of:))
        return Decision(
            policy: policy.name.value,
            level: policy.levels[rank].value,
            needsImmediateReply: recipients.contains { $0.replyWithin == .immediate },
            allowed: !violations.contains { $0.isEnforced && $0.severity == .error },
            violations: violations,
            recipients: recipients,
            trace: trace ? traces : nil)
    }

    /// The recipients in the order named, each once.
    private func uniqueRecipients(_ message: Message) -> [String] {
        var seen: Set<String> = []
        return message.to.map(\.value).filter { seen.insert($0).inserted }
    }

    /// The sender as rules see it; an id the policy does not know is external.
    private func sender(of id: String) -> Sender {
        guard let profile = profiles[id] else { return Sender(id: id, teams: [], roles: [], isExternal: true) }
        return Sender(id: id, teams: profile.teams, roles: profile.roles, isExternal: false)
    }
}
