import NormsPolicy
import NormsSource

/// How the charter says a rule's conditions and effects in words.
struct RulePhrases {
    /// What `immediate` means, in minutes, for "immediately (within 15 minutes …)".
    let immediateWindow: Int

    // MARK: - Conditions

    /// "on chat, of kind decision", or "every message" when nothing is named.
    func conditions(_ conditions: Conditions?) -> [CharterInline] {
        guard let conditions, !conditions.isEmpty else { return [.text("every message")] }
        var parts: [[CharterInline]] = []
        if let channels = conditions.channel { parts.append([.text("on ")] + alternatives(channels)) }
        if let kinds = conditions.kind { parts.append([.text("of kind ")] + alternatives(kinds)) }
        if let level = conditions.level { parts.append([.text(CharterPhrases.level(level.value))]) }
        if let tags = conditions.tags {
            switch tags.value {
            case .any(let names): parts.append([.text("tagged ")] + alternatives(names))
            case .all(let names): parts.append([.text("tagged ")] + codes(names.map(\.value), conjunction: "and"))
            }
        }
        if let keywords = conditions.keywords {
            parts.append([.text("mentioning ")] + codes(keywords.map(\.value), conjunction: "or"))
        }
        if let senders = conditions.from { parts.append([.text("from ")] + parties(senders)) }
        if let recipients = conditions.to { parts.append([.text("to ")] + parties(recipients)) }
        guard let states = conditions.recipientState else { return .joined(parts, separator: ", ") }
        let state: [CharterInline] = [.text("the recipient is " + CharterPhrases.states(states.map(\.value)))]
        return parts.isEmpty ? state : .joined(parts, separator: ", ") + [.text(" and ")] + state
    }

    private func alternatives(_ names: [Located<String>]) -> [CharterInline] {
        codes(names.map(\.value), conjunction: "or")
    }

    private func parties(_ names: [Located<String>]) -> [CharterInline] {
        var runs = alternatives(names)
        if names.contains(where: { $0.value == "external" }) { runs.append(.text(" (anyone the policy does not name)")) }
        return runs
    }

    /// `a`, `a` or `b`, `a`, `b` or `c`.
    func codes(_ names: [String], conjunction: String) -> [CharterInline] {
        var runs: [CharterInline] = []
        for (index, name) in names.enumerated() {
            if index > 0 { runs.append(.text(index == names.count - 1 ? " \(conjunction) " : ", ")) }
            runs.append(.code(name))
        }
        return runs
    }

    // MARK: - Effects

    /// One phrase per effect, in a fixed order: level, reply, notification, escalation, violation.
    func effects(_ effects: Effects, mode: NormRule.Mode) -> [[CharterInline]] {
        var parts: [[CharterInline]] = []
        if let level = effects.level { parts.append([.text("raise the level to "), .strong(level.value)]) }
        if let reply = effects.replyWithin { parts.append(self.reply(reply.value)) }
        parts += notification(effects)
        if let escalation = effects.escalate { parts.append(self.escalation(escalation)) }
        if let violation = violation(effects, mode: mode) { parts.append(violation) }
        return parts
    }

    /// "expect a reply within 4 business hours".
    func reply(_ duration: PolicyDuration) -> [CharterInline] {
        if duration == .none { return [.text("expect no reply")] }
        return [.text("expect a reply " + CharterPhrases.reply(duration, immediateWindow: immediateWindow))]
    }

    /// The phrases of `interrupt` and `breaks_through`.
    func notification(_ effects: Effects) -> [[CharterInline]] {
        var parts: [[CharterInline]] = []
        switch effects.interrupt?.value {
        case true?: parts.append([.text("notify at once, whatever the recipient's state")])
        case false?: parts.append([.text("never push a notification: it waits until the recipient looks")])
        case nil: break
        }
        if let states = effects.breaksThrough {
            // Every breaks_through list also covers `available`; name only the other states.
            let named = states.map(\.value).filter { $0 != .available }
            let others = RecipientState.allCases.filter { $0 != .available }
            let phrase = if named.isEmpty {
                "notify available recipients at once"
            } else if others.allSatisfy(named.contains) {
                "notify at once, whatever the recipient's state"
            } else {
                "notify at once, even when the recipient is " + CharterPhrases.states(named)
            }
            parts.append([.text(phrase)])
        }
        return parts
    }

    /// "report “TEXT” (warning) and suggest `email`", or `nil` when the rule reports nothing.
    func violation(_ effects: Effects, mode: NormRule.Mode) -> [CharterInline]? {
        guard let violation = effects.violation else {
            return effects.suggest.map { [.text("suggest "), .code($0.value)] }
        }
        let severity = mode == .advisory ? "advisory: reported as info" : (effects.severity?.value ?? .error).rawValue
        var runs: [CharterInline] = [.text("report “\(violation.value)” (\(severity))")]
        if let suggest = effects.suggest { runs += [.text(" and suggest "), .code(suggest.value)] }
        return runs
    }

    /// "if there is no reply 15 minutes after the deadline, escalate by `phone` to the recipient's backup".
    func escalation(_ escalation: Escalation) -> [CharterInline] {
        let target: [CharterInline] = switch escalation.to.value {
        case .backup: [.text("the recipient's backup")]
        case .person(let id): [.code(id)]
        }
        if escalation.after.value == .none {
            // The engine never escalates after `none`: say so rather than invent a time.
            return [.text("name an escalation by "), .code(escalation.via.value),
                    .text(" that never happens (its delay is "), .code("none"), .text(")")]
        }
        let delay = "if there is no reply \(CharterPhrases.amount(escalation.after.value)) after the reply deadline"
        return [.text(delay + ", escalate by "), .code(escalation.via.value), .text(" to ")] + target
    }
}
