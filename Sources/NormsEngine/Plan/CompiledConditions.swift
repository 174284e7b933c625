import NormsPolicy

/// A `when` or `unless` block compiled against the policy: names become indices and sets, so a
/// condition is a few comparisons. `nil` fields are conditions the block does not name.
///
/// The conditions split in two: those about the message (channel, kind, level, tags, keywords,
/// sender), decided once per message, and those about a recipient (`to`, `recipient_state`),
/// decided per recipient. A class, as ``CompiledRule`` is, so reading one copies nothing.
final class CompiledConditions: Sendable {
    /// Channel indices (see ``RulePlan/channelIndex``) the block accepts.
    let channels: IndexSet64?
    /// Kind ids (see ``RulePlan/kindIDs``) the block accepts.
    let kinds: IndexSet64?
    /// Level ranks the block accepts.
    let levelRanks: IndexSet64?
    /// Tag ids (see ``RulePlan/tagIDs``), and whether all are needed (else any one).
    let tags: (wanted: [Int], all: Bool)?
    /// Keyword ids (see ``KeywordAutomaton``): any one must occur.
    let keywords: [Int]?
    /// Sender-name ids (see ``RulePlan/senderNameIDs``): any one must name the sender.
    let from: [Int]?
    /// Recipient indices (see ``Evaluator``'s profile order) that `to` accepts.
    let recipients: IndexSet64?
    let states: StateSet?
    /// The block as written, for explanations.
    let source: Conditions

    init(channels: IndexSet64?, kinds: IndexSet64?, levelRanks: IndexSet64?, tags: (wanted: [Int], all: Bool)?,
         keywords: [Int]?, from: [Int]?, recipients: IndexSet64?, states: StateSet?, source: Conditions) {
        self.channels = channels
        self.kinds = kinds
        self.levelRanks = levelRanks
        self.tags = tags
        self.keywords = keywords
        self.from = from
        self.recipients = recipients
        self.states = states
        self.source = source
        dependsOnRecipient = recipients != nil || states != nil
    }

    /// Whether the block names `to` or `recipient_state`.
    let dependsOnRecipient: Bool

    // MARK: - Matching

    /// Whether every condition about the message holds.
    func messagePartHolds(_ facts: MessageFacts) -> Bool {
        failedMessageCondition(facts) == nil
    }

    /// Whether `to` and `recipient_state` hold for a recipient.
    func recipientPartHolds(recipient: Int, state: RecipientState) -> Bool {
        failedRecipientCondition(recipient: recipient, state: state) == nil
    }

    /// The first condition about the message that fails, in the order the reference lists them.
    func failedMessageCondition(_ facts: MessageFacts) -> Key? {
        if let channels, !channels.contains(facts.channel) { return .channel }
        if let kinds, !kinds.contains(facts.kindID) { return .kind }
        if let levelRanks, !levelRanks.contains(facts.levelRank) { return .level }
        if let tags {
            let present = facts.tagIDs
            let holds = tags.all ? tags.wanted.allSatisfy(present.contains) : tags.wanted.contains(where: present.contains)
            if !holds { return .tags }
        }
        if let keywords, !keywords.contains(where: { facts.keywordHits[$0] }) { return .keywords }
        if let from, !from.contains(where: facts.senderNameIDs.contains) { return .from }
        return nil
    }

    /// The first condition about the recipient that fails.
    func failedRecipientCondition(recipient: Int, state: RecipientState) -> Key? {
        if let recipients, !recipients.contains(recipient) { return .to }
        if let states, !states.contains(state) { return .recipientState }
        return nil
    }

    /// The conditions a block can name, in the reference's order.
    enum Key: String, CaseIterable {
        case channel, kind, level, tags, keywords, from, to
        case recipientState = "recipient_state"
    }
}

/// A set of small non-negative integers (channel, level and recipient indices) as bits.
/// The first 64 members live inline, so the common small set allocates nothing.
struct IndexSet64: Sendable {
    private var first: UInt64 = 0
    private var rest: [UInt64] = []

    init(_ members: some Sequence<Int>, capacity: Int) {
        if capacity > 64 { rest = [UInt64](repeating: 0, count: (capacity - 1) / 64) }
        for member in members where member >= 0 && member < capacity {
            if member < 64 { first |= 1 << UInt64(member) } else { rest[member / 64 - 1] |= 1 << UInt64(member % 64) }
        }
    }

    func contains(_ member: Int) -> Bool {
        if member >= 0 && member < 64 { return first & (1 << UInt64(member)) != 0 }
        let word = member / 64 - 1
        return member >= 0 && word < rest.count && rest[word] & (1 << UInt64(member % 64)) != 0
    }
}
