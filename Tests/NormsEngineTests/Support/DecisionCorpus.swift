import NormsTestSupport

/// A deterministic corpus of messages over the example policies, weighted towards the instants
/// where time rules are hard: clock-change weeks, holidays and the days beside them, weekends,
/// the edges of working periods and focus blocks (one minute before, on, one minute after),
/// overnight shifts, away dates and live statuses.
///
/// The same seed and count always give the same messages, as one-line JSON objects, so that
/// `DecisionFixtureTests` can compare today's decisions with recorded ones. Changing anything
/// here changes the messages: re-record the fixture with `RECORD_DECISIONS=1` afterwards.
struct DecisionCorpus {
    /// Where the instant of a message was aimed.
    enum Moment: String, CaseIterable, Sendable {
        case clockChange = "clock-change week"
        case holiday = "holiday or a day beside one"
        case weekend = "weekend"
        case periodEdge = "working period edge"
        case overnight = "overnight shift"
        case focus = "focus block"
        case away = "away dates"
        case anytime = "any time 2026-2028"
    }

    /// One generated message.
    struct Item: Sendable {
        /// ``CorpusPolicy/key`` of the policy it is evaluated against.
        var policy: String
        var moment: Moment
        /// The message as a JSON object on one line.
        var text: String
        /// Whether the generator broke the message on purpose (an input error is expected).
        var isInvalid: Bool
        /// What the message contains, for the coverage test: `channel:ID`, `to:ID`,
        /// `status:STATE` and `status:STATE+until`.
        var features: [String]
    }

    static let seed: UInt64 = 0x7EA3_2026_DEC1_5105
    static let count = 50_000

    /// The corpus: `count` messages, cycling through the policies.
    static func items(count: Int = count, seed: UInt64 = seed) -> [Item] {
        var random = SplitMix64(seed: seed)
        return (0..<count).map { index in
            var builder = MessageBuilder(policy: CorpusPolicy.all[index % CorpusPolicy.all.count])
            return builder.item(&random)
        }
    }

    /// The first and last day messages are aimed at: 2026-01-01 to 2028-12-31.
    static let firstDay = CorpusDate.day(2026, 1, 1)
    static let lastDay = CorpusDate.day(2028, 12, 31)
    static let years = [2026, 2027, 2028]
}
