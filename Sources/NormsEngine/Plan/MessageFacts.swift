import NormsPolicy

/// What rules can test about one message, worked out once per message as ids of the
/// ``RulePlan``: its channel's index, kind, current level, tags, which keywords occur, and which
/// names of `from` conditions the sender answers to.
struct MessageFacts {
    let channel: Int
    let kind: String?
    /// The kind's id, `-1` when no rule names it.
    let kindID: Int
    /// The level's rank (0 = least urgent); classification raises it.
    var levelRank: Int
    /// The ids of the message's tags that some rule names (compared lowercased).
    let tagIDs: IndexSet64
    /// Whether each keyword of the plan occurs, by keyword id.
    let keywordHits: [Bool]
    /// The sender's id, as the message names it.
    let senderID: String
    /// The ids of the `from` names that match the sender.
    let senderNameIDs: IndexSet64
}

/// The sender as rules see it: `from` matches the id, a team they belong to, a role, or `external`.
struct Sender {
    let id: String
    let teams: Set<String>
    let roles: Set<String>
    /// Not a person or team of the policy.
    let isExternal: Bool

    /// Whether a `from` entry names this sender. `external` matches a sender the policy does not
    /// know, and nothing else does: an outside address that happens to equal a role or team name
    /// is still outside.
    func matches(_ id: String) -> Bool {
        if id == "external" || isExternal { return id == "external" && isExternal }
        return id == self.id || teams.contains(id) || roles.contains(id)
    }
}
