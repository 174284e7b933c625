import NormsPolicy

/// Everything a rule's conditions can look at.
struct MatchContext {
    let message: Message
    /// The message's current level, as a rank (0 = least urgent).
    let levelRank: Int
    let sender: Sender
    /// The recipient being evaluated; `nil` during classification.
    let recipient: RecipientProfile?
    let state: RecipientState?
}

/// The sender as rules see it: `from` matches the id, a team they belong to, a role, or `external`.
struct Sender {
    let id: String
    let teams: Set<String>
    let roles: Set<String>
    /// Not a person or team of the policy.
    let isExternal: Bool
}
