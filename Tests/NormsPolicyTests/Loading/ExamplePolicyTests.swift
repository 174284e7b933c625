import NormsPolicy
import NormsSource
import NormsTestSupport
import Testing

/// The whole example of the policy-format brief.
let briefExample = """
    norms: 1
    name: Acme Engineering
    timezone: Europe/Berlin
    working_hours:
      mon-fri: "09:00-17:00"
    holidays:
      - 2026-12-24..2026-12-26
      - {date: 2027-01-01, name: New Year}
    levels: [low, normal, high, urgent]     # least to most urgent; this is the default list
    default_level: normal
    immediate_window: 15m                   # what "immediate" means; default 15m
    kinds: [fyi, question, request, decision, incident, meeting]   # optional vocabulary

    channels:
      email:   {mode: async, reply_within: 1 business day}
      chat:    {mode: async, reply_within: 4 business hours}
      phone:   {mode: sync, reply_within: immediate, min_level: urgent, suggest: chat}
      meeting: {mode: sync, requires: {agenda: true, notice: 24h, prework_notice: 24h}}

    teams:
      platform:
        members: [alice, bob]
      support:
        members: [dana]
        timezone: America/New_York
        working_hours: {mon-sun: "08:00-20:00"}
        channels: {chat: {reply_within: 15m}}

    people:
      alice: {team: platform}
      bob:
        team: platform
        timezone: America/Los_Angeles
        focus: ["mon-fri 09:00-11:00"]
        away: [2026-12-01..2026-12-05]
        backup: alice
      dana: {team: support}

    rules:
      - id: outages-are-urgent
        description: Anything tagged as an outage is urgent, whoever sent it.
        when: {tags: [outage, incident]}
        then: {level: urgent}

      - id: urgent-breaks-through
        when: {level: urgent}
        then:
          reply_within: immediate
          breaks_through: [after_hours, focus, holiday]
          escalate: {after: 15m, via: phone}

      - id: fyi-needs-no-reply
        when: {kind: fyi}
        then: {reply_within: none, interrupt: false}

      - id: no-chat-for-decisions
        when: {kind: decision, channel: chat}
        then:
          violation: Decisions are written down by e-mail or in the tracker, not in chat.
          severity: warning
          suggest: email
        mode: advisory      # rolled out gently: reported, never failing

    """

@Suite("Loading the brief's example policy")
struct ExamplePolicyTests {
    let policy: Policy

    init() throws {
        policy = try PolicyLoader().load(source: SourceFile(path: "policies/acme.yaml", text: briefExample))
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
        #expect(fyi.then.replyWithin?.value == Duration.none)
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
        let fromDisk = try withPolicyFiles(["acme.yaml": briefExample]) { folder in
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
