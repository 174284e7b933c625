import Foundation
import NormsSource
import NormsYAML

/// The cases of the YAML test suite under `Fixtures/yaml-test-suite`, what loading each one
/// gives, and what the expectations file says it should give.
enum YAMLTestSuite {
    /// What loading a case gave, judged against the case's own files.
    enum Outcome: String, CaseIterable {
        /// The case has an `error` file and the loader threw a positioned error.
        case error
        /// The case has an `error` file but the loader accepted it (libyaml 0.2.5 does).
        case accepted
        /// The case is valid and its documents convert to exactly its `in.json`.
        case match
        /// The case is valid and loads, but not to its `in.json`.
        case differs
        /// The case is valid and has no `in.json`; it loads.
        case loaded
        /// The case is valid and the loader threw.
        case rejected
    }

    /// One listed exception: a case whose outcome is not the default for its kind.
    struct Expectation {
        var outcome: Outcome
        var reason: String
    }

    static let root: URL = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
        .appendingPathComponent("yaml-test-suite")

    /// Every case folder holding an `in.yaml`, as `2G84/00`-style identifiers, sorted.
    static let caseIDs: [String] = {
        let paths = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
        return paths.filter { $0.hasSuffix("/in.yaml") }.map { String($0.dropLast("/in.yaml".count)) }.sorted()
    }()

    /// The listed exceptions, from `Fixtures/yaml-test-suite-expectations.txt`: lines of
    /// `<case> <outcome> <reason>`, with `#` comments.
    static let expectations: [String: Expectation] = {
        let url = root.deletingLastPathComponent().appendingPathComponent("yaml-test-suite-expectations.txt")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        var result: [String: Expectation] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
            guard fields.count == 3, let outcome = Outcome(rawValue: String(fields[1])) else { continue }
            result[String(fields[0])] = Expectation(outcome: outcome, reason: String(fields[2]))
        }
        return result
    }()

    static func hasErrorFile(_ id: String) -> Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent("\(id)/error").path)
    }

    static func source(_ id: String) throws -> SourceFile {
        try SourceFile.read(path: root.appendingPathComponent("\(id)/in.yaml").path)
    }

    /// The expected JSON documents, or `nil` when the case has no `in.json`.
    static func expectedJSON(_ id: String) throws -> [JSONValue]? {
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent("\(id)/in.json").path) else {
            return nil
        }
        return try JSONStreamParser.values(in: [UInt8](data))
    }

    /// The outcome a case should have: its listed exception, or the default for its kind.
    static func expectedOutcome(_ id: String) throws -> Outcome {
        if let listed = expectations[id] { return listed.outcome }
        if hasErrorFile(id) { return .error }
        return try expectedJSON(id) == nil ? .loaded : .match
    }

    /// Loads a case and judges the result.
    static func run(_ id: String) throws -> (outcome: Outcome, result: Result<[YAMLNode], YAMLError>) {
        let source = try source(id)
        let result = Result { () throws(YAMLError) in try YAMLLoader().loadDocuments(source) }
        if hasErrorFile(id) {
            return (result.isSuccess ? .accepted : .error, result)
        }
        guard case .success(let documents) = result else { return (.rejected, result) }
        guard let expected = try expectedJSON(id) else { return (.loaded, result) }
        let actual = documents.map { JSONValue($0) }
        return (actual == expected.map(Optional.some) ? .match : .differs, result)
    }
}

extension Result {
    var isSuccess: Bool {
        if case .success = self { return true }
        return false
    }
}
