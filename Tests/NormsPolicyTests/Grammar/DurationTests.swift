import Testing
@testable import NormsPolicy

@Suite("Duration grammar")
struct DurationTests {
    static let accepted: [(String, PolicyDuration)] = [
        ("immediate", .immediate),
        ("none", .none),
        ("IMMEDIATE", .immediate),
        (" none ", .none),
        ("45m", .wallClock(minutes: 45)),
        ("45 m", .wallClock(minutes: 45)),
        ("45min", .wallClock(minutes: 45)),
        ("45 mins", .wallClock(minutes: 45)),
        ("1 minute", .wallClock(minutes: 1)),
        ("45 minutes", .wallClock(minutes: 45)),
        ("0m", .wallClock(minutes: 0)),
        ("4h", .wallClock(minutes: 240)),
        ("1 hour", .wallClock(minutes: 60)),
        ("4 hours", .wallClock(minutes: 240)),
        ("2d", .wallClock(minutes: 2880)),
        ("1 day", .wallClock(minutes: 1440)),
        ("2 days", .wallClock(minutes: 2880)),
        ("4bh", .businessHours(4)),
        ("1 business hour", .businessHours(1)),
        ("4 business hours", .businessHours(4)),
        ("4  business   hours", .businessHours(4)),
        ("2bd", .businessDays(2)),
        ("1 business day", .businessDays(1)),
        ("2 business days", .businessDays(2)),
        ("2 Business Days", .businessDays(2)),
        ("\t4h\n", .wallClock(minutes: 240)),
        ("4\rh\r", .wallClock(minutes: 240)),
        ("4\tbusiness\t hours", .businessHours(4)),
        ("0000045m", .wallClock(minutes: 45)),
    ]

    @Test(arguments: accepted)
    func accepts(text: String, expected: PolicyDuration) throws {
        #expect(try PolicyDuration.parse(text) == expected)
    }

    static let rejected = [
        "", "soon", "15", "m", "4 hrs", "4 weeks", "1.5h", "-4h", "+4h", "4 business", "business hours",
        "4 business minutes", "h4", "4h30m", "12345678m", "immediately", "4 h h",
        // A CR LF pair is one character, never a space; nothing outside ASCII spells a unit.
        "4h\r\n", "\r\n4h", "4\r\nh", "4 business\nhours", "4\u{00A0}h", "4 \u{212A}h", "４h", "4h\u{301}",
    ]

    @Test(arguments: rejected)
    func rejects(text: String) {
        #expect(throws: GrammarError.duration(text)) { try PolicyDuration.parse(text) }
    }

    @Test func errorNamesTheAcceptedForms() {
        let error = GrammarError.duration("soon")
        #expect(error.code == "policy.invalid-duration")
        #expect(error.message == "invalid duration 'soon'")
        #expect(error.help.contains("'4 business hours'"))
        #expect(error.help.contains("'45m'"))
    }

    static let canonical: [(PolicyDuration, String)] = [
        (.immediate, "immediate"),
        (.none, "none"),
        (.wallClock(minutes: 0), "0m"),
        (.wallClock(minutes: 45), "45m"),
        (.wallClock(minutes: 90), "90m"),
        (.wallClock(minutes: 240), "4h"),
        (.wallClock(minutes: 1440), "1d"),
        (.wallClock(minutes: 2160), "36h"),
        (.wallClock(minutes: 2880), "2d"),
        (.wallClock(minutes: 1441), "1441m"),
        (.businessHours(1), "1 business hour"),
        (.businessHours(4), "4 business hours"),
        (.businessDays(1), "1 business day"),
        (.businessDays(2), "2 business days"),
    ]

    @Test(arguments: canonical)
    func describesCanonically(duration: PolicyDuration, text: String) throws {
        #expect(duration.description == text)
        #expect(try PolicyDuration.parse(text) == duration)
    }

    @Test func classifiesKinds() {
        #expect(PolicyDuration.wallClock(minutes: 5).isWallClock)
        #expect(!PolicyDuration.immediate.isWallClock)
        #expect(!PolicyDuration.none.isWallClock)
        #expect(!PolicyDuration.businessHours(1).isWallClock)
        #expect(PolicyDuration.businessHours(1).isBusinessTime)
        #expect(PolicyDuration.businessDays(1).isBusinessTime)
        #expect(!PolicyDuration.wallClock(minutes: 5).isBusinessTime)
    }
}
