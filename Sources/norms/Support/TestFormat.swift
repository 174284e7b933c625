import ArgumentParser

/// How `norms test` writes its report.
enum TestFormat: String, RawValueArgument {
    /// Each file and case, failures side by side, a summary and coverage.
    case text
    /// One summary object with per-case results.
    case json
    /// JUnit XML: a test suite per file, a test case per case.
    case junit
}
