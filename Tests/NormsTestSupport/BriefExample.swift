/// The whole example policy of the format's brief, verbatim, for tests in every layer.
public enum BriefExample {
    /// The path tests give it: `policies/acme.yaml`.
    public static let path = "policies/acme.yaml"

    /// The policy's YAML text.
    public static let yaml = """
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
}
