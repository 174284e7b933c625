import NormsSource

/// Checks the names a rule uses: in its conditions, its effects and its owner.
struct RuleReferenceValidator {
    let validator: ReferenceValidator
    /// Every role some person holds, sorted.
    let roles: [String]

    private var policy: Policy { validator.policy }

    func check(_ rule: NormRule) {
        let place = "rules.\(rule.id.value)"
        if let when = rule.when { check(when, at: "\(place).when") }
        if let unless = rule.unless { check(unless, at: "\(place).unless") }
        check(rule.then, at: "\(place).then")
        if let owner = rule.owner {
            validator.expect(owner, in: policy.people.map(\.id.value) + policy.teams.map(\.id.value),
                             .unknownReference, "person or team", at: "\(place).owner")
        }
    }

    // MARK: - Conditions

    private func check(_ conditions: Conditions, at place: String) {
        let channels = policy.channels.map(\.id.value)
        for channel in conditions.channel ?? [] {
            validator.expect(channel, in: channels, .unknownChannel, "channel", at: "\(place).channel")
        }
        if let kinds = policy.kinds?.map(\.value) {
            for kind in conditions.kind ?? [] {
                validator.expect(kind, in: kinds, .unknownKind, "kind", at: "\(place).kind")
            }
        }
        let parties = policy.people.map(\.id.value) + policy.teams.map(\.id.value) + roles
        for sender in conditions.from ?? [] {
            validator.expect(sender, in: parties + ["external"], .unknownReference, "person, team or role", at: "\(place).from")
        }
        for recipient in conditions.to ?? [] {
            validator.expect(recipient, in: parties, .unknownReference, "person, team or role", at: "\(place).to",
                             extraHelp: recipient.value == "external"
                                ? "'external' matches senders only: recipients are always in the policy" : nil)
        }
    }

    // MARK: - Effects

    private func check(_ effects: Effects, at place: String) {
        let channels = policy.channels.map(\.id.value)
        if let level = effects.level {
            validator.expect(level, in: policy.levels.map(\.value), .unknownLevel, "level", at: "\(place).level")
        }
        if let suggest = effects.suggest {
            validator.expect(suggest, in: channels, .unknownChannel, "channel", at: "\(place).suggest")
        }
        guard let escalation = effects.escalate else { return }
        validator.expect(escalation.via, in: channels, .unknownChannel, "channel", at: "\(place).escalate.via")
        if case .person(let id) = escalation.to.value {
            validator.expect(Located(id, at: escalation.to.span), in: policy.people.map(\.id.value), .unknownPerson,
                             "person", at: "\(place).escalate.to", extraHelp: "name a person, or 'backup' for the recipient's backup")
        }
    }
}
