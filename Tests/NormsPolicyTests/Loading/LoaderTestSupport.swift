import Foundation
import NormsPolicy
import NormsSource
import NormsTestSupport
import Testing

/// The result of loading marked test YAML.
struct MarkedLoad {
    let source: MarkedSource
    let policy: Policy?
    let diagnostics: [Diagnostic]

    /// The codes with the positions they point at, in order.
    var found: [Found] { diagnostics.map { Found(code: $0.code, position: $0.span?.start) } }

    /// The only diagnostic with `code`, if there is exactly one.
    func diagnostic(_ code: String) -> Diagnostic? {
        let matches = diagnostics.filter { $0.code == code }
        return matches.count == 1 ? matches[0] : nil
    }
}

/// A diagnostic reduced to what position tests compare.
struct Found: Equatable, CustomStringConvertible {
    let code: String
    let position: SourcePosition?

    var description: String { "\(code) at \(position.map { "\($0.line):\($0.column)" } ?? "-")" }
}

/// The start of a valid policy, for tests about one section: five lines, ending with the
/// `channels:` key and one `email` channel, so `chat` can be added under it.
let preamble = """
    norms: 1
    name: Test
    timezone: Europe/Berlin
    channels:
      email: {mode: async}

    """

/// Loads marked YAML from memory, as if read from `path`.
func loadMarked(_ marked: String, path: String = "/virtual/policy.yaml") -> MarkedLoad {
    let source = MarkedSource(marked)
    let result = PolicyLoader().loadCollecting(source: source.sourceFile(path: path))
    return MarkedLoad(source: source, policy: result.policy, diagnostics: result.diagnostics)
}

/// Expects exactly these diagnostics, in order, the i-th at the i-th marker.
func expectDiagnostics(
    _ marked: String, _ codes: [String], sourceLocation: SourceLocation = #_sourceLocation
) {
    let load = loadMarked(marked)
    let expected = zip(codes, load.source.markers).map { Found(code: $0, position: $1) }
    #expect(codes.count == load.source.markers.count, "one ↓ marker per expected code", sourceLocation: sourceLocation)
    #expect(load.found == expected, "\(load.diagnostics.map(\.description).joined(separator: "\n"))", sourceLocation: sourceLocation)
}

/// Expects one diagnostic, at the only marker, and returns it.
@discardableResult
func expectDiagnostic(
    _ marked: String, _ code: String, sourceLocation: SourceLocation = #_sourceLocation
) -> Diagnostic? {
    let load = loadMarked(marked)
    #expect(load.found == [Found(code: code, position: load.source.marker)],
            "\(load.diagnostics.map(\.description).joined(separator: "\n"))", sourceLocation: sourceLocation)
    return load.diagnostics.first
}

/// A fresh temporary folder holding `files` (relative path → text), removed by `body`'s end.
func withPolicyFiles<T>(_ files: [String: String], _ body: (String) throws -> T) throws -> T {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("norms-policy-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    for (name, text) in files {
        let path = folder + "/" + name
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }
    return try body(folder)
}
