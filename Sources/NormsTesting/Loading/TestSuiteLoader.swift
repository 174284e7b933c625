import NormsEngine
import NormsPolicy
import NormsSource
import NormsYAML

/// Reads test files (`*.test.yaml`).
///
/// The format, every key:
/// ```yaml
/// policy: ../../policies/acme.yaml   # required: the policy, relative to this file's folder
/// description: text                  # optional
/// cases:                             # required, at least one
///   - name: an outage pages on-call  # required, unique in the file
///     note: why this case exists     # optional, never compared
///     message: {channel: phone, from: alice, to: [bob], sent_at: 2026-11-25T02:00:00Z}
///     expect: {...}                  # required: see ``Expectation``
/// ```
/// Unknown keys anywhere are errors with the closest known key; a malformed message is an error
/// of the file (an unknown channel or person is not: that is the policy's answer, and fails the case).
public struct TestSuiteLoader: Sendable {
    /// The keys of a test file, and of one case.
    public static let fileKeys = ["policy", "description", "cases"]
    public static let caseKeys = ["name", "note", "message", "expect"]

    public init() {}

    /// Reads and checks the test file at `path`.
    /// - Throws: ``TestSuiteError`` with every problem found.
    public func load(path: String) throws(TestSuiteError) -> TestSuite {
        if let problem = PolicyRoot.namedFileProblem(path) { throw TestSuiteError([problem]) }
        let source: SourceFile
        do {
            source = try SourceFile.read(path: path)
        } catch let error as any DiagnosticError {
            throw TestSuiteError(error.diagnostics)
        } catch {
            throw TestSuiteError([Diagnostic(code: "io.unreadable", message: "cannot read \(quotedPath: path): \(error)", span: nil)])
        }
        return try load(source)
    }

    /// Reads and checks a test file's text.
    /// - Throws: ``TestSuiteError`` with every problem found.
    public func load(_ source: SourceFile) throws(TestSuiteError) -> TestSuite {
        let parsed: YAMLNode?
        do {
            parsed = try YAMLLoader().loadDocument(source)
        } catch {
            throw TestSuiteError(error.diagnostics)
        }
        guard let root = parsed else {
            throw TestSuiteError([.test(.emptyFile, "\(quotedPath: source.path) holds no tests",
                                        at: SourceSpan(file: source.path, at: source.position(offset: 0)),
                                        help: "start with 'policy: PATH' and 'cases:'")])
        }
        var checker = NodeChecker()
        guard let mapping = checker.mapping(root, "a test file") else { throw TestSuiteError(checker.problems) }
        if mapping["cases"] == nil, PolicyFileEvidence.isPolicy(source) {
            throw TestSuiteError([.test(.policyNotTestFile, "\(quotedPath: source.path) is a policy, not a test file",
                                        at: SourceSpan(file: source.path, at: source.position(offset: 0)),
                                        help: "lint a policy with 'norms lint'; 'norms test' runs test files (*.test.yaml) "
                                            + "whose 'policy:' names it, such as the starter 'norms init' writes")])
        }
        checker.checkKeys(mapping, allowed: Self.fileKeys, in: "a test file")
        let policy = required("policy", in: mapping, at: root, checker: &checker).flatMap { node in
            checker.string(node, "'policy'").map { Located($0, at: node.span) }
        }
        let description = mapping["description"].flatMap { checker.string($0, "'description'") }
        var cases: [TestCase] = []
        if let node = required("cases", in: mapping, at: root, checker: &checker) {
            cases = readCases(node, checker: &checker)
        }
        guard checker.problems.isEmpty, let policy else {
            throw TestSuiteError(checker.problems.sorted { ($0.span?.start.offset ?? 0) < ($1.span?.start.offset ?? 0) })
        }
        return TestSuite(path: source.path, policyReference: policy, policyPath: FilePaths.resolve(policy.value, from: source.path),
                         description: description, cases: cases)
    }

    // MARK: - Cases

    private func readCases(_ node: YAMLNode, checker: inout NodeChecker) -> [TestCase] {
        guard let items = node.sequence else {
            checker.report(.test(.wrongType, "'cases' must be a list of cases, found \(node.kindName)", at: node.span,
                                 help: "write each case as '- name: ...' with 'message:' and 'expect:'"))
            return []
        }
        if items.isEmpty {
            checker.report(.test(.noTests, "'cases' is empty", at: node.span, help: "add at least one case"))
        }
        var cases: [TestCase] = []
        var firstByName: [String: SourceSpan] = [:]
        for item in items {
            guard let testCase = readCase(item, checker: &checker) else { continue }
            if let first = firstByName[testCase.name] {
                checker.report(.test(.duplicateCase, "a case named \(quoted: testCase.name) already exists in this file", at: item.span,
                                     help: "give every case its own name", notes: [.init("first named here", at: first)]))
            } else {
                firstByName[testCase.name] = item.span
            }
            cases.append(testCase)
        }
        return cases
    }

    private func readCase(_ node: YAMLNode, checker: inout NodeChecker) -> TestCase? {
        guard let mapping = checker.mapping(node, "a case") else { return nil }
        checker.checkKeys(mapping, allowed: Self.caseKeys, in: "a test case")
        let name = required("name", in: mapping, at: node, checker: &checker).flatMap { checker.string($0, "'name'") }
        let note = mapping["note"].flatMap { checker.string($0, "'note'") }
        var message: Message?
        if let messageNode = required("message", in: mapping, at: node, checker: &checker) {
            do {
                message = try MessageLoader().message(from: messageNode)
            } catch {
                checker.report(error.diagnostics)
            }
        }
        var expectation: Expectation?
        if let expectNode = required("expect", in: mapping, at: node, checker: &checker) {
            var reader = ExpectationReader(checker: checker)
            expectation = reader.read(expectNode)
            checker = reader.checker
        }
        guard let name, let message, let expectation else { return nil }
        return TestCase(name: name, note: note, message: message, expectation: expectation, span: node.span)
    }

    private func required(_ key: String, in mapping: YAMLMapping, at node: YAMLNode, checker: inout NodeChecker) -> YAMLNode? {
        if let value = mapping[key] { return value }
        checker.report(.test(.missingKey, "missing key \(quoted: key)", at: SourceSpan(file: node.span.file, at: node.span.start),
                             help: "add '\(key):'"))
        return nil
    }
}
