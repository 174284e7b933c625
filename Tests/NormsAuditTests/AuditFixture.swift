import NormsAudit
import NormsEngine
import NormsPolicy
import NormsSource
import NormsYAML

/// A small office in UTC for audit tests, and a way to audit a log given as text.
///
/// Mon–Fri 09:00–17:00 UTC; 2026-12-25 is a holiday. `ana` has focus mon–fri 09:00–11:00; `ana`
/// and `bob` form team `eng`; `cy` is in no team. Chat does not interrupt and wants a reply in
/// 2 business hours; the pager interrupts and wants one in 1h; the phone needs level `urgent`.
/// An `outage` tag interrupts and escalates 30m after the deadline.
enum AuditFixture {
    static let policy = """
        norms: 1
        name: Audit test
        timezone: UTC
        working_hours: {mon-fri: "09:00-17:00"}
        holidays:
          - {date: 2026-12-25, name: Christmas Day}
        channels:
          chat:  {mode: async, reply_within: 2 business hours}
          pager: {mode: async, interrupts: true, reply_within: 1h}
          phone: {mode: sync, reply_within: immediate, min_level: urgent, suggest: chat}
        teams:
          eng: {members: [ana, bob]}
        people:
          ana: {focus: ["mon-fri 09:00-11:00"]}
          bob: {}
          cy: {}
        rules:
          - id: outages-interrupt
            when: {tags: [outage]}
            then: {interrupt: true, escalate: {after: 30m, via: phone, to: cy}}
          - id: never-used
            when: {tags: [nothing-uses-this]}
            then: {reply_within: 1h}
        """

    static func evaluator(_ yaml: String = policy) throws -> Evaluator {
        Evaluator(policy: try PolicyLoader().load(source: SourceFile(path: "audit.yaml", text: yaml)))
    }

    /// Audits JSON lines (one entry per line) the way `norms audit` does, on one thread.
    static func audit(_ log: String, policy yaml: String = policy, asOf: Instant? = nil) throws -> AuditReport {
        let analyzer = LogAnalyzer(evaluator: try evaluator(yaml))
        var accumulator = AuditAccumulator(policy: analyzer.evaluator.policy, asOf: asOf)
        let lines = log.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.isEmpty }
        for (index, line) in lines.enumerated() {
            do {
                accumulator.add(try analyzer.observe(try record(String(line), line: index + 1)))
            } catch {
                accumulator.addError()
            }
        }
        return accumulator.report(lines: lines.count)
    }

    /// The record of one JSON line.
    static func record(_ line: String, line number: Int = 1) throws -> AuditRecord {
        let bytes = Array(line.utf8)
        let node = try bytes.withUnsafeBufferPointer {
            try JSONReader().read($0, file: "log.jsonl", start: SourcePosition(line: number, column: 1, offset: 0))
        }
        return try JSONRecordReader().record(from: node!)
    }
}
