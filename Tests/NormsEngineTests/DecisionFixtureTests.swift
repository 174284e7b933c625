import Foundation
import NormsEngine
import Testing

/// Every decision of a generated corpus of 50,000 messages over the example policies, compared
/// line by line with the decisions recorded in `Fixtures/DecisionCorpus/decisions.txt.gz`.
///
/// The guard for work on the engine that must not change a decision (a faster evaluator, a
/// refactoring). When a rule of time changes on purpose, re-record and review the difference:
///
///     RECORD_DECISIONS=1 swift test --filter DecisionFixtureTests
///
/// A recording run writes the file and fails once, so it is never mistaken for a passing run;
/// run the tests again without the variable. See docs/decision-fixture.md.
@Suite("Decision fixture")
struct DecisionFixtureTests {
    static let items = DecisionCorpus.items()

    @Test func everyDecisionMatchesTheRecordedOne() async throws {
        let items = Self.items
        let evaluators = try DecisionFixture.evaluators()
        let decisions = await Self.decide(items, evaluators)
        let header = DecisionFixture.header(items)
        let unexpected = items.indices.filter { items[$0].isInvalid != decisions[$0].hasPrefix("error: ") }
        #expect(unexpected.isEmpty, """
            \(unexpected.count) messages are refused although generated valid, or accepted although broken on purpose; \
            the first: \(unexpected.first.map { "\(items[$0].text) → \(decisions[$0])" } ?? "")
            """)

        if DecisionFixture.isRecording {
            try DecisionFixture.write([header] + decisions)
            Issue.record("recorded \(decisions.count) decisions in \(DecisionFixture.file.lastPathComponent); run the tests again without RECORD_DECISIONS")
            return
        }
        guard let recorded = try DecisionFixture.read() else {
            Issue.record("\(DecisionFixture.file.path) is missing; record it with RECORD_DECISIONS=1 swift test --filter DecisionFixtureTests")
            return
        }
        guard recorded.first.map(String.init) == header, recorded.count == decisions.count + 1 else {
            Issue.record("""
                the fixture was recorded for other messages (\(recorded.first ?? "no header"), \(recorded.count - 1) lines; \
                now: \(header)): the generator changed, so the decisions cannot be compared; \
                re-record with RECORD_DECISIONS=1 swift test --filter DecisionFixtureTests
                """)
            return
        }
        var changed = 0
        var firstDifferences: [String] = []
        for (index, decision) in decisions.enumerated() where recorded[index + 1] != decision {
            changed += 1
            guard firstDifferences.count < 5 else { continue }
            let item = items[index]
            firstDifferences.append("""
                message \(index + 1) (\(item.policy), \(item.moment.rawValue)): \(item.text)
                  recorded: \(recorded[index + 1])
                  now:      \(decision)
                """)
        }
        guard changed > 0 else { return }
        let now = FileManager.default.temporaryDirectory.appendingPathComponent("decisions-now.txt")
        try? Data(([header] + decisions).joined(separator: "\n").appending("\n").utf8).write(to: now)
        Issue.record("""
            \(changed) of \(decisions.count) decisions differ from the fixture; all of today's are in \(now.path) \
            (compare: diff <(gzip -dc \(DecisionFixture.file.path)) \(now.path)); the first ones:
            \(firstDifferences.joined(separator: "\n"))
            """)
    }

    /// The corpus reaches every moment, channel, recipient and live status of each policy.
    @Test func theCorpusCoversTheHardCases() {
        let items = Self.items
        #expect(items.count >= 50_000)
        for moment in DecisionCorpus.Moment.allCases {
            #expect(items.filter { $0.moment == moment }.count >= items.count / 100, "few messages aimed at \(moment.rawValue)")
        }
        for policy in CorpusPolicy.all {
            let features = Set(items.filter { $0.policy == policy.key && !$0.isInvalid }.flatMap(\.features))
            let wanted = policy.channels.map { "channel:" + $0 } + policy.recipientIDs.map { "to:" + $0 }
                + ["available", "focus", "dnd", "away"].flatMap { ["status:" + $0, "status:" + $0 + "+until"] }
            for feature in wanted {
                #expect(features.contains(feature), "no \(policy.key) message has \(feature)")
            }
        }
        let invalid = items.filter(\.isInvalid).count
        #expect(invalid > 0 && invalid < items.count / 50)
    }

    /// Evaluates the messages in as many parts as there are processors, at once.
    static func decide(_ items: [DecisionCorpus.Item], _ evaluators: [String: Evaluator]) async -> [String] {
        let chunks = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let size = (items.count + chunks - 1) / chunks
        return await withTaskGroup(of: (Int, [String]).self) { group in
            for chunk in 0..<chunks {
                group.addTask {
                    let range = (chunk * size)..<min(items.count, (chunk + 1) * size)
                    return (chunk, items[range].map { DecisionFixture.decide($0, with: evaluators[$0.policy]!) })
                }
            }
            var parts: [[String]] = Array(repeating: [], count: chunks)
            for await (chunk, decisions) in group { parts[chunk] = decisions }
            return parts.flatMap { $0 }
        }
    }
}
