/// What the decision corpus knows about one example policy: the ids a valid message may use and
/// each recipient's calendar, written out by hand from the policy file so that the generated
/// messages never depend on the code under test.
///
/// The policies are the frozen copies in `Fixtures/DecisionCorpus/policies/`; keep this file in
/// step with them when the copies are replaced (and re-record the fixture).
struct CorpusPolicy: Sendable {
    /// A weekly block of local time: working hours or a focus block. An `end` at or before
    /// `start` runs into the next day.
    struct Block: Sendable {
        /// 0 = Monday … 6 = Sunday.
        var weekdays: [Int]
        /// Seconds after local midnight.
        var start: Int
        var end: Int

        var isOvernight: Bool { end <= start }
    }

    /// A person or team that may be named in `to`.
    struct Recipient: Sendable {
        var id: String
        var zone: CorpusZone
        var hours: [Block]
        var focus: [Block] = []
        /// Away dates, as day numbers.
        var away: [Int] = []
    }

    /// The file name without `.yaml`.
    var key: String
    var channels: [String]
    var levels: [String]
    var kinds: [String]
    var recipients: [Recipient]
    /// Senders the policy does not name (so `external`).
    var externals: [String]
    /// Tags the rules look at, and some they ignore.
    var tags: [String]
    /// Words and phrases the rules look for, and near misses that must not match.
    var keywords: [String]
    var nearMisses: [String]
    /// Holiday dates, as day numbers, every day of a range listed.
    var holidays: [Int]

    var recipientIDs: [String] { recipients.map(\.id) }

    func recipient(_ id: String) -> Recipient? { recipients.first { $0.id == id } }

    // MARK: - The example policies

    static let all = [remoteAsync, support, oncall]

    static let baseChannels = ["email", "chat", "phone", "meeting", "tracker"]
    static let baseLevels = ["low", "normal", "high", "urgent"]
    static let baseKinds = ["fyi", "question", "request", "decision", "incident", "meeting"]
    static let weekdays = [0, 1, 2, 3, 4]

    static func hours(_ weekdays: [Int], _ start: Int, _ end: Int) -> Block {
        Block(weekdays: weekdays, start: start * 3600, end: end * 3600)
    }

    static func days(_ first: String, _ last: String) -> [Int] {
        Array(CorpusDate.parse(first)...CorpusDate.parse(last))
    }

    /// `policies/base/company.yaml`'s holidays, kept by remote-async and oncall.
    static let baseHolidays: [Int] =
        ["2026-01-01", "2026-04-03", "2026-04-06", "2026-05-01", "2026-05-14", "2026-05-25", "2026-10-03"].map(CorpusDate.parse)
        + days("2026-12-24", "2027-01-01")
        + ["2027-03-26", "2027-03-29", "2027-05-06", "2027-05-17", "2027-10-03"].map(CorpusDate.parse)
        + days("2027-12-24", "2027-12-31")

    /// One tag in five makes a message urgent (the base's `outages-are-urgent`).
    static let commonTags = ["outage", "Incident", "customer", "docs", "billing", "release", "feature", "customer", "INCIDENT", "ops"]

    static let remoteAsync = CorpusPolicy(
        key: "remote-async",
        channels: baseChannels, levels: baseLevels, kinds: baseKinds,
        recipients: [
            Recipient(id: "lena", zone: .berlin, hours: [hours(weekdays, 9, 17)], focus: [hours(weekdays, 9, 12)]),
            Recipient(id: "marcus", zone: .newYork, hours: [hours(weekdays, 10, 18)], focus: [hours(weekdays, 9, 12)]),
            Recipient(id: "priya", zone: .kathmandu, hours: [hours(weekdays, 10, 18)], focus: [hours(weekdays, 14, 17)],
                      away: days("2026-12-07", "2026-12-11")),
            Recipient(id: "platform", zone: .berlin, hours: [hours(weekdays, 9, 17)], focus: [hours(weekdays, 9, 12)]),
        ],
        externals: ["contractor@example.com", "calendar-bot"],
        tags: commonTags,
        keywords: ["decision", "urgent", "ASAP"],
        nearMisses: ["decisions", "urgently"],
        holidays: baseHolidays)

    static let support = CorpusPolicy(
        key: "support",
        channels: baseChannels, levels: baseLevels, kinds: baseKinds,
        recipients: [
            Recipient(id: "rosa", zone: .dublin, hours: [hours(weekdays, 9, 17)]),
            Recipient(id: "aoife", zone: .dublin, hours: [hours(weekdays, 8, 17)]),
            Recipient(id: "sean", zone: .dublin, hours: [hours(weekdays, 8, 17)]),
            Recipient(id: "maria", zone: .chicago, hours: [hours(weekdays, 9, 18)]),
            Recipient(id: "jamal", zone: .chicago, hours: [hours(weekdays, 9, 18)]),
            Recipient(id: "kim", zone: .chicago, hours: [hours([5, 6, 0, 1, 2, 3], 22, 6)]),
            Recipient(id: "support-emea", zone: .dublin, hours: [hours(weekdays, 8, 17)]),
            Recipient(id: "support-americas", zone: .chicago, hours: [hours(weekdays, 9, 18)]),
            Recipient(id: "support-overnight", zone: .chicago, hours: [hours([5, 6, 0, 1, 2, 3], 22, 6)]),
        ],
        externals: ["customer-4711", "widget@shop.example", "partner-acme"],
        tags: commonTags + ["Customer", "CUSTOMER", "customer", "vip"],
        keywords: ["chargeback", "Chargeback", "refund", "REFUND", "lawyer", "legal action", "Legal Action", "gdpr", "GDPR",
                   "card number", "credit card", "CVV", "password"],
        nearMisses: ["chargebacks", "refunded", "lawyers", "legal  action", "legal\naction", "legal-action", "gdpr_request",
                     "cardnumber", "card-number", "passwords", "refund2"],
        holidays: ["2026-12-25", "2027-01-01", "2027-12-25"].map(CorpusDate.parse))

    static let oncall = CorpusPolicy(
        key: "oncall",
        channels: baseChannels, levels: baseLevels, kinds: baseKinds,
        recipients: [
            Recipient(id: "ana", zone: .lisbon, hours: [hours(weekdays, 9, 17)], focus: [hours([1, 3], 13, 16)]),
            Recipient(id: "ben", zone: .berlin, hours: [hours(weekdays, 9, 17)]),
            Recipient(id: "chen", zone: .singapore, hours: [hours(weekdays, 9, 17)]),
            Recipient(id: "dev", zone: .berlin, hours: [hours(weekdays, 9, 17)], focus: [hours(weekdays, 9, 11)]),
            Recipient(id: "sre", zone: .berlin, hours: [hours(weekdays, 9, 17)]),
        ],
        externals: ["alertmanager", "statuspage", "customer@example.com", "oncall"],
        tags: commonTags + ["pager"],
        keywords: ["outage", "down", "urgent"],
        nearMisses: ["outages", "downtime"],
        holidays: baseHolidays)
}
