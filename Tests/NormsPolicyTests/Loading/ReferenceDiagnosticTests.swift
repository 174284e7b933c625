import NormsPolicy
import NormsSource
import Testing

/// A preamble with people, teams and channels to refer to.
private let people = preamble + """
      phone: {mode: sync}
    teams:
      platform: {members: [alice, bob]}
    people:
      alice: {team: platform, roles: [oncall]}
      bob: {team: platform}

    """

@Suite("Loader diagnostics: references")
struct ReferenceDiagnosticTests {
    @Test func peopleAndTeamsAreKnown() {
        #expect(loadMarked(people).diagnostics.isEmpty)
    }

    @Test func unknownChannels() throws {
        let suggest = try #require(expectDiagnostic(preamble + "  phone: {mode: sync, suggest: ↓emial}\n", "policy.unknown-channel"))
        #expect(suggest.message == "unknown channel 'emial' in 'channels.phone.suggest'")
        #expect(suggest.help == "did you mean 'email'?")
        let far = try #require(expectDiagnostic(preamble + "  phone: {mode: sync, suggest: ↓pigeon}\n", "policy.unknown-channel"))
        #expect(far.help == "name one of 'email', 'phone'")
        expectDiagnostic(preamble + "teams:\n  ops: {channels: {↓fax: {reply_within: 1h}}}\n", "policy.unknown-channel")
        expectDiagnostic(people + "rules:\n  - {id: a, when: {channel: [email, ↓chat]}, then: {interrupt: false}}\n", "policy.unknown-channel")
        expectDiagnostic(people + "rules:\n  - {id: a, then: {violation: No, suggest: ↓fax}}\n", "policy.unknown-channel")
        expectDiagnostic(people + "rules:\n  - {id: a, then: {escalate: {after: 15m, via: ↓pager}}}\n", "policy.unknown-channel")
    }

    @Test func unknownPeopleAndTeams() throws {
        let member = try #require(expectDiagnostic(preamble + "teams:\n  ops: {members: [↓alcie]}\npeople:\n  alice: {}\n", "policy.unknown-person"))
        #expect(member.message == "unknown person 'alcie' in 'teams.ops.members'")
        #expect(member.help == "did you mean 'alice'?")
        expectDiagnostic(people + "  carol: {backup: ↓dave}\n", "policy.unknown-person")
        expectDiagnostic(preamble + "teams:\n  ops: {backup: ↓nobody}\n", "policy.unknown-person")
        let team = try #require(expectDiagnostic(people + "  carol: {team: [platform, ↓platfrom]}\n", "policy.unknown-team"))
        #expect(team.help == "did you mean 'platform'?")
        let escalation = try #require(expectDiagnostic(people + "rules:\n  - {id: a, then: {escalate: {after: 1h, via: phone, to: ↓carol}}}\n", "policy.unknown-person"))
        #expect(escalation.help == "name a person, or 'backup' for the recipient's backup")
    }

    @Test func selfBackup() throws {
        let diagnostic = try #require(expectDiagnostic(people + "  carol: {backup: ↓carol}\n", "policy.self-backup"))
        #expect(diagnostic.message == "'carol' is named as their own backup")
    }

    @Test func personAndTeamShareANamespace() throws {
        let later = try #require(expectDiagnostic(people + "  ↓platform: {}\n", "policy.person-team-clash"))
        #expect(later.message == "'platform' is both a person and a team")
        #expect(later.notes.first?.message == "the team 'platform' is defined here")
        expectDiagnostic(preamble + "people:\n  ops: {}\nteams:\n  ↓ops: {}\n", "policy.person-team-clash")
    }

    @Test func unknownLevels() {
        expectDiagnostic(preamble + "  phone: {mode: sync, min_level: ↓critical}\n", "policy.unknown-level")
        expectDiagnostic(preamble + "rules:\n  - {id: a, then: {level: ↓urgnet}}\n", "policy.unknown-level")
        expectDiagnostic(preamble + "rules:\n  - {id: a, when: {level: ↓\">= hihg\"}, then: {interrupt: true}}\n", "policy.unknown-level")
        expectDiagnostic(preamble + "rules:\n  - {id: a, when: {level: [high, ↓critical]}, then: {interrupt: true}}\n", "policy.unknown-level")
        expectDiagnostic(preamble + "rules:\n  - {id: a, when: {level: ↓\">=\"}, then: {interrupt: true}}\n", "policy.invalid-level-comparison")
    }

    @Test func senderAndRecipientReferences() throws {
        #expect(loadMarked(people + "rules:\n  - {id: a, when: {from: [alice, platform, oncall, external], to: bob}, then: {interrupt: true}}\n")
            .diagnostics.isEmpty)
        let from = try #require(expectDiagnostic(people + "rules:\n  - {id: a, when: {from: ↓oncal}, then: {interrupt: true}}\n", "policy.unknown-reference"))
        #expect(from.message == "unknown person, team or role 'oncal' in 'rules.a.when.from'")
        #expect(from.help == "did you mean 'oncall'?")
        let to = try #require(expectDiagnostic(people + "rules:\n  - {id: a, unless: {to: ↓external}, then: {interrupt: true}}\n", "policy.unknown-reference"))
        #expect(to.help == "'external' matches senders only: recipients are always in the policy")
        expectDiagnostic(people + "rules:\n  - {id: a, owner: ↓oncall, then: {interrupt: true}}\n", "policy.unknown-reference")
        #expect(loadMarked(people + "rules:\n  - {id: a, owner: platform, then: {interrupt: true}}\n").diagnostics.isEmpty)
    }
}
