import NormsSource
import NormsTesting
import Testing

/// Expectations computed by hand from ``SmallPolicy``.
@Suite("Cases: every field compared")
struct CaseCheckingTests {
    /// Runs one test file over the small policy and returns its case results.
    private func run(_ cases: String) throws -> [CaseResult] {
        let folder = try TemporaryFolder()
        try folder.write("small.yaml", SmallPolicy.text)
        let file = try folder.write("small.test.yaml", SmallPolicy.testFile(cases))
        let run = TestRunner().run(files: [file])
        #expect(run.allProblems.isEmpty, "\(run.allProblems)")
        return run.suites.first?.results ?? []
    }

    private func mismatches(_ result: CaseResult?) -> [String: (String, String)] {
        Dictionary(uniqueKeysWithValues: (result?.mismatches ?? []).map {
            ($0.field, ($0.expected.compact, $0.actual.compact))
        })
    }

    // Outage by phone at 03:00 in New York (after hours): urgent, breaks through, now; deadline
    // 03:15; escalation 15 minutes later to the backup, alice.
    @Test func outageMatchesEveryFieldWhateverTheOffset() throws {
        let results = try run("""
              - name: outage at night
                message: \(SmallPolicy.outage)
                expect:
                  policy: Small Team
                  level: urgent
                  needs_immediate_reply: true
                  allowed: true
                  violations: []
                  rules: [urgent-breaks-through, outages-are-urgent]
                  recipients:
                    bob:
                      timezone: America/New_York
                      local_time: 2026-11-25T09:00:00+01:00
                      state: after_hours
                      reply_within: immediate
                      notify: now
                      notify_at: 2026-11-25T08:00:00Z
                      deadline: 2026-11-25T03:15:00-05:00
                      escalation: {at: 2026-11-25T09:30:00+01:00, via: phone, to: alice}
                      rules: [outages-are-urgent, urgent-breaks-through]

            """)
        #expect(results.count == 1)
        #expect(results.first?.passed == true, "\(results.first?.mismatches ?? [])")
    }

    // A decision in chat at 10:00 New York, in bob's focus block: chat does not interrupt, so
    // nothing notifies; 4 business hours from 10:00 end at 14:00; the violation is a warning.
    @Test func decisionInChat() throws {
        let results = try run("""
              - name: decision in chat
                message: \(SmallPolicy.decisionInChat)
                expect:
                  level: normal
                  allowed: true
                  needs_immediate_reply: false
                  violations: [no-chat-for-decisions]
                  recipients:
                    bob: {state: focus, reply_within: 4 business hours, deadline: 2026-11-25T19:00:00Z, notify: none,
                          notify_at: null, escalation: null, rules: [no-chat-for-decisions]}

            """)
        #expect(results.first?.passed == true, "\(results.first?.mismatches ?? [])")
    }

    // E-mail Tue 10:00 Berlin: 1 business day → Wed 17:00; FYI: no reply, no notification.
    @Test func replyWithinComparesCanonicalForms() throws {
        let results = try run("""
              - name: email
                message: \(SmallPolicy.email)
                expect: {recipients: {alice: {reply_within: 1bd, deadline: 2026-11-25T16:00:00Z, state: available, notify: none}}}
              - name: fyi
                message: \(SmallPolicy.fyi)
                expect: {recipients: {alice: {reply_within: none, deadline: null, notify: none, rules: [fyi-needs-no-reply]}}}
              - name: sixty minutes is one hour
                message: \(SmallPolicy.email)
                expect: {recipients: {alice: {reply_within: 1440m}}}

            """)
        #expect(results.map(\.passed) == [true, true, false])
        #expect(mismatches(results.last)["recipients.alice.reply_within"]! == ("\"1d\"", "\"1 business day\""))
    }

    // The planted wrong expectations: each field reports expected and actual.
    @Test func plantedWrongExpectationsFailWithADiff() throws {
        let results = try run("""
              - name: wrong on purpose
                message: \(SmallPolicy.outage)
                expect:
                  level: high
                  allowed: false
                  violations: [channel.phone.min_level]
                  rules: [outages-are-urgent]
                  recipients:
                    bob:
                      state: available
                      reply_within: 15m
                      deadline: 2026-11-25T03:15:00-04:00
                      notify: later
                      notify_at: null
                      escalation: {via: email}
                      rules: [outages-are-urgent, urgent-breaks-through, fyi-needs-no-reply]
                      timezone: Europe/Berlin
                    bobb: {state: focus}

            """)
        let result = try #require(results.first)
        #expect(!result.passed)
        let got = mismatches(result)
        #expect(got["level"]! == ("\"high\"", "\"urgent\""))
        #expect(got["allowed"]! == ("false", "true"))
        #expect(got["violations"]! == ("[\"channel.phone.min_level\"]", "[]"))
        #expect(got["rules"]! == ("[\"outages-are-urgent\"]", "[\"outages-are-urgent\",\"urgent-breaks-through\"]"))
        #expect(got["recipients.bob.state"]! == ("\"available\"", "\"after_hours\""))
        #expect(got["recipients.bob.reply_within"]! == ("\"15m\"", "\"immediate\""))
        #expect(got["recipients.bob.deadline"]! == ("\"2026-11-25T03:15:00-04:00\"", "\"2026-11-25T03:15:00-05:00 (= 2026-11-25T04:15:00-04:00)\""))
        #expect(got["recipients.bob.notify"]! == ("\"later\"", "\"now\""))
        #expect(got["recipients.bob.notify_at"]! == ("null", "\"2026-11-25T03:00:00-05:00\""))
        #expect(got["recipients.bob.escalation"]! == ("{\"via\":\"email\"}", "{\"via\":\"phone\"}"))
        #expect(got["recipients.bob.rules"] != nil)
        #expect(got["recipients.bob.timezone"]! == ("\"Europe/Berlin\"", "\"America/New_York\""))
        #expect(got["recipients.bobb"]!.1.contains("did you mean 'bob'?"))
        #expect(got.count == 13)
        #expect(result.matchedRules.map(\.rules) == [["outages-are-urgent", "urgent-breaks-through"]])
    }

    @Test func escalationNullAndPresenceMismatch() throws {
        let results = try run("""
              - name: escalation expected but none
                message: \(SmallPolicy.email)
                expect: {recipients: {alice: {escalation: {via: phone}}}}
              - name: no escalation expected but one
                message: \(SmallPolicy.outage)
                expect: {recipients: {bob: {escalation: null}}}
              - name: to null when alice has no backup
                message: {channel: phone, from: bob, to: [alice], sent_at: 2026-11-25T08:00:00Z, tags: [outage]}
                expect: {recipients: {alice: {escalation: {to: null, at: 2026-11-25T08:30:00Z}}}}

            """)
        #expect(results.map(\.passed) == [false, false, true])
        #expect(mismatches(results[0])["recipients.alice.escalation"]! == ("{\"via\":\"phone\"}", "null"))
        #expect(mismatches(results[1])["recipients.bob.escalation"]!.0 == "null")
    }

    @Test func rejectedMessages() throws {
        let results = try run("""
              - name: unknown channel expected
                message: {channel: fax, from: alice, to: [bob], sent_at: 2026-11-25T08:00:00Z}
                expect: {error: true}
              - name: unknown recipient with text
                message: {channel: chat, from: alice, to: [bobby], sent_at: 2026-11-25T08:00:00Z}
                expect: {error: unknown recipient 'bobby'}
              - name: by code
                message: {channel: chat, from: alice, to: [bobby], sent_at: 2026-11-25T08:00:00Z}
                expect: {error: message.unknown-recipient}
              - name: rejection not expected
                message: {channel: fax, from: alice, to: [bob], sent_at: 2026-11-25T08:00:00Z}
                expect: {level: normal}
              - name: rejection expected but none
                message: \(SmallPolicy.email)
                expect: {error: true}
              - name: another rejection
                message: {channel: fax, from: alice, to: [bob], sent_at: 2026-11-25T08:00:00Z}
                expect: {error: unknown level}
              - name: error false expects a decision
                message: \(SmallPolicy.email)
                expect: {error: false}

            """)
        #expect(results.map(\.passed) == [true, true, true, false, false, false, true])
        #expect(mismatches(results[3])["error"]!.0 == "\"no error\"")
        #expect(mismatches(results[3])["error"]!.1.contains("unknown channel 'fax'"))
        #expect(mismatches(results[4])["error"]! == ("\"an input error\"", "\"no error: the message was evaluated\""))
    }
}
