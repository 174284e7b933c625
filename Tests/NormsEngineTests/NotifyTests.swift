import NormsEngine
import NormsPolicy
import Testing

/// Step 3.4: now / none / now-if-available / later, and `notify_at`.
/// bob (Berlin, focus 09-11): Tue 2026-11-24 10:00 focus, 12:00 available, 18:00 after hours.
@Suite("Notify")
struct NotifyTests {
    static func rule(_ id: String, _ effects: String, when: String = "{channel: [chat, phone, email]}") -> String {
        """
          - id: \(id)
            when: \(when)
            then: \(effects)
        """
    }

    static func bob(rules: String = "", _ message: String) throws -> RecipientDecision {
        try Fixture.recipient(EvalPolicy.decide(rules: rules, message), "bob")
    }

    @Test func interruptTrueBeatsInterruptFalse() throws {
        // Off first in policy order, on second: `true` wins whatever the order.
        let rules = Self.rule("quiet", "{interrupt: false}") + "\n" + Self.rule("loud", "{interrupt: true}")
        let bob = try Self.bob(rules: rules, EvalPolicy.message(at: "2026-11-24T10:00:00+01:00"))
        #expect(bob.state == .focus)
        #expect(bob.notify == .now)
        #expect(bob.notifyAt?.description == "2026-11-24T10:00:00+01:00")
    }

    @Test func breaksThroughBeatsInterruptFalseOnlyForTheStatesItCovers() throws {
        let rules = Self.rule("quiet", "{interrupt: false}") + "\n" + Self.rule("through-focus", "{breaks_through: [focus]}")
        // In focus: covered → now.
        #expect(try Self.bob(rules: rules, EvalPolicy.message(at: "2026-11-24T10:00:00+01:00")).notify == .now)
        // After hours: not covered, and `interrupt: false` → none, no notify_at.
        let evening = try Self.bob(rules: rules, EvalPolicy.message(at: "2026-11-24T18:00:00+01:00"))
        #expect(evening.state == .afterHours)
        #expect(evening.notify == .none)
        #expect(evening.notifyAt == nil)
    }

    @Test func breaksThroughAlsoCoversAvailable() throws {
        // email does not interrupt, but a breaks_through list (even one naming only holiday)
        // covers `available`: now.
        let rules = Self.rule("holiday-only", "{breaks_through: [holiday]}")
        let bob = try Self.bob(rules: rules, EvalPolicy.message(channel: "email"))
        #expect(bob.state == .available)
        #expect(bob.notify == .now)
    }

    @Test func breaksThroughAllCoversAway() throws {
        let rules = Self.rule("everything", "{breaks_through: [all]}")
        let bob = try Self.bob(rules: rules, EvalPolicy.message("status: {bob: away}"))
        #expect(bob.state == .away)
        #expect(bob.notify == .now)
    }

    @Test(arguments: [
        // channel, sent, state, notify, notify_at
        ("chat", "2026-11-24T12:00:00+01:00", RecipientState.available, Notify.none, nil as String?),  // async: never pushes
        ("chat", "2026-11-24T10:00:00+01:00", .focus, .none, nil),
        ("phone", "2026-11-24T12:00:00+01:00", .available, .now, "2026-11-24T12:00:00+01:00"),          // sync + available
        ("phone", "2026-11-24T10:00:00+01:00", .focus, .later, "2026-11-24T11:00:00+01:00"),            // after the block
        ("phone", "2026-11-24T18:00:00+01:00", .afterHours, .later, "2026-11-25T11:00:00+01:00"),       // Wed after focus
        ("pager", "2026-11-24T12:00:00+01:00", .available, .now, "2026-11-24T12:00:00+01:00"),          // async with interrupts: true
        ("pager", "2026-11-27T18:00:00+01:00", .afterHours, .later, "2026-11-30T11:00:00+01:00"),       // Fri → Mon after focus
    ])
    func channelsAndStates(_ channel: String, _ sent: String, _ state: RecipientState, _ notify: Notify, _ notifyAt: String?) throws {
        let bob = try Self.bob(EvalPolicy.message("level: urgent", channel: channel, at: sent))
        #expect(bob.state == state)
        #expect(bob.notify == notify)
        #expect(bob.notifyAt?.description == notifyAt)
    }

    @Test func theTeamOverrideMakesChatInterrupt() throws {
        // ops overrides chat with interrupts: true. 12:00 Berlin = 06:00 New York, before ops'
        // 08:00 start: later, at 08:00. 15:00 Berlin = 09:00 New York: now.
        let early = try Fixture.recipient(EvalPolicy.decide(EvalPolicy.message(to: ["carol"])))
        #expect(early.state == .afterHours)
        #expect(early.notify == .later)
        #expect(early.notifyAt?.description == "2026-11-24T08:00:00-05:00")
        let later = try Fixture.recipient(EvalPolicy.decide(EvalPolicy.message(to: ["carol"], at: "2026-11-24T15:00:00+01:00")))
        #expect(later.notify == .now)
        #expect(later.notifyAt?.description == "2026-11-24T09:00:00-05:00")
    }

    @Test func liveStatusesFromTheMessage() throws {
        // alice, live focus at Tue 12:00 without `until`: lasts to 17:00, then after hours; alice
        // has no focus blocks, so the phone call waits for Wed 09:00.
        let alice = try Fixture.recipient(EvalPolicy.decide(EvalPolicy.message("level: urgent, status: {alice: focus}", channel: "phone", to: ["alice"])))
        #expect(alice.state == .focus)
        #expect(alice.notify == .later)
        #expect(alice.notifyAt?.description == "2026-11-25T09:00:00+01:00")
        // bob, live away until Thu 10:30: Thursday's focus block then runs to 11:00.
        let away = try Self.bob(EvalPolicy.message("level: urgent, status: {bob: {state: away, until: 2026-11-26T10:30:00+01:00}}", channel: "phone"))
        #expect(away.state == .away)
        #expect(away.notifyAt?.description == "2026-11-26T11:00:00+01:00")
        // bob, live available during his focus block: now.
        let available = try Self.bob(EvalPolicy.message("level: urgent, status: {bob: available}", channel: "phone", at: "2026-11-24T10:00:00+01:00"))
        #expect(available.state == .available)
        #expect(available.notify == .now)
    }
}
