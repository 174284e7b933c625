extension Diagnostic {
    /// `{"file", "line", "column", "code", "message", "help"}` (`null` where there is no position or
    /// help), with `"severity"` first when asked: the diagnostic in `norms test --format json` and in
    /// the service's answers.
    package func json(withSeverity: Bool = false) -> JSONValue {
        var members: [(String, JSONValue)] = withSeverity ? [("severity", .string(severity.rawValue))] : []
        members += [
            ("file", .optional(span?.file)),
            ("line", span.map { .int($0.start.line) } ?? .null),
            ("column", span.map { .int($0.start.column) } ?? .null),
            ("code", .string(code)),
            ("message", .string(message)),
            ("help", .optional(help)),
        ]
        return .object(members)
    }
}
