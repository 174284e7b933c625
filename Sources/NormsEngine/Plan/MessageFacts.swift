import NormsPolicy

/// What rules can test about one message, worked out once per message: its channel's index, kind,
/// current level, lowercased tags, which keywords occur, and the sender.
struct MessageFacts {
    let channel: Int
    let kind: String?
    /// The level's rank (0 = least urgent); classification raises it.
    var levelRank: Int
    let lowercasedTags: Set<String>
    /// Whether each keyword of the plan occurs, by keyword id.
    let keywordHits: [Bool]
    let sender: Sender
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
