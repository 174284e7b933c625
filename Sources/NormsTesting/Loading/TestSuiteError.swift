import NormsSource
import NormsYAML

/// A test file that cannot be used: unreadable, not YAML, or with keys or values the format does
/// not allow. Carries every problem found, in file order.
public struct TestSuiteError: DiagnosticError, Sendable {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }
}

/// The diagnostic codes of test files, runs and diffs.
public enum TestDiagnosticCode: String, Sendable, CaseIterable {
    case unknownKey = "test.unknown-key"
    case unknownExpectField = "test.unknown-expect-field"
    case missingKey = "test.missing-key"
    case wrongType = "test.wrong-type"
    case invalidValue = "test.invalid-value"
    case duplicateCase = "test.duplicate-case"
    case emptyFile = "test.empty-file"
    /// A policy given to `norms test` in place of a test file.
    case policyNotTestFile = "test.policy-not-test-file"
    case noTests = "test.no-tests"
    case missingPath = "test.missing-path"
    case policyNotLoaded = "test.policy-not-loaded"
    /// A test file's `policy:` outside the policy root (see `PolicyRoot`).
    case policyOutsideRoot = "test.policy-outside-root"
    case noMessages = "diff.no-messages"
    case gitFailed = "diff.git-failed"
}

extension Diagnostic {
    /// A diagnostic with one of the test codes.
    static func test(_ code: TestDiagnosticCode, _ message: String, at span: SourceSpan?, help: String? = nil,
                     notes: [Diagnostic.Note] = []) -> Diagnostic {
        Diagnostic(code: code.rawValue, message: message, span: span, notes: notes, help: help)
    }
}

extension TestDiagnosticCode: NodeReadingCode {}
