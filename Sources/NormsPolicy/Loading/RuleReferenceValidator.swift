import NormsSource

/// Checks the names a rule uses: in its conditions, its effects and its owner.
struct RuleReferenceValidator {
    let validator: ReferenceValidator
    private let channels: NameSet
    /// `nil` when the policy does not restrict kinds.
    private let kinds: NameSet?
    private let levels: NameSet
    private let people: NameSet
    private let owners: NameSet
    private let senders: NameSet
    private let recipients: NameSet

    /// - Parameter roles: every role some person holds, sorted.
    init(validator: ReferenceValidator, roles: [String]) {
        self.validator = validator
        let policy = validator.policy
        let personIDs = policy.people.map(\.id.value)
        let teamIDs = policy.teams.map(\.id.value)
        channels = NameSet(policy.channels.map(\.id.value))
        kinds = policy.kinds.map { NameSet($0.map(\.value)) }
        levels = NameSet(policy.levels.map(\.value))
        people = NameSet(personIDs)
        owners = NameSet(personIDs + teamIDs)
        senders = NameSet(personIDs + teamIDs + roles + ["external"])
        recipients = NameSet(personIDs + teamIDs + roles)
    }

    func check(_ rule: NormRule) {
        let id = rule.id.value
        if let when = rule.when { check(when, at: "when", of: id) }
        if let unless = rule.unless { check(unless, at: "unless", of: id) }
        check(rule.then, of: id)
        if let owner = rule.owner {
            validator.expect(owner, in: owners, .unknownReference, "person or team", at: "rules.\(id).owner")
        }
    }

    // MARK: - Conditions

    private func check(_ conditions: Conditions, at key: String, of id: String) {
        for channel in conditions.channel ?? [] {
            validator.expect(channel, in: channels, .unknownChannel, "channel", at: "rules.\(id).\(key).channel")
        }
        if let kinds {
            for kind in conditions.kind ?? [] {
                validator.expect(kind, in: kinds, .unknownKind, "kind", at: "rules.\(id).\(key).kind")
            }
        }
        for sender in conditions.from ?? [] {
            validator.expect(sender, in: senders, .unknownReference, "person, team or role", at: "rules.\(id).\(key).from")
        }
        for recipient in conditions.to ?? [] {
            validator.expect(recipient, in: recipients, .unknownReference, "person, team or role", at: "rules.\(id).\(key).to",
                             extraHelp: recipient.value == "external"
                                ? "'external' matches senders only: recipients are always in the policy" : nil)
        }
    }

    // MARK: - Effects

    private func check(_ effects: Effects, of id: String) {
        if let level = effects.level {
            validator.expect(level, in: levels, .unknownLevel, "level", at: "rules.\(id).then.level")
        }
        if let suggest = effects.suggest {
            validator.expect(suggest, in: channels, .unknownChannel, "channel", at: "rules.\(id).then.suggest")
        }
        guard let escalation = effects.escalate else { return }
        validator.expect(escalation.via, in: channels, .unknownChannel, "channel", at: "rules.\(id).then.escalate.via")
        if case .person(let person) = escalation.to.value {
            validator.expect(Located(person, at: escalation.to.span), in: people, .unknownPerson,
                             "person", at: "rules.\(id).then.escalate.to", extraHelp: "name a person, or 'backup' for the recipient's backup")
        }
    }
}
