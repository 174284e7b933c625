import NormsSource

/// One problem a lint rule found, at a position in a policy file.
public struct Finding: Sendable, Hashable, CustomStringConvertible {
    /// The id of the rule that found it.
    public var ruleID: String
    /// The severity after the policy's `lint.severity` settings.
    public var severity: Severity
    /// One sentence, lowercase start, no trailing period, the bad value quoted; control characters
    /// are written as visible escapes, as in ``NormsSource/Diagnostic/message``.
    public var message: String
    /// Where the problem is; `end` is exclusive.
    public var span: SourceSpan
    /// How to fix it, for example `did you mean 'email'?`.
    public var help: String?
    /// Secondary positions that explain the main one ("first defined here").
    public var notes: [Diagnostic.Note]
    /// The one mechanical edit that fixes it, if there is one (`norms lint --fix`).
    public var fix: Diagnostic.Replacement?
    /// Whether it is an error of the policy loader, which `norms check` cannot load past: no
    /// suppression comment, `lint.disable`, `lint.severity` or baseline silences or lowers it.
    package var isLoadError = false

    public init(
        ruleID: String, severity: Severity, message: String, span: SourceSpan, help: String? = nil,
        notes: [Diagnostic.Note] = [], fix: Diagnostic.Replacement? = nil
    ) {
        self.ruleID = ruleID
        self.severity = severity
        self.message = DisplayText.escaped(message)
        self.span = span
        self.help = help.map(DisplayText.escaped)
        self.notes = notes
        self.fix = fix
    }

    /// A finding whose message and help are escaped already: each value quoted in them was quoted
    /// with `\(quoted:)`, and the rest is the rule's own plain text. For a rule that makes many
    /// findings from a few pieces it has escaped once each.
    package init(
        ruleID: String, severity: Severity, escapedMessage message: String, span: SourceSpan, escapedHelp help: String?,
        notes: [Diagnostic.Note]
    ) {
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.span = span
        self.help = help
        self.notes = notes
        fix = nil
    }

    /// The finding as a diagnostic whose code is the rule id, for ``NormsSource/DiagnosticRenderer``.
    public var diagnostic: Diagnostic {
        Diagnostic(code: ruleID, severity: severity, message: message, span: span, notes: notes, help: help)
    }

    /// `file:line:col: severity: message [rule-id]`.
    public var description: String {
        "\(span): \(severity.rawValue): \(message) [\(ruleID)]"
    }

    /// Orders findings by file, line, column, then rule id (and message, so the order is total).
    public static func isOrderedBefore(_ lhs: Finding, _ rhs: Finding) -> Bool {
        // Field by field, so that findings on different lines of one file compare no text.
        if lhs.span.file != rhs.span.file { return lhs.span.file < rhs.span.file }
        if lhs.span.start.line != rhs.span.start.line { return lhs.span.start.line < rhs.span.start.line }
        if lhs.span.start.column != rhs.span.start.column { return lhs.span.start.column < rhs.span.start.column }
        if lhs.ruleID != rhs.ruleID { return lhs.ruleID < rhs.ruleID }
        return lhs.message < rhs.message
    }
}
