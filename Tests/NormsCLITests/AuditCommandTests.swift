import Foundation
import Testing

/// `norms audit`: formats, files, standard input, CSV, exit codes and the CI gate.
@Suite("norms audit")
struct AuditCommandTests {
    let policy = NormsProcess.fixture("audit/policy.yaml")
    let log = NormsProcess.fixture("audit/log.jsonl")

    @Test func jsonReportOfAFile() throws {
        let result = try NormsProcess.run(["audit", "--policy", policy, log, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(json?["schema"] as? String == "teamnorms-audit")
        #expect(json?["messages"] as? Int == 5)
        let replies = (json?["total"] as? [String: Any])?["replies"] as? [String: Any]
        #expect(replies?["compliance"] as? Double == 0.4)
    }

    @Test func standardInputGivesTheSameFigures() throws {
        let text = try String(contentsOfFile: NormsProcess.packageRoot.appendingPathComponent(log).path, encoding: .utf8)
        let fromFile = try NormsProcess.run(["audit", "--policy", policy, log, "--format", "json", "--jobs", "1"])
        let fromInput = try NormsProcess.run(["audit", "--policy", policy, "-", "--format", "json", "--jobs", "2"], input: text)
        #expect(fromInput.status == 0)
        #expect(fromInput.stdout == fromFile.stdout)
    }

    @Test func failUnderIsACIGate() throws {
        // Compliance is 2 of 5 = 40%; 2 of 4 interruptions are protected = 50%.
        let failing = try NormsProcess.run(["audit", "--policy", policy, log, "--fail-under", "compliance=0.9"])
        #expect(failing.status == 1)
        #expect(failing.stderr.contains("compliance is 40.0%, under the minimum of 90.0%"))
        let passing = try NormsProcess.run(["audit", "--policy", policy, log, "--fail-under", "compliance=0.4,protected=0.5"])
        #expect(passing.status == 0, "\(passing.stderr)")
        let unknown = try NormsProcess.run(["audit", "--policy", policy, log, "--fail-under", "complience=0.9"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("compliance"))
    }

    @Test func aLineWithAnErrorIsCountedReportedAndExitsTwo() throws {
        let input = #"{"channel": "fax", "from": "cy", "to": ["ana"], "sent_at": "2026-11-23T10:00:00Z"}"# + "\n"
        let result = try NormsProcess.run(["audit", "--policy", policy, "-", "--format", "json"], input: input)
        #expect(result.status == 2)
        #expect(try object(result.stdout)["errors"] as? Int == 1)
        #expect(result.stderr.contains("<stdin>:1:"))
    }

    @Test func writesTheHTMLReportToAFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("audit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("report.html").path
        let result = try NormsProcess.run(["audit", "--policy", policy, log, "--format", "html", "-o", output])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        let html = try String(contentsOfFile: output, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.components(separatedBy: "<svg class=\"chart\"").count - 1 == 6)
    }

    @Test func aSymbolicLinkAtTheOutputPathIsRefusedAndItsTargetKept() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("audit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("bashrc").path
        try "keep\n".write(toFile: target, atomically: false, encoding: .utf8)
        let link = folder.appendingPathComponent("report.html").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let result = try NormsProcess.run(["audit", "--policy", policy, log, "--format", "html", "-o", link])
        #expect(result.status == 2)
        #expect(result.stderr.contains("symbolic link"))
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "keep\n")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
    }

    @Test func aReportReplacesAFileWholeAndGoesToADevice() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("audit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("report.json").path
        try String(repeating: "old ", count: 100_000).write(toFile: output, atomically: false, encoding: .utf8)
        let result = try NormsProcess.run(["audit", "--policy", policy, log, "--format", "json", "-o", output])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try object(String(contentsOfFile: output, encoding: .utf8))["schema"] as? String == "teamnorms-audit")
        let device = try NormsProcess.run(["audit", "--policy", policy, log, "--format", "json", "-o", "/dev/null"])
        #expect(device.status == 0, "\(device.stderr)")
    }

    @Test func readsACSVExportThroughTheMapping() throws {
        let csv = """
            Date,Sender,Recipients,Channel,Replied
            2026-11-23T10:00:00Z,cy,ana,pager,2026-11-23T11:30:00Z
            2026-11-23T20:00:00Z,cy,bob,pager,2026-11-24T13:00:00Z

            """
        let result = try NormsProcess.run(
            ["audit", "--policy", policy, "-", "--input", "csv", "--format", "json", "--map", "sent_at=Date,from=Sender,to=Recipients,channel=Channel,replied_at=Replied"],
            input: csv)
        #expect(result.status == 0, "\(result.stderr)")
        let replies = (try object(result.stdout)["total"] as? [String: Any])?["replies"] as? [String: Any]
        #expect(replies?["in_time"] as? Int == 1)
        #expect(replies?["late"] as? Int == 1)
    }

    private func object(_ text: String) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] ?? [:]
    }
}
