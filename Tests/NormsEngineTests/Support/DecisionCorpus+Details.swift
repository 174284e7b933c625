import NormsTestSupport

/// Live statuses, meeting details, timestamps in their several spellings, and the few messages
/// broken on purpose.
extension DecisionCorpus.MessageBuilder {
    // MARK: - Live statuses

    /// One or two live statuses, mostly for the target, with and without `until`.
    mutating func statuses(to: [String], target: CorpusPolicy.Recipient, sentAt: Int, _ random: inout SplitMix64) -> String {
        var entries: [(String, String)] = []
        let count = forceAwayStatus ? 1 : random.pick(weighted: [(1, 85), (2, 15)])
        for index in 0..<count {
            let id = index == 0 && (forceAwayStatus || random.chance(60)) ? target.id
                : random.chance(60) ? random.pick(to) : random.pick(policy.recipientIDs)
            if entries.contains(where: { $0.0 == id }) { continue }
            let state = forceAwayStatus && index == 0 ? "away"
                : random.pick(weighted: [("available", 3), ("focus", 3), ("dnd", 2), ("away", 3)])
            let zone = policy.recipient(id)?.zone ?? target.zone
            features.append("status:" + state)
            switch random.below(10) {
            case 0..<4:
                entries.append((id, JSONText.string(state)))
            case 4..<6:
                entries.append((id, JSONText.object([("state", JSONText.string(state))])))
            default:
                let until = random.chance(25)
                    ? instant(policy.recipient(id) ?? target, day: zone.localDay(of: sentAt) + random.int(in: 0...2), &random)
                    : sentAt + random.pick([-3600, -60, 0, 60, 600, 3600, 7200, 6 * 3600, 9 * 3600, 26 * 3600, 3 * 86_400, 10 * 86_400])
                features[features.count - 1] += "+until"
                entries.append((id, JSONText.object([
                    ("state", JSONText.string(state)),
                    ("until", JSONText.string(timestamp(until, zone: zone, &random))),
                ])))
            }
        }
        forceAwayStatus = false
        return JSONText.object(entries)
    }

    // MARK: - Meetings

    /// `starts_at` around the 24-hour notice, `agenda`, and `prework_shared_at` around 24 hours
    /// before the start; each sometimes missing.
    func meeting(sentAt: Int, zone: CorpusZone, _ random: inout SplitMix64) -> String {
        var fields: [(String, String)] = []
        let startsAt = random.chance(90)
            ? sentAt + random.pick([86_400, 86_400, 86_340, 86_460, 86_399, 7200, 3 * 86_400, 7 * 86_400, -3600])
            : nil
        if let startsAt { fields.append(("starts_at", JSONText.string(timestamp(startsAt, zone: zone, &random)))) }
        switch random.below(20) {
        case 0..<12: fields.append(("agenda", "true"))
        case 12..<15: fields.append(("agenda", "false"))
        default: break
        }
        if random.chance(75) {
            let base = startsAt ?? sentAt + 86_400
            let shared = base - random.pick([86_400, 86_400, 86_340, 86_460, 2 * 86_400, base - sentAt, 0])
            fields.append(("prework_shared_at", JSONText.string(timestamp(shared, zone: zone, &random))))
        }
        return JSONText.object(fields)
    }

    // MARK: - Timestamps

    static let otherOffsets = [3600, 7200, -5 * 3600, -4 * 3600, 5 * 3600 + 45 * 60, 8 * 3600, 5 * 3600 + 30 * 60, -9 * 3600 - 30 * 60]

    /// An instant as RFC 3339, mostly in the zone's own offset, sometimes in UTC or another
    /// offset, and sometimes in the other spellings the format accepts.
    func timestamp(_ instant: Int, zone: CorpusZone, _ random: inout SplitMix64) -> String {
        let other = random.pick(Self.otherOffsets)
        let offset = random.pick(weighted: [(zone.offset(at: instant), 75), (0, 15), (other, 10)])
        let zulu = offset == 0 && random.chance(60)
        let local = instant + offset
        let day = CorpusZone.floorDiv(local, 86_400)
        let second = local - day * 86_400
        let (hour, minute, sec) = (second / 3600, second / 60 % 60, second % 60)
        var separator = "T", time = "\(CorpusDate.pad(hour)):\(CorpusDate.pad(minute))"
        switch random.below(40) {
        case 0: separator = "t"
        case 1: separator = " "
        default: break
        }
        switch random.below(40) {
        case 0 where sec == 0: break                                     // no seconds
        case 1: time += ":\(CorpusDate.pad(sec)).\(random.pick(["5", "250", "999999"]))"
        case 2 where sec == 59: time += ":60"                            // read as :59
        default: time += ":\(CorpusDate.pad(sec))"
        }
        let suffix: String
        if zulu {
            suffix = random.chance(5) ? "z" : "Z"
        } else {
            let sign = offset < 0 ? "-" : "+"
            suffix = "\(sign)\(CorpusDate.pad(abs(offset) / 3600)):\(CorpusDate.pad(abs(offset) / 60 % 60))"
        }
        return CorpusDate.text(day) + separator + time + suffix
    }

    // MARK: - Invalid messages

    /// Breaks a message the way people do: a typo in an id, a field the format does not have, a
    /// timestamp without an offset, a missing or empty recipient list, an unknown status.
    func breakMessage(_ fields: inout [(String, String)], _ random: inout SplitMix64) {
        func set(_ key: String, _ value: String) {
            if let index = fields.firstIndex(where: { $0.0 == key }) { fields[index].1 = value } else { fields.append((key, value)) }
        }
        let strangers = CorpusPolicy.all.flatMap(\.recipientIDs).filter { !policy.recipientIDs.contains($0) }
        switch random.below(10) {
        case 0: set("channel", JSONText.string(random.pick(["emial", "slack", "Chat"])))
        case 1: set("to", JSONText.array([random.pick(policy.recipientIDs), random.pick(strangers)].map(JSONText.string)))
        case 2: set("level", JSONText.string(random.pick(["critical", "Urgent", "medium"])))
        case 3: set("kind", JSONText.string(random.pick(["decsion", "bug", "Question"])))
        case 4: set("sent_at", JSONText.string(random.pick(["2026-03-29T02:30:00", "2026-11-01 01:30", "2027-13-01T10:00:00Z"])))
        case 5: set("priority", JSONText.string("high"))
        case 6: set("status", JSONText.object([(random.pick(policy.recipientIDs), JSONText.string(random.pick(["busy", "offline"])))]))
        case 7: set("status", JSONText.object([(random.pick(strangers), JSONText.string("away"))]))
        case 8: fields.removeAll { $0.0 == "to" }
        default: set("to", "[]")
        }
    }
}

/// Just enough JSON writing for one-line messages: keys keep the order given.
enum JSONText {
    static func string(_ value: String) -> String {
        if !value.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) { return "\"" + value + "\"" }
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    static func array(_ items: [String]) -> String {
        "[" + items.joined(separator: ",") + "]"
    }

    static func object(_ fields: [(String, String)]) -> String {
        "{" + fields.map { string($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }
}
