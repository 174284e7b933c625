import ArgumentParser

/// How `norms audit` writes its report.
enum AuditFormat: String, RawValueArgument {
    /// A summary and tables for a terminal.
    case text
    /// The versioned JSON report (docs/audit.md).
    case json
    /// Markdown tables, for a pull request or a wiki.
    case markdown
    /// One self-contained HTML page with charts.
    case html
}

/// How `norms audit` reads a log.
enum AuditInputFormat: String, RawValueArgument {
    /// `.csv` files as CSV, everything else as JSON lines.
    case auto
    /// One JSON object per line: messages (with `delivery`) or decision-log lines.
    case jsonl
    /// A CSV export with a header row, read through `--map`.
    case csv
}
