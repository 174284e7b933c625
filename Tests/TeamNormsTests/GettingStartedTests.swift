import Foundation
import TeamNorms
import Testing

/// The getting-started article's code, compiled and run: the block between the markers below is
/// the article's, line for line (a test compares them), so the article cannot fall behind the
/// library. It reads no file, so it runs the same from any folder.
@Suite("Getting started")
struct GettingStartedTests {
    @Test func theArticlesCodeRunsAsWritten() throws {
        // BEGIN getting-started
        let policy = try Policy(yaml: """
            norms: 1
            name: Platform team
            timezone: Europe/Berlin
            channels:
              chat: {mode: async, reply_within: 4 business hours}
              phone: {mode: sync, reply_within: immediate}
            people:
              ana: {timezone: Europe/Lisbon, backup: bo}
              bo: {}
            rules:
              - id: outages-are-urgent
                when: {tags: [outage]}
                then: {level: urgent}
              - id: urgent-breaks-through
                when: {level: urgent}
                then:
                  reply_within: immediate
                  breaks_through: [after_hours, focus]
                  escalate: {after: 15m, via: phone, to: backup}
            """)
        let evaluator = Evaluator(policy: policy)

        let outage = try Message(json: """
            {"channel": "chat", "from": "bo", "to": ["ana"], "sent_at": "2026-11-26T02:10:00Z", "tags": ["outage"]}
            """)
        let decision = try evaluator.evaluate(outage)
        let ana = decision.recipients[0]
        print(decision.level, decision.levelBy)              // urgent outages-are-urgent
        print(ana.state, ana.notify, ana.deadline!)          // afterHours now 2026-11-26T02:25:00+00:00
        print(ana.escalation!.to!, ana.decidedBy.escalation!) // bo urgent-breaks-through

        let question = Message(channel: "chat", from: "bo", to: ["ana"], sentAt: Timestamp.parse("2026-11-26T10:00:00Z")!)
        let answer = try evaluator.evaluate(question).recipients[0]
        print(answer.deadline!, answer.decidedBy.replyWithin) // 2026-11-26T14:00:00+00:00 channel.chat
        // END getting-started

        // What the comments say, worked out by hand: Thursday 02:10 in Lisbon (UTC+0 in November)
        // is after hours; the outage tag makes it urgent, which breaks through after hours with
        // the default 15-minute immediate window, and escalates 15 minutes later to ana's backup.
        // At 10:00 she is working: chat's 4 business hours run to 14:00.
        #expect("\(decision.level) \(decision.levelBy)" == "urgent outages-are-urgent")
        #expect("\(ana.state) \(ana.notify) \(ana.deadline!)" == "afterHours now 2026-11-26T02:25:00+00:00")
        #expect("\(ana.escalation!.to!) \(ana.decidedBy.escalation!)" == "bo urgent-breaks-through")
        #expect("\(answer.deadline!) \(answer.decidedBy.replyWithin)" == "2026-11-26T14:00:00+00:00 channel.chat")
    }

    @Test func theArticleShowsTheCodeThatRuns() throws {
        let here = URL(fileURLWithPath: #filePath)
        let root = here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let article = try String(contentsOf: root.appendingPathComponent("Sources/TeamNorms/TeamNorms.docc/GettingStarted.md"), encoding: .utf8)
        let blocks = article.components(separatedBy: "```swift\n").dropFirst().map { $0.components(separatedBy: "```").first ?? "" }
        let articleCode = try #require(blocks.first)

        let test = try String(contentsOf: here, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let begin = try #require(test.firstIndex { $0.hasSuffix("// BEGIN getting-started") })
        let end = try #require(test.firstIndex { $0.hasSuffix("// END getting-started") })
        let indent = String(repeating: " ", count: 8)
        let testCode = test[(begin + 1)..<end].map { $0.hasPrefix(indent) ? String($0.dropFirst(indent.count)) : String($0) }
        #expect(articleCode == "import TeamNorms\n\n" + testCode.joined(separator: "\n") + "\n")
    }

    @Test func aPolicyOfValuesThatCouldNotBeEvaluatedIsRefused() {
        let here = SourceSpan(file: "values", start: SourcePosition(line: 1, column: 1, offset: 0), end: SourcePosition(line: 1, column: 1, offset: 0))
        do {
            _ = try Policy(name: Located("Empty", at: here), timezone: Located("UTC", at: here), levels: [],
                           defaultLevel: Located("normal", at: here), immediateWindow: Located(15, at: here), channels: [])
            Issue.record("a policy without levels was accepted")
        } catch {
            #expect(error.description == "a policy needs at least one level")
        }
    }
}
