import Foundation
import Testing

/// Compares generated text with a file kept in the repository: golden outputs, generated docs,
/// the JSON Schema, embedded templates.
///
/// A missing or different file fails the test. With `RECORD_SNAPSHOTS=1` in the environment the
/// file is written instead, and the test still fails once, so that a recording run is never
/// mistaken for a passing one: run the tests again without the variable.
public enum GoldenFile {
    /// Whether this run records golden files instead of comparing them.
    public static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }

    /// Expects the file at `url` to hold exactly `text`.
    /// - Parameters:
    ///   - text: what the code generates now.
    ///   - url: the committed file.
    ///   - regenerate: the command that records it, named in the failure.
    public static func expect(
        _ text: String, matches url: URL, regenerate: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let recorded = try? String(contentsOf: url, encoding: .utf8)
        if recorded == text { return }
        let name = url.lastPathComponent
        if isRecording {
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
                Issue.record("recorded \(name); run the tests again without RECORD_SNAPSHOTS", sourceLocation: sourceLocation)
            } catch {
                Issue.record("cannot write \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let recorded else {
            Issue.record("\(url.path) is missing; record it with: \(regenerate)", sourceLocation: sourceLocation)
            return
        }
        Issue.record("""
            \(name) is out of date; if the change is intended, record it with: \(regenerate)
            first difference: \(firstDifference(recorded, text))
            """, sourceLocation: sourceLocation)
    }

    private static func firstDifference(_ expected: String, _ actual: String) -> String {
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let left = index < expectedLines.count ? String(expectedLines[index]) : "<end>"
            let right = index < actualLines.count ? String(actualLines[index]) : "<end>"
            if left != right { return "line \(index + 1)\n  expected: \(left)\n  actual:   \(right)" }
        }
        return "none"
    }
}
