@testable import NormsEngine
import NormsSource
import Testing

@Suite("Rule id table")
struct RuleIDTableTests {
    /// The JSON array members written for `rules` (rule indices).
    private func members(_ table: RuleIDTable, _ rules: [Int]) -> String {
        var output = JSONOutput()
        table.appendJSON(of: rules, to: &output)
        return String(decoding: output.bytes, as: UTF8.self)
    }

    @Test func writesEachChosenIdEscapedOnceInTheOrderGiven() {
        let table = RuleIDTable(ids: ["first", "say \"hi\"", "tab\there", "", "é-rule"])
        #expect(members(table, []) == "")
        #expect(members(table, [0]) == #""first""#)
        #expect(members(table, [0, 1, 2]) == #""first","say \"hi\"","tab\there""#)
        #expect(members(table, [3, 4]) == #""","é-rule""#)
        #expect(members(table, [4, 0]) == #""é-rule","first""#)
        #expect(table.ids == ["first", "say \"hi\"", "tab\there", "", "é-rule"])
    }

    @Test func writesManyIdsAfterWhatIsAlreadyWritten() {
        let ids = (0..<300).map { "rule-\($0)" }
        let table = RuleIDTable(ids: ids)
        var output = JSONOutput()
        output.appendRaw("[")
        table.appendJSON(of: Array(stride(from: 299, through: 0, by: -3)), to: &output)
        output.appendRaw("]")
        let expected = stride(from: 299, through: 0, by: -3).map { "\"rule-\($0)\"" }.joined(separator: ",")
        #expect(String(decoding: output.bytes, as: UTF8.self) == "[" + expected + "]")
    }

    @Test func aDecisionOfTheEvaluatorGivesItsRulesAsIdsAndTakesNewOnesAndANewIdOrZone() {
        let table = RuleIDTable(ids: ["a", "b", "c"])
        let stamp = Timestamp(instant: 0, offset: 0)
        var leading = JSONOutput()
        RecipientDecision.appendLeadingJSON(id: "ana", timezone: "UTC", to: &leading)
        var decision = RecipientDecision(
            id: "ana", timezone: "UTC", leadingJSON: leading.bytes, localTime: stamp, state: .available, replyWithin: .none,
            deadline: nil, notify: .now, notifyAt: nil, escalation: nil, ruleList: .indices([0, 2], of: table), notes: [],
            decidedBy: DecidedBy(replyWithin: "channel.chat", notify: "channel.chat", escalation: nil))
        #expect(written(decision).hasPrefix(#"{"id":"ana","timezone":"UTC","local_time":"1970-01-01T00:00:00+00:00""#))
        #expect(decision.rules == ["a", "c"])
        #expect(written(decision) == decision.json.compact)
        #expect(written(decision).contains(#""rules":["a","c"]"#))
        decision.rules = ["x\"y"]
        #expect(decision.rules == ["x\"y"])
        #expect(written(decision) == decision.json.compact)
        #expect(written(decision).contains(#""rules":["x\"y"]"#))
        // A new id or zone is written as set, not as the leading bytes made for the old ones.
        decision.id = "bo"
        decision.timezone = "Europe/Berlin"
        #expect(written(decision) == decision.json.compact)
        #expect(written(decision).hasPrefix(#"{"id":"bo","timezone":"Europe/Berlin","local_time":"#))
    }

    /// The recipient's decision as the batch writer writes it.
    private func written(_ decision: RecipientDecision) -> String {
        var output = JSONOutput()
        decision.appendJSON(to: &output)
        return String(decoding: output.bytes, as: UTF8.self)
    }
}
