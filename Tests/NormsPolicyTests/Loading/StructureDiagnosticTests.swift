import NormsPolicy
import NormsSource
import Testing

@Suite("Loader diagnostics: files, keys and types")
struct StructureDiagnosticTests {
    @Test func unknownTopLevelKeySuggestsTheClosest() throws {
        let load = loadMarked("""
            ↓norms: 1
            name: Test
            timezone: Europe/Berlin
            ↓chanels:
              email: {mode: async}
            """)
        #expect(load.found == [
            Found(code: "policy.missing-key", position: load.source.markers[0]),
            Found(code: "policy.unknown-key", position: load.source.markers[1]),
        ])
        let unknown = try #require(load.diagnostic("policy.unknown-key"))
        #expect(unknown.message == "unknown key 'chanels' in the policy")
        #expect(unknown.help == "did you mean 'channels'?")
        #expect(unknown.span?.end.column == 8)
        #expect(load.diagnostic("policy.missing-key")?.message == "missing key 'channels' in the policy")
        #expect(load.policy != nil)
    }

    @Test func unknownKeyInAnEntry() throws {
        let diagnostic = try #require(expectDiagnostic(preamble + "  chat: {mode: async, ↓reply_witin: 4h}\n", "policy.unknown-key"))
        #expect(diagnostic.message == "unknown key 'reply_witin' in 'channels.chat'")
        #expect(diagnostic.help == "did you mean 'reply_within'?")
    }

    @Test func unknownKeyWithoutCloseMatchListsTheKnownKeys() throws {
        let diagnostic = try #require(expectDiagnostic(preamble + "  chat: {mode: async, ↓colour: red}\n", "policy.unknown-key"))
        #expect(diagnostic.help?.hasPrefix("the keys allowed here are 'mode', 'reply_within'") == true)
    }

    @Test func missingKeyPointsAtTheEntry() throws {
        let diagnostic = try #require(expectDiagnostic(preamble + "  ↓chat: {reply_within: 4h}\n", "policy.missing-key"))
        #expect(diagnostic.message == "missing key 'mode' in 'channels.chat'")
        #expect(diagnostic.help?.contains("'mode: async'") == true)
    }

    @Test func missingRequiredTopLevelKeys() {
        expectDiagnostics("""
            ↓↓↓norms: 1
            description: nothing else
            """, ["policy.missing-key", "policy.missing-key", "policy.missing-key"])
        let load = loadMarked("norms: 1\ndescription: nothing else\n")
        #expect(load.diagnostics.map(\.message) == [
            "missing key 'name' in the policy",
            "missing key 'timezone' in the policy",
            "missing key 'channels' in the policy",
        ])
    }

    @Test func wrongTypes() throws {
        let boolean = try #require(expectDiagnostic(preamble + "  chat: {mode: async, interrupts: ↓yes}\n", "policy.wrong-type"))
        #expect(boolean.message == "expected true or false for 'channels.chat.interrupts', found the string 'yes'")
        let sequence = try #require(expectDiagnostic("""
            norms: 1
            name: ↓[Acme]
            timezone: UTC
            channels: {email: {mode: async}}
            """, "policy.wrong-type"))
        #expect(sequence.message == "expected text for 'name', found a sequence")
        let item = try #require(expectDiagnostic(preamble + "kinds: [fyi, ↓{a: 1}]\n", "policy.wrong-type"))
        #expect(item.message == "expected a kind name for an item of 'kinds', found a mapping")
        let mapping = try #require(expectDiagnostic(preamble + "  ↓chat:\n", "policy.wrong-type"))
        #expect(mapping.message == "expected a mapping of channel settings for 'channels.chat', found nothing")
    }

    @Test func closedSetsSuggestTheClosestValue() throws {
        let mode = try #require(expectDiagnostic(preamble + "  phone: {mode: ↓synch}\n", "policy.invalid-value"))
        #expect(mode.message == "invalid value 'synch' for 'channels.phone.mode'")
        #expect(mode.help == "did you mean 'sync'?")
        let ruleMode = try #require(expectDiagnostic(preamble + "rules:\n  - {id: a, then: {interrupt: true}, mode: ↓shadow}\n", "policy.invalid-value"))
        #expect(ruleMode.help == "write one of 'enforce', 'advisory'")
    }

    @Test func formatVersion() {
        expectDiagnostic("""
            norms: ↓2
            name: Test
            timezone: UTC
            channels: {email: {mode: async}}
            """, "policy.unsupported-version")
        #expect(loadMarked("norms: 2\nname: Test\ntimezone: UTC\nchannels: {email: {mode: async}}\n").policy == nil)
        expectDiagnostic("""
            norms: ↓"1"
            name: Test
            timezone: UTC
            channels: {email: {mode: async}}
            """, "policy.wrong-type")
        expectDiagnostic("""
            ↓name: Test
            timezone: UTC
            channels: {email: {mode: async}}
            """, "policy.missing-key")
    }

    @Test func filesThatAreNoPolicy() throws {
        let empty = loadMarked("↓# only a comment\n")
        #expect(empty.found == [Found(code: "policy.empty-file", position: empty.source.marker)])
        #expect(empty.policy == nil)
        let list = loadMarked("↓- norms: 1\n")
        #expect(list.found == [Found(code: "policy.wrong-type", position: list.source.marker)])
        #expect(list.policy == nil)
        let syntax = loadMarked("norms: 1\nname: [unclosed\n")
        #expect(syntax.policy == nil)
        #expect(syntax.diagnostics.count == 1)
        #expect(syntax.diagnostics.first?.code.hasPrefix("yaml.") == true)
    }

    @Test func throwsEveryErrorSortedByPosition() throws {
        let text = preamble + """
              chat: {mode: chatty}
            levels: [normal, normal]
            timezone_x: 1
            """
        do {
            _ = try PolicyLoader().load(source: SourceFile(path: "p.yaml", text: text))
            Issue.record("the policy loaded")
        } catch {
            #expect(error.diagnostics.map(\.code) == ["policy.invalid-value", "policy.duplicate-level", "policy.unknown-key"])
            #expect(error.diagnostics.map { $0.span?.start.line ?? 0 } == [6, 7, 8])
            #expect(error.description.contains("p.yaml:6:16: error: invalid value 'chatty' for 'channels.chat.mode'"))
        }
    }

    @Test func reportsSeveralProblemsOfOneFileAtOnce() {
        expectDiagnostics("""
            norms: 1
            name: Test
            timezone: ↓Europe/Berln
            working_hours: {mon-fri: "09:00-17:00", ↓fri: "10:00-12:00"}
            holidays: [↓2027-02-29]
            immediate_window: ↓15
            channels:
              email: {mode: async, reply_within: ↓soon, ↓interrupt: true}
              phone: {mode: sync, suggest: ↓emial}
            people:
              alice: {team: ↓platfrom, timezone: ↓Mars/Base}
            rules:
              - id: ↓Bad_ID
                when: {channel: ↓chta}
                then: {level: ↓urgnet}
              - ↓then: {interrupt: true}
            """, [
                "policy.unknown-timezone", "policy.duplicate-day", "policy.invalid-date", "policy.duration-without-unit",
                "policy.invalid-duration", "policy.unknown-key", "policy.unknown-channel", "policy.unknown-team",
                "policy.unknown-timezone", "policy.invalid-rule-id", "policy.unknown-channel", "policy.unknown-level",
                "policy.missing-key",
            ])
    }
}
