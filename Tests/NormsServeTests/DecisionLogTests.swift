import Foundation
import Logging
@testable import NormsServe
import Testing

@Suite("norms serve: the decision log's buffer")
struct DecisionLogTests {
    static func record(messageBytes: Int) -> DecisionLog.Record {
        DecisionLog.Record(time: Date(timeIntervalSince1970: 0), policy: "p", hash: "h",
                           message: Array(("\"" + String(repeating: "m", count: messageBytes - 2) + "\"").utf8),
                           decision: Array("{\"a\":1}".utf8))
    }

    @Test("the buffer is bounded in bytes: past the bound records are dropped and counted, the rest written")
    func boundedInBytes() async throws {
        let path = NSTemporaryDirectory() + "norms-decision-log-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: path) }
        let metrics = ServiceMetrics()
        // Each record takes 1,000 + 7 + 1 + 1 + 128 = 1,137 bytes: 8 fit in 10,000, not 9.
        let log = try DecisionLog(path: path, capacity: 1_000, bufferBytes: 10_000, metrics: metrics,
                                  logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
        #expect(Self.record(messageBytes: 1_000).byteCount == 1_137)
        // Nothing writes yet: the disk "cannot keep up".
        for _ in 0..<20 { log.record(Self.record(messageBytes: 1_000)) }
        let exposition = String(decoding: metrics.exposition(), as: UTF8.self)
        #expect(exposition.contains("norms_decision_log_dropped_total 12"))
        log.finish()
        try await log.run()
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 8)
        #expect(lines.allSatisfy { $0.hasSuffix(",\"decision\":{\"a\":1}}") })
    }

    @Test("records written free their place: the next ones are taken")
    func writtenRecordsFreeTheBuffer() async throws {
        let path = NSTemporaryDirectory() + "norms-decision-log-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: path) }
        let metrics = ServiceMetrics()
        let log = try DecisionLog(path: path, capacity: 1_000, bufferBytes: 10_000, metrics: metrics,
                                  logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
        let writer = Task { try await log.run() }
        for _ in 0..<30 {
            // One at a time, each written before the next: none is dropped.
            log.record(Self.record(messageBytes: 1_000))
            let deadline = Date().addingTimeInterval(20)
            let before = (try? String(contentsOfFile: path, encoding: .utf8))?.count ?? 0
            while ((try? String(contentsOfFile: path, encoding: .utf8))?.count ?? 0) == before, Date() < deadline {
                try await Task.sleep(for: .milliseconds(10))
            }
        }
        log.finish()
        try await writer.value
        #expect(try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").count == 30)
        #expect(!String(decoding: metrics.exposition(), as: UTF8.self).contains("norms_decision_log_dropped_total 1"))
    }
}
