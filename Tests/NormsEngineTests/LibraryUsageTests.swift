import Foundation
import TeamNorms
import Testing

/// The library as the README shows it: one import, a policy from disk, a message from YAML.
@Suite("Library usage")
struct LibraryUsageTests {
    @Test func theReadmeExample() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let policyPath = root.appendingPathComponent("policies/oncall.yaml").path

        let evaluator = Evaluator(policy: try Policy(path: policyPath))
        let message = try Message(yaml: "{channel: phone, from: alertmanager, to: [ana], sent_at: 2026-11-26T02:10:00Z, tags: [outage]}")
        let decision = try evaluator.evaluate(message)

        // Ana is on call in Lisbon (UTC+0 in November): the outage is urgent and breaks through
        // after hours, so it is due 15 minutes after it is sent.
        #expect(decision.needsImmediateReply)
        #expect(decision.recipients[0].deadline?.description == "2026-11-26T02:25:00+00:00")
    }
}
