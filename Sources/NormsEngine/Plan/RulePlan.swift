import NormsPolicy

/// A policy's rules compiled once, when the ``Evaluator`` is made, so that a decision visits only
/// the rules that can match it.
///
/// - Rules are indexed by channel: a message looks only at the rules whose `when` admits its
///   channel (a rule without a channel condition is listed under every channel).
/// - Every condition is compiled to indices and sets (``CompiledConditions``), and every keyword of
///   the policy goes into one ``KeywordAutomaton``, run once per message.
/// - Conditions about the message are decided once per message, those about a recipient once per
///   recipient (``CompiledRule/verdict(for:)``).
struct RulePlan: Sendable {
    let rules: [CompiledRule]
    /// Each rule's effects, by rule index.
    let effects: [RuleEffects]
    /// Every distinct `reply_within` and escalation `after` of the rules: a decision turns each
    /// into an instant at most once per recipient (see ``RuleEffects/replyWithinID``).
    let durations: [PolicyDuration]
    /// Each rule's id, by rule index.
    let ruleIDs: RuleIDTable
    /// The indices of the rules with a `level` effect, in policy order.
    let levelRules: [Int]
    /// Per channel index, the indices of the rules that can hold for it whatever the message's
    /// kind (their `when` names no kind), in policy order.
    let anyKindRulesByChannel: [[Int]]
    /// Per channel index, then per kind id, the indices of the rules that can hold for it whose
    /// `when` names the kind, in policy order. A message looks at these and
    /// ``anyKindRulesByChannel`` only (``forEachCandidate(channel:kindID:_:)``).
    let rulesByChannelAndKind: [[[Int]]]
    /// Channel index by channel id, in the policy's channel order.
    let channelIndex: NameTable
    let keywords: KeywordAutomaton
    /// An id for each kind that a condition names.
    let kindIDs: NameTable
    /// An id for each tag that a condition names, lowercased.
    let tagIDs: NameTable
    /// The ids of the `from` names that each person or team answers to as a sender, by profile
    /// index (see ``Evaluator``), worked out once rather than for every message.
    let senderNameIDsByProfile: [IndexSet64]
    /// The ids of the `from` names that a sender the policy does not know answers to.
    let externalSenderNameIDs: IndexSet64

    /// The facts rules test about a message, before classification.
    /// - Parameters:
    ///   - senderID: the sender's id, as written.
    ///   - senderProfile: the sender's profile index, `nil` for a sender the policy does not know.
    func facts(channel: Int, kind: String?, levelRank: Int, tags: [String], subject: String?, body: String?,
               senderID: String, senderProfile: Int?) -> MessageFacts {
        let hasText = keywords.count > 0 && (subject != nil || body != nil)
        return MessageFacts(
            channel: channel, kind: kind, kindID: kind.flatMap { kindIDs[$0] } ?? -1, levelRank: levelRank,
            tagIDs: IndexSet64(tagIDs.isEmpty ? [] : tags.compactMap { tagIDs[$0.lowercased()] }, capacity: tagIDs.count),
            keywordHits: hasText ? keywords.occurrences(in: [subject, body]) : [Bool](repeating: false, count: keywords.count),
            senderID: senderID,
            senderNameIDs: senderProfile.map { senderNameIDsByProfile[$0] } ?? externalSenderNameIDs)
    }

    /// Calls `body` with the index of each rule whose `when` admits the channel and the kind (`-1`
    /// for a kind no rule names, or none), in policy order: the rules that can hold for a message.
    func forEachCandidate(channel: Int, kindID: Int, _ body: (Int) -> Void) {
        let anyKind = anyKindRulesByChannel[channel]
        guard kindID >= 0 else { return anyKind.forEach(body) }
        let ofKind = rulesByChannelAndKind[channel][kindID]
        // Two lists in policy order, merged; a rule is in at most one of them.
        var (first, second) = (0, 0)
        while first < anyKind.count || second < ofKind.count {
            if second == ofKind.count || (first < anyKind.count && anyKind[first] < ofKind[second]) {
                body(anyKind[first])
                first += 1
            } else {
                body(ofKind[second])
                second += 1
            }
        }
    }

    /// Compiles the policy's rules.
    /// - Parameters:
    ///   - levelRanks: the rank of each level name.
    ///   - senders: every person and team as a sender, in profile order.
    ///   - matchesRecipient: whether a `to` entry names the recipient at a profile index.
    init(policy: Policy, levelRanks: [String: Int], senders: [Sender], matchesRecipient: (String, Int) -> Bool) {
        let recipientCount = senders.count
        var channelIndex: [String: Int] = [:]
        for (index, channel) in policy.channels.enumerated() where channelIndex[channel.id.value] == nil {
            channelIndex[channel.id.value] = index
        }
        var keywordIDs: [String: Int] = [:]
        var keywords: [String] = []
        func keywordID(_ keyword: String) -> Int {
            let lowered = keyword.lowercased()
            if let id = keywordIDs[lowered] { return id }
            keywordIDs[lowered] = keywords.count
            keywords.append(lowered)
            return keywords.count - 1
        }
        var kindIDs: [String: Int] = [:]
        var tagIDs: [String: Int] = [:]
        var senderNameIDs: [String: Int] = [:]
        func intern(_ name: String, in table: inout [String: Int]) -> Int {
            if let id = table[name] { return id }
            table[name] = table.count
            return table.count - 1
        }
        for rule in policy.rules {
            for conditions in [rule.when, rule.unless].compactMap({ $0 }) {
                for kind in conditions.kind ?? [] { _ = intern(kind.value, in: &kindIDs) }
                for tag in conditions.tags?.value.tags ?? [] { _ = intern(tag.value.lowercased(), in: &tagIDs) }
                for name in conditions.from ?? [] { _ = intern(name.value, in: &senderNameIDs) }
            }
        }
        let levelCount = policy.levels.count
        // The recipients each `to` name stands for, worked out once per name rather than once per
        // rule: a large policy names the same few people and teams in thousands of rules.
        var recipientsByName: [String: [Int]] = [:]
        func recipients(named name: String) -> [Int] {
            if let known = recipientsByName[name] { return known }
            let found = (0..<recipientCount).filter { matchesRecipient(name, $0) }
            recipientsByName[name] = found
            return found
        }
        func compile(_ conditions: Conditions?) -> CompiledConditions? {
            guard let conditions else { return nil }
            return CompiledConditions(
                channels: conditions.channel.map { IndexSet64($0.compactMap { channelIndex[$0.value] }, capacity: policy.channels.count) },
                kinds: conditions.kind.map { IndexSet64($0.compactMap { kindIDs[$0.value] }, capacity: kindIDs.count) },
                levelRanks: conditions.level.map { level in
                    IndexSet64((0..<levelCount).filter { level.value.holds(forRank: $0) { levelRanks[$0] } }, capacity: levelCount)
                },
                tags: conditions.tags.map { match in
                    let wanted = match.value.tags.compactMap { tagIDs[$0.value.lowercased()] }
                    if case .all = match.value { return (wanted, true) }
                    return (wanted, false)
                },
                keywords: conditions.keywords.map { $0.map { keywordID($0.value) } },
                from: conditions.from.map { $0.compactMap { senderNameIDs[$0.value] } },
                recipients: conditions.to.map { names in
                    IndexSet64(names.flatMap { recipients(named: $0.value) }, capacity: recipientCount)
                },
                states: conditions.recipientState.map { StateSet($0.map(\.value)) },
                source: conditions)
        }
        let rules = policy.rules.enumerated().map { index, rule in
            CompiledRule(
                index: index, id: rule.id.value, when: compile(rule.when), unless: compile(rule.unless),
                levelRank: rule.then.level.flatMap { levelRanks[$0.value] }, replyWithin: rule.then.replyWithin?.value,
                interrupt: rule.then.interrupt?.value, breaksThrough: rule.then.breaksThrough.map { StateSet($0.map(\.value)) },
                escalate: rule.then.escalate, violation: rule.then.violation == nil ? nil : Violation(of: rule), source: rule.span)
        }
        self.rules = rules
        var durations: [PolicyDuration] = []
        var durationIDs: [PolicyDuration: Int] = [:]
        effects = rules.map { rule in
            RuleEffects(of: rule) { duration in
                if let known = durationIDs[duration] { return known }
                durationIDs[duration] = durations.count
                durations.append(duration)
                return durations.count - 1
            }
        }
        self.durations = durations
        ruleIDs = RuleIDTable(ids: rules.map(\.id))
        levelRules = rules.filter { $0.levelRank != nil }.map(\.index)
        var anyKind = [[Int]](repeating: [], count: policy.channels.count)
        var byKind = [[[Int]]](repeating: [[Int]](repeating: [], count: kindIDs.count), count: policy.channels.count)
        for rule in rules {
            let kinds = rule.when?.source.kind.map { Set($0.compactMap { kindIDs[$0.value] }).sorted() }
            for channel in policy.channels.indices where rule.when?.channels?.contains(channel) ?? true {
                guard let kinds else {
                    anyKind[channel].append(rule.index)
                    continue
                }
                for kind in kinds { byKind[channel][kind].append(rule.index) }
            }
        }
        anyKindRulesByChannel = anyKind
        rulesByChannelAndKind = byKind
        self.kindIDs = NameTable(kindIDs)
        self.tagIDs = NameTable(tagIDs)
        let senderNames = senderNameIDs.sorted { $0.value < $1.value }.map(\.key)
        func nameIDs(of sender: Sender) -> IndexSet64 {
            IndexSet64(senderNames.indices.filter { sender.matches(senderNames[$0]) }, capacity: senderNames.count)
        }
        senderNameIDsByProfile = senders.map(nameIDs)
        externalSenderNameIDs = nameIDs(of: Sender(id: "", teams: [], roles: [], isExternal: true))
        self.channelIndex = NameTable(channelIndex)
        self.keywords = KeywordAutomaton(keywords: keywords)
    }
}
