import NormsEngine
import NormsSource

/// One test file (`*.test.yaml`): the policy it tests and its cases.
public struct TestSuite: Sendable {
    /// The test file's path, as found.
    public var path: String
    /// The `policy:` value as written, relative to the test file's folder.
    public var policyReference: Located<String>
    /// The policy's path, resolved against the test file's folder and normalized.
    public var policyPath: String
    /// Optional text about the suite.
    public var description: String?
    /// The cases, in file order.
    public var cases: [TestCase]

    public init(path: String, policyReference: Located<String>, policyPath: String, description: String? = nil, cases: [TestCase]) {
        self.path = path
        self.policyReference = policyReference
        self.policyPath = policyPath
        self.description = description
        self.cases = cases
    }
}

/// One case: a message and what its decision must say.
public struct TestCase: Sendable {
    public var name: String
    /// Why the case exists, for readers; never compared.
    public var note: String?
    /// The message to evaluate.
    public var message: Message
    public var expectation: Expectation
    /// Where the case's list item starts; failures point here.
    public var span: SourceSpan

    public init(name: String, note: String? = nil, message: Message, expectation: Expectation, span: SourceSpan) {
        self.name = name
        self.note = note
        self.message = message
        self.expectation = expectation
        self.span = span
    }

    /// `file:line` of the case.
    public var location: String { "\(DisplayText.escaped(span.file)):\(span.start.line)" }
}
