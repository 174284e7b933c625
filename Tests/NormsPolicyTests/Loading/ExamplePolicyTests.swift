import NormsPolicy
import NormsSource
import NormsTestSupport
import Testing

@Suite("Loading the brief's example policy")
struct ExamplePolicyTests {
    let policy: Policy

    init() throws {
        policy = try PolicyLoader().load(source: SourceFile(path: "policies/acme.yaml", text: BriefExample.yaml))
    }

    @Test func topLevelSettings() throws {
        #expect(policy.version == 1)
        #expect(policy.name.value == "Acme Engineering")
        #expect(policy.name.span.start.line == 2)
        #expect(policy.name.span.file == "policies/acme.yaml")
        #expect(policy.files == ["policies/acme.yaml"])
        #expect(policy.timezone.value == "Europe/Berlin")
        #expect(policy.levels.map(\.value) == ["low", "normal", "high", "urgent"])
        #expect(policy.defaultLevel.value == "normal")
        #expect(policy.immediateWindow.value == 15)
        #expect(policy.kinds?.map(\.value) == ["fyi", "question", "request", "decision", "incident", "meeting"])
        #expect(policy.workingHours.entries.count == 1)
        #expect(policy.workingHours.periods(startingOn: .monday).map(\.description) == ["09:00-17:00"])
        #expect(policy.workingHours.periods(startingOn: .saturday).isEmpty)
    }

    @Test func holidays() throws {
        #expect(policy.holidays.map(\.dates.value.description) == ["2026-12-24..2026-12-26", "2027-01-01"])
        #expect(policy.holidays.map(\.name) == [nil, "New Year"])
        #expect(policy.holidays[0].dates.span.start == SourcePosition(line: 7, column: 5, offset: policy.holidays[0].dates.span.start.offset))
    }

    @Test func channels() throws {
        #expect(policy.channels.map(\.id.value) == ["email", "chat", "phone", "meeting"])
        let email = try #require(policy.channel("email"))
        #expect(email.mode.value == .async)
        #expect(email.replyWithin?.value == .businessDays(1))
        #expect(email.effectiveInterrupts == false)
        let chat = try #require(policy.channel("chat"))
        #expect(chat.replyWithin?.value == .businessHours(4))
        let phone = try #require(policy.channel("phone"))
        #expect(phone.mode.value == .sync)
        #expect(phone.replyWithin?.value == .immediate)
        #expect(phone.minLevel?.value == "urgent")
        #expect(phone.suggest?.value == "chat")
        #expect(phone.effectiveInterrupts)
        let meeting = try #require(policy.channel("meeting"))
        #expect(meeting.effectiveReplyWithin == .none)
        #expect(meeting.requires?.agenda?.value == true)
        #expect(meeting.requires?.notice?.value == 1440)
        #expect(meeting.requires?.preworkNotice?.value == 1440)
    }

    @Test func teams() throws {
        #expect(policy.teams.map(\.id.value) == ["platform", "support"])
        let platform = try #require(policy.team("platform"))
        #expect(platform.members.map(\.value) == ["alice", "bob"])
        #expect(platform.timezone == nil)
        let support = try #require(policy.team("support"))
        #expect(support.timezone?.value == "America/New_York")
        #expect(support.workingHours?.periods(startingOn: .sunday).map(\.description) == ["08:00-20:00"])
        #expect(support.override(for: "chat")?.replyWithin?.value == .wallClock(minutes: 15))
        #expect(support.override(for: "email") == nil)
    }

    @Test func people() throws {
        #expect(policy.people.map(\.id.value) == ["alice", "bob", "dana"])
        let bob = try #require(policy.person("bob"))
        #expect(bob.teams.map(\.value) == ["platform"])
        #expect(bob.timezone?.value == "America/Los_Angeles")
        #expect(bob.focus?.map(\.value.description) == ["weekdays 09:00-11:00"])
        #expect(bob.away.map(\.value.description) == ["2026-12-01..2026-12-05"])
        #expect(bob.backup?.value == "alice")
        #expect(policy.teams(of: "dana") == ["support"])
    }

    @Test func rules() throws {
        #expect(policy.rules.map(\.id.value) == ["outages-are-urgent", "urgent-breaks-through", "fyi-needs-no-reply", "no-chat-for-decisions"])
        let outages = policy.rules[0]
        #expect(outages.description == "Anything tagged as an outage is urgent, whoever sent it.")
        #expect(outages.when?.tags?.value == .any([Located("outage", at: .synthetic("")), Located("incident", at: .synthetic(""))]))
        #expect(outages.then.level?.value == "urgent")
        #expect(outages.mode.value == .enforce)

        let urgent = policy.rules[1]
        #expect(urgent.when?.level?.value == .anyOf(["urgent"]))
        #expect(urgent.then.replyWithin?.value == .immediate)
        #expect(urgent.then.breaksThrough?.map(\.value) == [.afterHours, .focus, .holiday])
        let escalation = try #require(urgent.then.escalate)
        #expect(escalation.after.value == .wallClock(minutes: 15))
        #expect(escalation.via.value == "phone")
        #expect(escalation.to.value == .backup)

        let fyi = policy.rules[2]
        #expect(fyi.when?.kind?.map(\.value) == ["fyi"])
        #expect(fyi.then.replyWithin?.value == PolicyDuration.none)
        #expect(fyi.then.interrupt?.value == false)

        let decisions = policy.rules[3]
        #expect(decisions.when?.channel?.map(\.value) == ["chat"])
        #expect(decisions.then.violation?.value == "Decisions are written down by e-mail or in the tracker, not in chat.")
        #expect(decisions.then.severity?.value == .warning)
        #expect(decisions.then.suggest?.value == "email")
        #expect(decisions.mode.value == .advisory)
        #expect(decisions.span.start.line == 56)
    }

    @Test func loadsTheSameFromDisk() throws {
        let fromDisk = try withPolicyFiles(["acme.yaml": BriefExample.yaml]) { folder in
            try PolicyLoader().load(path: folder + "/acme.yaml")
        }
        #expect(fromDisk.rules.count == 4)
        #expect(fromDisk.files.count == 1)
        #expect(fromDisk.files[0].hasSuffix("/acme.yaml"))
        let collected = PolicyLoader().loadCollecting(path: "/no/such/policy.yaml")
        #expect(collected.policy == nil)
        #expect(collected.diagnostics.map(\.code) == ["io.unreadable"])
    }
}
