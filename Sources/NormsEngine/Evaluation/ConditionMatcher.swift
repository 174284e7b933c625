import NormsSource
import NormsPolicy

/// Decides whether a rule's conditions hold, and names the first one that does not.
struct ConditionMatcher {
    let rankOfLevel: (String) -> Int?

    /// `nil` when the rule applies; otherwise why it does not.
    func whyNot(_ rule: NormRule, in context: MatchContext) -> String? {
        if let when = rule.when, let failure = firstFailure(of: when, in: context) { return failure }
        if let unless = rule.unless, firstFailure(of: unless, in: context) == nil {
            return "unless held" + (unless.isEmpty ? "" : ": " + namedConditions(unless).joined(separator: ", "))
        }
        return nil
    }

    /// `nil` when every named condition holds; otherwise a description of the first that fails.
    func firstFailure(of conditions: Conditions, in context: MatchContext) -> String? {
        let message = context.message
        if let channels = conditions.channel, !channels.contains(where: { $0.value == message.channel.value }) {
            return "channel: \(message.channel.value) is not \(list(channels))"
        }
        if let kinds = conditions.kind {
            guard let kind = message.kind?.value else { return "kind: the message names no kind" }
            if !kinds.contains(where: { $0.value == kind }) { return "kind: \(kind) is not \(list(kinds))" }
        }
        if let level = conditions.level, !level.value.holds(forRank: context.levelRank, rankOf: rankOfLevel) {
            return "level: the level does not match \(level.value)"
        }
        if let tags = conditions.tags, !tagsMatch(tags.value, message.tags.map(\.value)) {
            return "tags: the message's tags do not match"
        }
        if let keywords = conditions.keywords,
           !keywords.contains(where: { KeywordMatcher.matches($0.value, in: message.subject, message.body) }) {
            return "keywords: none of \(list(keywords)) appears in the subject or body"
        }
        if let from = conditions.from, !from.contains(where: { senderMatches($0.value, context.sender) }) {
            return "from: \(context.sender.id) is not \(list(from))"
        }
        if let to = conditions.to {
            guard let recipient = context.recipient else { return "to: no recipient" }
            if !to.contains(where: { recipientMatches($0.value, recipient) }) { return "to: \(recipient.id) is not \(list(to))" }
        }
        if let states = conditions.recipientState {
            guard let state = context.state else { return "recipient_state: no recipient" }
            if !states.contains(where: { $0.value == state }) {
                return "recipient_state: \(state.rawValue) is not \(states.map(\.value.rawValue).joined(separator: " or "))"
            }
        }
        return nil
    }

    private func tagsMatch(_ match: Conditions.TagMatch, _ tags: [String]) -> Bool {
        let present = Set(tags.map { $0.lowercased() })
        switch match {
        case .any(let wanted): return wanted.contains { present.contains($0.value.lowercased()) }
        case .all(let wanted): return wanted.allSatisfy { present.contains($0.value.lowercased()) }
        }
    }

    /// `external` matches a sender the policy does not know, and nothing else does: an outside
    /// address that happens to equal a role or team name is still outside.
    private func senderMatches(_ id: String, _ sender: Sender) -> Bool {
        if id == "external" || sender.isExternal { return id == "external" && sender.isExternal }
        return id == sender.id || sender.teams.contains(id) || sender.roles.contains(id)
    }

    private func recipientMatches(_ id: String, _ recipient: RecipientProfile) -> Bool {
        id == recipient.id || recipient.teams.contains(id) || recipient.roles.contains(id)
    }

    private func list(_ values: [Located<String>]) -> String {
        values.count == 1 ? values[0].value : "any of " + values.map(\.value).joined(separator: ", ")
    }

    private func namedConditions(_ conditions: Conditions) -> [String] {
        [("channel", conditions.channel != nil), ("kind", conditions.kind != nil), ("level", conditions.level != nil),
         ("tags", conditions.tags != nil), ("keywords", conditions.keywords != nil), ("from", conditions.from != nil),
         ("to", conditions.to != nil), ("recipient_state", conditions.recipientState != nil)]
            .filter(\.1).map(\.0)
    }
}
