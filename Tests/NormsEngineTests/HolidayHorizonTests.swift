import NormsEngine
import NormsPolicy
import Testing

/// A decision past the policy's last holiday says that later holidays count as working days.
@Suite("Holiday horizon notes")
struct HolidayHorizonTests {
    /// Holidays up to Christmas 2027; Lena works in Los Angeles (−08:00 in December), Kai on
    /// Kiritimati (+14:00), the furthest ahead of UTC.
    static let policy = """
        norms: 1
        name: Horizon
        timezone: America/Los_Angeles
        working_hours: {mon-sun: "00:00-24:00"}
        channels: {chat: {mode: async}}
        holidays: [2027-01-01, {date: 2027-12-25, name: Christmas Day}]
        people:
          lena: {}
          kai: {timezone: Pacific/Kiritimati}
        """

    static let note = "the policy lists no holiday after 2027-12-25, so later holidays count as working days"

    private func notes(at sentAt: String, policy: String = policy) throws -> [String: [String]] {
        let decision = try Fixture.decide(policy, "{channel: chat, from: lena, to: [lena, kai], sent_at: \(sentAt)}")
        return Dictionary(uniqueKeysWithValues: decision.recipients.map { ($0.id, $0.notes) })
    }

    @Test func christmas2031IsAWorkingDayAndTheDecisionSaysSo() throws {
        let decision = try Fixture.decide(Self.policy, "{channel: chat, from: lena, to: [lena], sent_at: 2031-12-25T18:00:00Z}")
        let lena = try Fixture.recipient(decision, "lena")
        #expect(lena.state == .available)
        #expect(lena.notes == [Self.note])
    }

    /// The local date decides: 2027-12-25T20:00Z is 12:00 on Christmas Day in Los Angeles and
    /// 10:00 on 26 December on Kiritimati.
    @Test func theRecipientsLocalDateIsCompared() throws {
        #expect(try notes(at: "2027-12-25T20:00:00Z") == ["lena": [], "kai": [Self.note]])
        // 09:59Z is 23:59 on the 25th on Kiritimati, 10:00Z is its 26th.
        #expect(try notes(at: "2027-12-25T09:59:00Z") == ["lena": [], "kai": []])
        #expect(try notes(at: "2027-12-25T10:00:00Z") == ["lena": [], "kai": [Self.note]])
        // 08:00Z on the 26th is 00:00 on the 26th in Los Angeles.
        #expect(try notes(at: "2027-12-26T07:59:00Z") == ["lena": [], "kai": [Self.note]])
        #expect(try notes(at: "2027-12-26T08:00:00Z") == ["lena": [Self.note], "kai": [Self.note]])
    }

    @Test func beforeTheLastHolidayOrWithoutHolidaysThereIsNoNote() throws {
        #expect(try notes(at: "2027-06-01T12:00:00Z") == ["lena": [], "kai": []])
        let without = Self.policy.replacingOccurrences(of: "holidays: [2027-01-01, {date: 2027-12-25, name: Christmas Day}]\n", with: "")
        #expect(try notes(at: "2031-12-25T18:00:00Z", policy: without) == ["lena": [], "kai": []])
    }

    /// A range counts to its last day.
    @Test func aRangeEndsOnItsLastDay() throws {
        let ranged = Self.policy.replacingOccurrences(of: "{date: 2027-12-25, name: Christmas Day}", with: "2027-12-24..2027-12-31")
        #expect(try notes(at: "2027-12-30T20:00:00Z", policy: ranged) == ["lena": [], "kai": []])
        let after = "the policy lists no holiday after 2027-12-31, so later holidays count as working days"
        #expect(try notes(at: "2028-01-01T20:00:00Z", policy: ranged) == ["lena": [after], "kai": [after]])
    }
}
