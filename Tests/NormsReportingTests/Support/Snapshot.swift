import Foundation
import NormsTestSupport
import Testing

/// Compares a reporter's output with its golden file in `Snapshots/`.
func assertSnapshot(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    // This file is Support/Snapshot.swift: the target's folder is two levels up.
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Snapshots").appendingPathComponent(name)
    GoldenFile.expect(text, matches: url, regenerate: "RECORD_SNAPSHOTS=1 swift test --filter NormsReportingTests",
                      sourceLocation: sourceLocation)
}
