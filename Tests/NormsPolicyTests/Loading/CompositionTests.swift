import NormsPolicy
import NormsSource
import NormsTestSupport
import Testing

private let base = """
    norms: 1
    name: Company
    timezone: Europe/Berlin
    holidays: [2026-12-24]
    kinds: [fyi, decision]
    channels:
      email: {mode: async, reply_within: 1 business day}
      meeting: {mode: sync, requires: {agenda: true, notice: 24h}}
    teams:
      platform: {members: [alice], timezone: Europe/Berlin, working_hours: {mon-fri: "09:00-17:00"}, channels: {email: {interrupts: true}}}
    people:
      alice: {team: platform, timezone: Europe/Berlin}
    lint: {disable: [a], severity: {x: warning}}
    rules:
      - id: base-one
        then: {interrupt: false}
      - id: base-two
        then: {reply_within: 1d}

    """

private let extending = """
    norms: 1
    name: Platform
    extends: base.yaml
    holidays: [2027-01-01]
    channels:
      email: {reply_within: 4 business hours}
      chat: {mode: async}
      meeting: {requires: {notice: 48h}}
    teams:
      platform: {working_hours: {sat: "10:00-12:00"}, channels: {chat: {reply_within: 1h}}}
    people:
      alice: {timezone: America/New_York}
      bob: {team: platform}
    lint: {severity: {y: error}}
    rules:
      - id: team-rule
        then: {interrupt: true}
      - id: base-two
        override: true
        then: {reply_within: 2d}

    """

@Suite("Composition with extends")
struct CompositionTests {
    @Test func mergesMapsKeyByKeyAndLaterFilesWin() throws {
        let policy = try withPolicyFiles(["base.yaml": base, "team.yaml": extending]) { folder in
            try PolicyLoader().load(path: folder + "/team.yaml")
        }
        #expect(policy.files.map { $0.split(separator: "/").last.map(String.init) } == ["base.yaml", "team.yaml"])
        #expect(policy.name.value == "Platform")
        #expect(policy.timezone.value == "Europe/Berlin")
        #expect(policy.timezone.span.file.hasSuffix("/base.yaml"))
        #expect(policy.kinds?.map(\.value) == ["fyi", "decision"])
        // Lists are replaced.
        #expect(policy.holidays.map(\.dates.value.description) == ["2027-01-01"])
        // Channels merge setting by setting, nested maps too.
        #expect(policy.channels.map(\.id.value) == ["email", "meeting", "chat"])
        let email = try #require(policy.channel("email"))
        #expect(email.mode.value == .async)
        #expect(email.mode.span.file.hasSuffix("/base.yaml"))
        #expect(email.replyWithin?.value == .businessHours(4))
        #expect(email.replyWithin?.span.file.hasSuffix("/team.yaml") == true)
        let meeting = try #require(policy.channel("meeting"))
        #expect(meeting.requires?.agenda?.value == true)
        #expect(meeting.requires?.notice?.value == 2880)
        // A schedule is replaced whole; other team settings merge.
        let platform = try #require(policy.team("platform"))
        #expect(platform.members.map(\.value) == ["alice"])
        #expect(platform.timezone?.value == "Europe/Berlin")
        #expect(platform.workingHours?.entries.map(\.days.value.description) == ["sat"])
        #expect(platform.channels.map(\.channel.value) == ["email", "chat"])
        #expect(policy.people.map(\.id.value) == ["alice", "bob"])
        #expect(policy.person("alice")?.timezone?.value == "America/New_York")
        #expect(policy.person("alice")?.teams.map(\.value) == ["platform"])
        #expect(policy.lint.disabled.map(\.value) == ["a"])
        #expect(policy.lint.severities.map(\.rule.value) == ["x", "y"])
    }

    @Test func rulesConcatenateAndOverridesReplaceInPlace() throws {
        let policy = try withPolicyFiles(["base.yaml": base, "team.yaml": extending]) { folder in
            try PolicyLoader().load(path: folder + "/team.yaml")
        }
        #expect(policy.rules.map(\.id.value) == ["base-one", "base-two", "team-rule"])
        let replaced = policy.rules[1]
        #expect(replaced.then.replyWithin?.value == .wallClock(minutes: 2880))
        #expect(replaced.override?.value == true)
        #expect(replaced.span.file.hasSuffix("/team.yaml"))
    }

    @Test func aFileAloneKeepsItsRulesAsWrittenAndLeavesOutARepeatedID() throws {
        let rules = """
            norms: 1
            name: One file
            timezone: UTC
            channels:
              chat: {mode: async, reply_within: 4 business hours}
            rules:
              - {id: first, then: {interrupt: true}}
              - {id: second, then: {interrupt: false}}
              - {id: third, then: {reply_within: 2h}}

            """
        let repeated = rules + "  - {id: first, then: {reply_within: 1h}}\n  - {id: fourth, then: {interrupt: true}}\n"
        let (whole, withRepeat) = try withPolicyFiles(["whole.yaml": rules, "repeat.yaml": repeated]) { folder in
            (PolicyLoader().loadCollecting(path: folder + "/whole.yaml"), PolicyLoader().loadCollecting(path: folder + "/repeat.yaml"))
        }
        #expect(whole.diagnostics.isEmpty)
        #expect(whole.policy?.rules.map(\.id.value) == ["first", "second", "third"])
        #expect(whole.policy?.rules.map(\.span.start.line) == [7, 8, 9])
        #expect(withRepeat.policy?.rules.map(\.id.value) == ["first", "second", "third", "fourth"])
        #expect(withRepeat.policy?.rules.first?.then.interrupt?.value == true)
        let duplicate = try #require(withRepeat.diagnostics.first { $0.code == "policy.duplicate-rule-id" })
        #expect(withRepeat.diagnostics.count == 1)
        #expect(duplicate.span?.start.line == 10)
        #expect(duplicate.notes.first?.span?.start.line == 7)
    }

    @Test func aRepeatedRuleIDWithoutOverrideIsAnError() throws {
        let marked = MarkedSource("""
            norms: 1
            name: Platform
            extends: base.yaml
            rules:
              - id: ↓base-one
                then: {interrupt: true}
            """)
        let result = try withPolicyFiles(["base.yaml": base, "team.yaml": marked.text]) { folder in
            PolicyLoader().loadCollecting(path: folder + "/team.yaml")
        }
        #expect(result.diagnostics.map(\.code) == ["policy.duplicate-rule-id"])
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.span?.file.hasSuffix("/team.yaml") == true)
        #expect(diagnostic.span?.start == marked.marker)
        #expect(diagnostic.message.hasPrefix("rule id 'base-one' is already defined in '"))
        #expect(diagnostic.help?.contains("override: true") == true)
        #expect(diagnostic.notes.first?.span?.file.hasSuffix("/base.yaml") == true)
        #expect(diagnostic.notes.first?.span?.start.line == 15)
        #expect(result.policy?.rules.map(\.id.value) == ["base-one", "base-two"])
        #expect(result.policy?.rules.first?.then.interrupt?.value == false)
    }

    @Test func cyclesAreReportedWithTheirChain() throws {
        let b = MarkedSource("norms: 1\nname: B\nextends: [↓a.yaml]\n")
        let result = try withPolicyFiles([
            "a.yaml": "norms: 1\nname: A\nextends: b.yaml\ntimezone: UTC\nchannels: {email: {mode: async}}\n",
            "b.yaml": b.text,
        ]) { folder in
            (folder, PolicyLoader().loadCollecting(path: folder + "/a.yaml"))
        }
        let (folder, loaded) = result
        #expect(loaded.diagnostics.map(\.code) == ["policy.extends-cycle"])
        let diagnostic = try #require(loaded.diagnostics.first)
        #expect(diagnostic.message == "policies extend each other in a cycle: \(folder)/a.yaml → \(folder)/b.yaml → \(folder)/a.yaml")
        #expect(diagnostic.span?.file == "\(folder)/b.yaml")
        #expect(diagnostic.span?.start == b.marker)
        #expect(loaded.policy?.files == ["\(folder)/b.yaml", "\(folder)/a.yaml"])
    }

    @Test func aFileThatExtendsItselfIsACycle() throws {
        let marked = MarkedSource("norms: 1\nname: A\nextends: ↓./a.yaml\ntimezone: UTC\nchannels: {email: {mode: async}}\n")
        let diagnostics = try withPolicyFiles(["a.yaml": marked.text]) { folder in
            PolicyLoader().loadCollecting(path: folder + "/a.yaml").diagnostics
        }
        #expect(diagnostics.map(\.code) == ["policy.extends-cycle"])
        #expect(diagnostics.first?.span?.start == marked.marker)
    }

    @Test func aMissingBaseNamesTheResolvedPath() throws {
        let marked = MarkedSource("norms: 1\nname: A\nextends: [↓bases/company.yaml]\ntimezone: UTC\nchannels: {email: {mode: async}}\n")
        let (folder, result) = try withPolicyFiles(["policies/a.yaml": marked.text]) { folder in
            (folder, PolicyLoader().loadCollecting(path: folder + "/policies/a.yaml"))
        }
        #expect(result.diagnostics.map(\.code) == ["policy.extends-missing"])
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.message == "cannot load base policy 'bases/company.yaml': there is no file '\(folder)/policies/bases/company.yaml'")
        #expect(diagnostic.span?.start == marked.marker)
        #expect(result.policy?.files == ["\(folder)/policies/a.yaml"])
    }

    @Test func aDiamondIncludesTheSharedBaseOnce() throws {
        let files = [
            "shared/base.yaml": base,
            "sub/left.yaml": "norms: 1\nextends: ../shared/base.yaml\nchannels: {left: {mode: async}}\n",
            "right.yaml": "norms: 1\nextends: ./shared/../shared/base.yaml\nchannels: {right: {mode: sync}}\n",
            "top.yaml": "norms: 1\nname: Top\nextends: [sub/left.yaml, right.yaml]\n",
        ]
        let (folder, policy) = try withPolicyFiles(files) { folder in
            (folder, try PolicyLoader().load(path: folder + "/top.yaml"))
        }
        #expect(policy.files == ["shared/base.yaml", "sub/left.yaml", "right.yaml", "top.yaml"].map { "\(folder)/\($0)" })
        #expect(policy.rules.map(\.id.value) == ["base-one", "base-two"])
        #expect(policy.channels.map(\.id.value) == ["email", "meeting", "left", "right"])
        #expect(policy.name.value == "Top")
    }

    @Test func relativeExtendsFromMemoryResolveAgainstTheSourcePath() throws {
        let policy = try withPolicyFiles(["base.yaml": base]) { folder in
            try PolicyLoader().load(source: SourceFile(path: folder + "/virtual.yaml", text: "norms: 1\nname: V\nextends: base.yaml\n"))
        }
        #expect(policy.channels.count == 2)
        #expect(policy.files.last?.hasSuffix("/virtual.yaml") == true)
    }

    @Test func diagnosticsPointIntoTheirOwnFileAndBasesComeFirst() throws {
        let baseMarked = MarkedSource("""
            ↓norms_: 1
            timezone: Europe/Berlin
            channels: {email: {mode: async}}
            """)
        let topMarked = MarkedSource("""
            norms: 1
            name: Top
            extends: base.yaml
            channels: {email: {mode: ↓asnyc}}
            """)
        let (folder, result) = try withPolicyFiles(["base.yaml": baseMarked.text, "top.yaml": topMarked.text]) { folder in
            (folder, PolicyLoader().loadCollecting(path: folder + "/top.yaml"))
        }
        let found = result.diagnostics.map { "\($0.code) \($0.span.map { "\($0.file):\($0.start.line):\($0.start.column)" } ?? "")" }
        #expect(found == [
            "policy.missing-key \(folder)/base.yaml:1:1",
            "policy.unknown-key \(folder)/base.yaml:1:1",
            "policy.invalid-value \(folder)/top.yaml:\(topMarked.marker.line):\(topMarked.marker.column)",
        ])
        #expect(baseMarked.marker.line == 1)
    }

    @Test func nameIsRequiredInTheTopFileOnly() throws {
        let result = try withPolicyFiles(["base.yaml": base, "top.yaml": "norms: 1\nextends: base.yaml\n"]) { folder in
            PolicyLoader().loadCollecting(path: folder + "/top.yaml")
        }
        #expect(result.diagnostics.map(\.message) == ["missing key 'name' in the policy"])
    }

    @Test func aBaseOfAnotherVersionIsNotUsed() throws {
        let result = try withPolicyFiles([
            "base.yaml": "norms: 2\ntimezone: UTC\n",
            "top.yaml": "norms: 1\nname: T\nextends: base.yaml\nchannels: {email: {mode: async}}\n",
        ]) { folder in
            PolicyLoader().loadCollecting(path: folder + "/top.yaml")
        }
        #expect(result.diagnostics.map(\.code) == ["policy.unsupported-version", "policy.missing-key"])
        #expect(result.policy?.files.count == 1)
    }
}

@Suite("Composition: broken bases")
struct BrokenBaseTests {
    @Test func aBaseWithBrokenYAMLIsReportedInItsOwnFile() throws {
        let (folder, result) = try withPolicyFiles([
            "base.yaml": "norms: 1\nchannels: [unclosed\n",
            "top.yaml": "norms: 1\nname: T\ntimezone: UTC\nextends: base.yaml\nchannels: {email: {mode: async}}\n",
        ]) { folder in
            (folder, PolicyLoader().loadCollecting(path: folder + "/top.yaml"))
        }
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.code.hasPrefix("yaml.") == true)
        #expect(result.diagnostics.first?.span?.file == "\(folder)/base.yaml")
        #expect(result.policy?.channels.map(\.id.value) == ["email"])
    }

    @Test func extendsTakesPaths() {
        expectDiagnostic(preamble + "extends: ↓{path: base.yaml}\n", "policy.wrong-type")
        expectDiagnostic(preamble + "extends: [↓42]\n", "policy.wrong-type")
    }

    @Test func aRulesValueThatIsNoListIsReported() {
        expectDiagnostic(preamble + "rules: ↓{id: a}\n", "policy.wrong-type")
    }
}
