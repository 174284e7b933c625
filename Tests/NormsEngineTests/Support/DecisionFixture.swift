import Foundation
import NormsEngine
import NormsPolicy
import NormsSource
import NormsYAML

/// The recorded decisions of ``DecisionCorpus``: `Fixtures/DecisionCorpus/decisions.txt.gz`,
/// read and written with the system's `gzip`, and the frozen policies they were recorded with.
///
/// The file starts with one header line naming the corpus: its seed, its count and a digest of
/// its messages. Then each message has one line, in corpus order: the decision as compact JSON,
/// or `error: CODE,…` with the input-error codes of a message that cannot be evaluated.
/// Violation sources are written relative to the folder holding `policies/`. The messages
/// themselves are not stored: the generator makes them again, and a failure prints them.
enum DecisionFixture {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/DecisionCorpus")
    static let file = folder.appendingPathComponent("decisions.txt.gz")
    static let policies = folder.appendingPathComponent("policies")

    /// Whether this run records the fixture instead of comparing with it.
    static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_DECISIONS"] == "1" }

    /// The first line of the fixture, which changes whenever a generated message changes.
    static func header(_ items: [DecisionCorpus.Item]) -> String {
        var digest: UInt64 = 0xCBF2_9CE4_8422_2325   // FNV-1a, 64 bits
        for item in items {
            for byte in item.policy.utf8 { digest = (digest ^ UInt64(byte)) &* 0x100_0000_01B3 }
            for byte in item.text.utf8 { digest = (digest ^ UInt64(byte)) &* 0x100_0000_01B3 }
        }
        return "# DecisionCorpus seed \(String(DecisionCorpus.seed, radix: 16)) count \(items.count) messages \(String(digest, radix: 16))"
    }

    // MARK: - Evaluating

    /// An evaluator for each corpus policy, by ``CorpusPolicy/key``.
    static func evaluators() throws -> [String: Evaluator] {
        var evaluators: [String: Evaluator] = [:]
        for policy in CorpusPolicy.all {
            let path = policies.appendingPathComponent(policy.key + ".yaml").path
            evaluators[policy.key] = Evaluator(policy: try PolicyLoader().load(path: path))
        }
        return evaluators
    }

    /// The decision for one message as a fixture field: compact JSON, or `error: CODE,…`.
    static func decide(_ item: DecisionCorpus.Item, with evaluator: Evaluator) -> String {
        do {
            guard let node = try YAMLLoader().loadDocument(SourceFile(path: "message.json", text: item.text)) else {
                return "error: empty"
            }
            let decision = try evaluator.evaluate(try MessageLoader().message(from: node))
            let json = decision.json.compact
            return decision.violations.isEmpty ? json : json.replacingOccurrences(of: folder.path + "/", with: "")
        } catch let error as DiagnosticError {
            return "error: " + error.diagnostics.map(\.code).joined(separator: ",")
        } catch {
            return "error: \(type(of: error))"
        }
    }

    // MARK: - The compressed file

    /// The recorded lines, without the final newline; `nil` when the file is missing.
    static func read() throws -> [Substring]? {
        guard FileManager.default.fileExists(atPath: file.path) else { return nil }
        let data = try run(["gzip", "-dc", file.path])
        return String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).dropLast(1).map { $0 }
    }

    /// Writes the lines, compressed; `-n` leaves the name and time out, so that the same
    /// decisions always give the same bytes.
    static func write(_ lines: [String]) throws {
        let plain = FileManager.default.temporaryDirectory.appendingPathComponent("decisions-\(ProcessInfo.processInfo.processIdentifier).txt")
        defer { try? FileManager.default.removeItem(at: plain) }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: plain)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try run(["gzip", "-9", "-n", "-c", plain.path]).write(to: file)
    }

    struct GzipFailure: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs a command found on `PATH` and returns its standard output.
    @discardableResult
    private static func run(_ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw GzipFailure(description: "\(arguments.joined(separator: " ")) exited with \(process.terminationStatus)")
        }
        return data
    }
}
