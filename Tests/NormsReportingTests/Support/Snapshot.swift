import Foundation
import Testing

/// Compares text with a golden file in `Snapshots/`.
///
/// A missing or different golden file fails the test. With `RECORD_SNAPSHOTS=1` in the
/// environment, a missing or different file is written instead — and the test still fails once,
/// so that a recording is never mistaken for a passing run; run the tests again without it.
func assertSnapshot(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    // This file is Support/Snapshot.swift: the target's folder is two levels up.
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Snapshots").appendingPathComponent(name)
    let recorded = try? String(contentsOf: url, encoding: .utf8)
    if recorded == text { return }
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
            Issue.record("recorded Snapshots/\(name); run the tests again without RECORD_SNAPSHOTS", sourceLocation: sourceLocation)
        } catch {
            Issue.record("cannot write Snapshots/\(name): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard let recorded else {
        Issue.record("no snapshot Snapshots/\(name); record it with RECORD_SNAPSHOTS=1 swift test --filter NormsReportingTests",
                     sourceLocation: sourceLocation)
        return
    }
    Issue.record("""
        output differs from Snapshots/\(name) (re-record with RECORD_SNAPSHOTS=1 when the change is intended)
        first difference: \(firstDifference(recorded, text))
        """, sourceLocation: sourceLocation)
}

private func firstDifference(_ expected: String, _ actual: String) -> String {
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(expectedLines.count, actualLines.count) {
        let left = index < expectedLines.count ? String(expectedLines[index]) : "<end>"
        let right = index < actualLines.count ? String(actualLines[index]) : "<end>"
        if left != right { return "line \(index + 1)\n  expected: \(left)\n  actual:   \(right)" }
    }
    return "none"
}
