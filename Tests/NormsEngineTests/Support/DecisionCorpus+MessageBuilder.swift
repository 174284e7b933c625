import NormsTestSupport

extension DecisionCorpus {
    /// Builds one message for one policy: the instant from ``moment(_:)``, then recipients,
    /// channel, sender, level, kind, tags, text, live statuses and meeting details.
    struct MessageBuilder {
        let policy: CorpusPolicy
        /// Set when the moment wants a live `away` status because the policy has no away dates.
        var forceAwayStatus = false
        /// See ``DecisionCorpus/Item/features``.
        var features: [String] = []

        init(policy: CorpusPolicy) {
            self.policy = policy
        }

        mutating func item(_ random: inout SplitMix64) -> Item {
            let (moment, target, sentAt) = moment(&random)
            let to = recipients(target, &random)
            let channel = random.pick(weighted: policy.channels.map { ($0, $0 == "meeting" ? 2 : 3) })
            features = ["channel:" + channel] + to.map { "to:" + $0 }
            var fields: [(String, String)] = [
                ("channel", JSONText.string(channel)),
                ("from", JSONText.string(sender(&random))),
                ("to", to.count == 1 && random.chance(10) ? JSONText.string(to[0]) : JSONText.array(to.map(JSONText.string))),
                ("sent_at", JSONText.string(timestamp(sentAt, zone: target.zone, &random))),
            ]
            if random.chance(60) { fields.append(("level", JSONText.string(level(&random)))) }
            if random.chance(70) { fields.append(("kind", JSONText.string(random.pick(policy.kinds)))) }
            if random.chance(55) { fields.append(("tags", JSONText.array(tags(&random).map(JSONText.string)))) }
            if random.chance(50) { fields.append(("subject", JSONText.string(text(&random, words: 3...7)))) }
            if random.chance(40) { fields.append(("body", JSONText.string(text(&random, words: 6...18)))) }
            if forceAwayStatus || random.chance(28) {
                fields.append(("status", statuses(to: to, target: target, sentAt: sentAt, &random)))
            }
            if random.chance(channel == "meeting" ? 90 : 4) {
                fields.append(("meeting", meeting(sentAt: sentAt, zone: target.zone, &random)))
            }
            var isInvalid = false
            if random.chance(1) {
                breakMessage(&fields, &random)
                isInvalid = true
            }
            return Item(policy: policy.key, moment: moment, text: JSONText.object(fields), isInvalid: isInvalid,
                        features: features)
        }

        // MARK: - Who

        /// The target first, then up to three more; sometimes a recipient twice.
        func recipients(_ target: CorpusPolicy.Recipient, _ random: inout SplitMix64) -> [String] {
            var to = [target.id]
            let more = random.pick(weighted: [(0, 50), (1, 30), (2, 14), (3, 6)])
            for _ in 0..<more { to.append(random.pick(policy.recipientIDs)) }
            if random.chance(4) { to.append(target.id) }
            return to
        }

        /// A person or team of the policy, or an outside sender.
        func sender(_ random: inout SplitMix64) -> String {
            random.chance(25) ? random.pick(policy.externals) : random.pick(policy.recipientIDs)
        }

        func level(_ random: inout SplitMix64) -> String {
            random.pick(weighted: zip(policy.levels, [2, 4, 3, 2]).map { ($0, $1) })
        }

        func tags(_ random: inout SplitMix64) -> [String] {
            (0..<random.pick(weighted: [(1, 6), (2, 3), (0, 1)])).map { _ in random.pick(policy.tags) }
        }

        /// Filler words, sometimes with a keyword of the policy or a near miss, in any case.
        func text(_ random: inout SplitMix64, words: ClosedRange<Int>) -> String {
            var parts = (0..<random.int(in: words)).map { _ in random.pick(Self.filler) }
            let roll = random.below(100)
            if roll < 30 {
                parts.insert(random.pick(policy.keywords) + random.pick(["", "", "", ".", ",", "!", "?"]), at: random.below(parts.count + 1))
            } else if roll < 42 {
                parts.insert(random.pick(policy.nearMisses), at: random.below(parts.count + 1))
            }
            return parts.joined(separator: " ")
        }

        static let filler = [
            "please", "can", "you", "look", "at", "the", "export", "customer", "asked", "about", "their", "invoice", "today",
            "deploy", "failed", "again", "Urgent", "urgent", "now", "thanks", "order", "#4711", "Ü-umlaut", "café", "re:", "FYI",
            "card", "number", "legal", "action", "refunds", "chargeback-free", "x_refund", "1refund",
        ]
    }
}
