import NormsSource
import NormsYAML

/// Reads the effects of a rule's `then`.
struct EffectsReader {
    let reader: NodeReader

    static let keys = ["level", "reply_within", "interrupt", "breaks_through", "escalate", "violation", "severity", "suggest"]
    static let escalationKeys = ["after", "via", "to"]
    private static let requiredEscalationKeys = ["after", "via"]
    private static let escalationHelp = [
        "after": "add 'after:' with how long to wait for a reply, such as '15m' or '1 business hour'",
        "via": "add 'via:' with the channel to escalate on, such as 'phone'",
    ]

    private var log: DiagnosticLog { reader.log }

    /// Reads an effects map; `then: {}` is an error, since a rule must do something.
    func effects(_ field: Field) -> Effects? {
        guard let map = reader.map(field, known: Self.keys, expected: "a mapping of effects") else { return nil }
        if map.isEmpty {
            log.error(.emptyEffects, "\(field.label) has no effect", at: field.keySpan,
                      help: "add at least one effect: " + Self.keys.map { "\(quoted: $0)" }.joined(separator: ", "))
        }
        return Effects(
            level: map["level"].flatMap { reader.string($0, expected: "a level name") },
            replyWithin: map["reply_within"].flatMap { reader.duration($0) },
            interrupt: map["interrupt"].flatMap(reader.bool),
            breaksThrough: map["breaks_through"].flatMap(breaksThrough),
            escalate: map["escalate"].flatMap(escalation),
            violation: map["violation"].flatMap { reader.locatedText($0) },
            severity: map["severity"].flatMap { reader.choice($0, of: Severity.self) },
            suggest: map["suggest"].flatMap { reader.string($0, expected: "a channel id") },
            span: field.node.span
        )
    }

    // MARK: - Breaks through

    /// Reads states (or `all`, every state) that the message may interrupt.
    private func breaksThrough(_ field: Field) -> [Located<RecipientState>]? {
        if field.node.mapping != nil || field.node.isNull {
            reader.wrongType(field, expected: "a recipient state or a list of them")
            return nil
        }
        let names = RecipientState.allCases.map(\.rawValue) + ["all"]
        let items = reader.list(field)
        if items.isEmpty {
            // An empty list would still cover `available` and force a notification.
            log.error(.invalidValue, "\(field.label) names no recipient state", at: field.node.span,
                      help: "name the states this message may interrupt, such as [after_hours, focus], or remove the key")
            return nil
        }
        var states: [Located<RecipientState>] = []
        for item in items {
            guard let name = reader.string(item, expected: "a recipient state") else { continue }
            if name.value == "all" {
                states += RecipientState.allCases.map { Located($0, at: name.span) }
            } else if let state = RecipientState(rawValue: name.value) {
                states.append(Located(state, at: name.span))
            } else {
                log.error(.invalidValue, "invalid recipient state \(quoted: name.value) in \(field.label)", at: name.span,
                          help: Suggestions.didYouMean(name.value, in: names)
                            ?? "write one or more of " + names.map { "\(quoted: $0)" }.joined(separator: ", "))
            }
        }
        return states
    }

    // MARK: - Escalation

    /// Reads `escalate: {after: D, via: CHANNEL, to: backup | PERSON}` (`to` defaults to `backup`).
    private func escalation(_ field: Field) -> Escalation? {
        guard let map = reader.map(field, known: Self.escalationKeys, required: Self.requiredEscalationKeys,
                                   missingHelp: Self.escalationHelp, expected: "a mapping such as {after: 15m, via: phone}")
        else { return nil }
        var after = map["after"].flatMap { reader.duration($0) }
        if let none = after, none.value == .none {
            log.error(.invalidValue, "'after: none' never escalates", at: none.span,
                      help: "write how long to wait for a reply, such as '15m' or '1 business hour', or remove 'escalate'")
            after = nil
        }
        let via = map["via"].flatMap { reader.string($0, expected: "a channel id") }
        let to = map["to"].flatMap { reader.string($0, expected: "'backup' or a person id") }
        guard let after, let via, map["to"] == nil || to != nil else { return nil }
        let target = to.map { $0.map { $0 == "backup" ? Escalation.Target.backup : .person($0) } }
            ?? Located(.backup, at: field.keySpan)
        return Escalation(after: after, via: via, to: target, span: field.node.span)
    }
}
