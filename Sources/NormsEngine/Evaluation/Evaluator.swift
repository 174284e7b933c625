import Foundation
import NormsPolicy
import NormsSource

/// Evaluates messages against one policy. Create it once per policy: it resolves every
/// recipient's settings and compiles the rules (``RulePlan``) up front, so each evaluation only
/// reads them.
///
/// Evaluation is deterministic and independent of rule order except where the format says
/// "first in policy order" (ties between equally demanding rules).
public struct Evaluator: Sendable {
    public let policy: Policy
    /// Profiles of every person and team, teams first, in policy order.
    let profileList: [RecipientProfile]
    /// The index of each profile in ``profileList``, by id.
    let profileIndex: NameTable
    /// The rank of each level, by name (0 = least urgent).
    let levelRanks: NameTable
    /// The rank of the policy's `default_level`.
    let defaultLevelRank: Int
    /// What `immediate` means, in seconds.
    let immediateWindow: Int
    let plan: RulePlan
    /// Per profile index, then per channel index, what the recipient's decision falls back on.
    let channelDefaults: [[ChannelDefaults]]
    /// Per channel index, then per level rank, the channel's `min_level` violation at that level.
    let minLevelViolations: [[Violation?]]
    /// Per level rank, the first members of a decision at that level (``Decision/leadingJSON``).
    let decisionLeadingJSON: [[UInt8]]

    /// Prepares a policy for evaluation.
    public init(policy: Policy) {
        self.policy = policy
        // One clock per zone: each builds its zone's offset table once.
        var clocks: [String: ZoneClock] = [:]
        func clock(_ id: String) -> ZoneClock {
            if let known = clocks[id] { return known }
            let zone = TimeZone(identifier: id)
            let made = ZoneClock(zone: zone ?? TimeZone(identifier: "UTC")!, identifier: zone == nil ? "UTC" : id)
            clocks[id] = made
            return made
        }
        var profiles: [RecipientProfile] = []
        for team in policy.teams {
            let settings = ResolvedSettings(team: team, in: policy)
            profiles.append(RecipientProfile(settings: settings, roles: [], away: [], in: policy, clock: clock(settings.timezone.value)))
        }
        for person in policy.people {
            let settings = ResolvedSettings(person: person, in: policy)
            profiles.append(RecipientProfile(
                settings: settings, roles: person.roles, away: person.away, in: policy, clock: clock(settings.timezone.value)))
        }
        var index: [String: Int] = [:]
        // A person and a team of one id is a load error; should both exist, the person wins, as before.
        for (position, profile) in profiles.enumerated() { index[profile.id] = position }
        self.profileList = profiles
        self.profileIndex = NameTable(index)
        let ranks = Dictionary(policy.levels.enumerated().map { ($1.value, $0) }, uniquingKeysWith: { first, _ in first })
        self.levelRanks = NameTable(ranks)
        self.defaultLevelRank = ranks[policy.defaultLevel.value] ?? 0
        self.immediateWindow = policy.immediateWindow.value * 60
        let channelSources = policy.channels.map { "channel.\($0.id.value)" }
        self.channelDefaults = profiles.map { profile in
            zip(policy.channels, channelSources).map { ChannelDefaults(channel: $0, channelSource: $1, profile: profile) }
        }
        self.minLevelViolations = policy.channels.map { Self.minLevelViolations(of: $0, levels: policy.levels, levelRanks: ranks) }
        self.decisionLeadingJSON = policy.levels.map { level in
            var leading = JSONOutput()
            Decision.appendLeadingJSON(policy: policy.name.value, level: level.value, to: &leading)
            return leading.bytes
        }
        let senders = profiles.map { Sender(id: $0.id, teams: $0.teams, roles: $0.roles, isExternal: false) }
        self.plan = RulePlan(policy: policy, levelRanks: ranks, senders: senders) { name, position in
            let profile = profiles[position]
            return index[profile.id] == position
                && (name == profile.id || profile.teams.contains(name) || profile.roles.contains(name))
        }
    }

    /// The resolved settings of a person or team.
    package func profile(_ id: String) -> RecipientProfile? { profileIndex[id].map { profileList[$0] } }

    /// Evaluates one message.
    /// - Parameters:
    ///   - message: the message.
    ///   - trace: whether to record every rule considered, for `--explain`, in ``Decision/trace``.
    /// - Returns: the decision.
    /// - Throws: ``InputError`` when the message names a channel, recipient, kind or level the
    ///   policy does not know.
    public func evaluate(_ message: Message, trace: Bool = false) throws(InputError) -> Decision {
        guard trace else { return try evaluate(message, tracer: nil) }
        let buffer = RuleTraceBuffer()
        var decision = try evaluate(message, tracer: buffer)
        decision.trace = buffer.steps
        return decision
    }

    /// Evaluates one message, reporting every rule considered to `tracer` when there is one.
    /// - Throws: ``InputError`` as ``evaluate(_:trace:)`` does.
    public func evaluate(_ message: Message, tracer: (any EvaluationTracer)?) throws(InputError) -> Decision {
        try validate(message)
        var facts = facts(of: message)
        let classification = classify(message, facts: facts, tracer: tracer)
        facts.levelRank = classification.rank
        var candidates: [(rule: Int, verdict: CompiledRule.MessageVerdict)] = []
        candidates.reserveCapacity(plan.anyKindRulesByChannel[facts.channel].count
            + (facts.kindID >= 0 ? plan.rulesByChannelAndKind[facts.channel][facts.kindID].count : 0))
        plan.forEachCandidate(channel: facts.channel, kindID: facts.kindID) { index in
            if let verdict = plan.rules[index].verdict(for: facts) { candidates.append((index, verdict)) }
        }
        var recipients: [RecipientDecision] = []
        recipients.reserveCapacity(message.to.count)
        var violating: [Int] = []
        // The recipients in the order named, each once.
        for (position, recipient) in message.to.enumerated()
        where !message.to[..<position].contains(where: { $0.value == recipient.value }) {
            recipients.append(evaluateRecipient(recipient.value, message: message, facts: facts, candidates: candidates,
                                                violating: &violating, tracer: tracer))
        }
        // Each violated rule once, in policy order.
        violating.sort()
        var violations = channelViolations(message, channelIndex: facts.channel, levelRank: facts.levelRank)
        for (position, rule) in violating.enumerated() where position == 0 || violating[position - 1] != rule {
            violations.append(plan.rules[rule].violation!)
        }
        return Decision(
            policy: policy.name.value,
            level: policy.levels[facts.levelRank].value,
            leadingJSON: decisionLeadingJSON[facts.levelRank],
            needsImmediateReply: recipients.contains { $0.replyWithin == .immediate },
            allowed: !violations.contains { $0.isEnforced && $0.severity == .error },
            violations: violations,
            recipients: recipients,
            levelBy: classification.raisedBy.map { plan.rules[$0].id } ?? (message.level == nil ? "default_level" : "message.level"))
    }

    /// What rules can test about the message, before classification.
    private func facts(of message: Message) -> MessageFacts {
        plan.facts(
            channel: plan.channelIndex[message.channel.value]!,  // validated
            kind: message.kind?.value,
            levelRank: message.level.flatMap { levelRanks[$0.value] } ?? defaultLevelRank,
            tags: message.tags.map(\.value), subject: message.subject, body: message.body,
            senderID: message.from.value, senderProfile: profileIndex[message.from.value])
    }
}

extension Evaluator {
    /// An evaluator of the same policy with a plan of its own, for another thread. An evaluation
    /// retains and releases the plan's objects, and threads that do so on the same objects contend
    /// for their reference counts: two batch workers sharing one evaluator spent about a sixth more
    /// time on each message than two with one each.
    package func forAnotherThread() -> Evaluator { Evaluator(policy: policy) }
}
