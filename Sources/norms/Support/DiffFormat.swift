import ArgumentParser

/// How `norms diff` writes its report.
enum DiffFormat: String, RawValueArgument {
    /// A line per changed message and recipient, then a summary.
    case text
    /// `{"total", "changed", "messages": [{"source", "changes": [...]}]}`.
    case json
}
