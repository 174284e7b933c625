import Testing
@testable import NormsPolicy

@Suite("Day set grammar")
struct DaySetTests {
    static let accepted: [(String, [Weekday])] = [
        ("mon", [.monday]),
        ("sun", [.sunday]),
        ("Monday", [.monday]),
        ("FRI", [.friday]),
        ("mon-fri", [.monday, .tuesday, .wednesday, .thursday, .friday]),
        ("mon-sun", Weekday.allCases),
        ("fri-mon", [.monday, .friday, .saturday, .sunday]),
        ("sun-tue", [.monday, .tuesday, .sunday]),
        ("wed-wed", [.wednesday]),
        ("mon,wed,fri", [.monday, .wednesday, .friday]),
        ("mon, wed , fri", [.monday, .wednesday, .friday]),
        ("mon-tue,thu-fri", [.monday, .tuesday, .thursday, .friday]),
        ("sat,sat", [.saturday]),
        ("weekdays", [.monday, .tuesday, .wednesday, .thursday, .friday]),
        ("weekends", [.saturday, .sunday]),
        ("daily", Weekday.allCases),
        ("Daily", Weekday.allCases),
    ]

    @Test(arguments: accepted)
    func accepts(text: String, days: [Weekday]) throws {
        #expect(try DaySet.parse(text).days == days)
    }

    static let rejected: [(String, String?)] = [
        ("", nil),
        ("mo", nil),
        ("mondy", "monday"),
        ("tuesdya", "tuesday"),
        ("mno", "mon"),
        ("weekday", "weekdays"),
        ("mon-", nil),
        ("-fri", nil),
        ("mon-wed-fri", nil),
        ("mon,,fri", nil),
        ("mon;fri", nil),
        ("holiday", nil),
    ]

    @Test(arguments: rejected)
    func rejects(text: String, suggestion: String?) {
        do {
            _ = try DaySet.parse(text)
            Issue.record("'\(text)' was accepted")
        } catch {
            #expect(error.code == "policy.invalid-day-set")
            #expect(error.message.hasPrefix("invalid day set '\(text)'"))
            if let suggestion {
                #expect(error.help == "did you mean '\(suggestion)'?")
            }
        }
    }

    static let descriptions: [([Weekday], String)] = [
        (Weekday.allCases, "daily"),
        ([.monday, .tuesday, .wednesday, .thursday, .friday], "weekdays"),
        ([.saturday, .sunday], "weekends"),
        ([.monday, .tuesday, .wednesday], "mon-wed"),
        ([.monday, .wednesday, .friday], "mon,wed,fri"),
        ([.monday, .friday, .saturday, .sunday], "fri-mon"),
        ([.tuesday], "tue"),
    ]

    @Test(arguments: descriptions)
    func describesCanonically(days: [Weekday], text: String) throws {
        let set = DaySet(days)
        #expect(set.description == text)
        #expect(try DaySet.parse(text) == set)
    }

    @Test func setOperations() {
        #expect(DaySet([]).isEmpty)
        #expect(DaySet.everyDay.contains(.sunday))
        #expect(!DaySet.weekdays.contains(.sunday))
    }

    @Test func weekdayNames() {
        #expect(Weekday(name: "thu") == .thursday)
        #expect(Weekday(name: "Thursday") == .thursday)
        #expect(Weekday(name: "th") == nil)
        #expect(Weekday.sunday.next == .monday)
        #expect(Weekday.allCases.map(\.abbreviation) == ["mon", "tue", "wed", "thu", "fri", "sat", "sun"])
    }
}
