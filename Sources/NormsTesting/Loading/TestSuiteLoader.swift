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
            throw TestSuiteError([Diagnostic(IODiagnosticCode.unreadable, message: "cannot read \(quotedPath: path): \(error)", span: nil)])
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
        let log = DiagnosticLog()
        let reader = NodeReader(log: log, codes: TestDiagnosticCode.self)
        let file = Field(node: root, path: "", document: "the test file")
        if let mapping = root.mapping, mapping["cases"] == nil, PolicyFileEvidence.isPolicy(source) {
            throw TestSuiteError([.test(.policyNotTestFile, "\(quotedPath: source.path) is a policy, not a test file",
                                        at: SourceSpan(file: source.path, at: source.position(offset: 0)),
                                        help: "lint a policy with 'norms lint'; 'norms test' runs test files (*.test.yaml) "
                                            + "whose 'policy:' names it, such as the starter 'norms init' writes")])
        }
        guard let fields = reader.map(file, known: Self.fileKeys, required: ["policy", "cases"],
                                      missingHelp: ["cases": "add 'cases:' with at least one case"],
                                      expected: "a test file (a mapping with 'policy' and 'cases')")
        else { throw TestSuiteError(log.diagnostics) }
        let policy = fields["policy"].flatMap { reader.locatedText($0) }
        let description = fields["description"].flatMap { reader.text($0) }
        let cases = fields["cases"].map { readCases($0, reader: reader) } ?? []
        guard log.isEmpty, let policy else { throw TestSuiteError(log.inFileOrder) }
        return TestSuite(path: source.path, policyReference: policy, policyPath: FilePaths.resolve(policy.value, from: source.path),
                         description: description, cases: cases)
    }

    // MARK: - Cases

    private func readCases(_ field: Field, reader: NodeReader) -> [TestCase] {
        guard let items = field.node.sequence else {
            reader.wrongType(field, expected: "a list of cases", help: "write each case as '- name: ...' with 'message:' and 'expect:'")
            return []
        }
        if items.isEmpty {
            reader.log.report(.test(.noTests, "\(field.label) is empty", at: field.span, help: "add at least one case"))
        }
        var cases: [TestCase] = []
        var firstByName: [String: SourceSpan] = [:]
        for (index, item) in items.enumerated() {
            guard let testCase = readCase(Field(node: item, path: "cases[\(index + 1)]", document: "the test file"), reader: reader)
            else { continue }
            if let first = firstByName[testCase.name] {
                reader.log.report(.test(.duplicateCase, "a case named \(quoted: testCase.name) already exists in this file", at: item.span,
                                        help: "give every case its own name", notes: [.init("first named here", at: first)]))
            } else {
                firstByName[testCase.name] = item.span
            }
            cases.append(testCase)
        }
        return cases
    }

    private func readCase(_ field: Field, reader: NodeReader) -> TestCase? {
        guard let fields = reader.map(field, known: Self.caseKeys, required: ["name", "message", "expect"],
                                      expected: "a case (a mapping with 'name', 'message' and 'expect')")
        else { return nil }
        let name = fields["name"].flatMap { reader.text($0) }
        let note = fields["note"].flatMap { reader.text($0) }
        var message: Message?
        if let messageField = fields["message"] {
            do {
                message = try MessageLoader().message(from: messageField.node)
            } catch {
                reader.log.report(error.diagnostics)
            }
        }
        let expectation = fields["expect"].flatMap { ExpectationReader(reader: reader).read($0) }
        guard let name, let message, let expectation else { return nil }
        return TestCase(name: name, note: note, message: message, expectation: expectation, span: field.node.span)
    }
}
