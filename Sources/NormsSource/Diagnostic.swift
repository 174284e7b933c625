/// A problem found in user input, with where it is and how to fix it.
///
/// Library code never prints diagnostics; it returns or throws them, and the command-line edge
/// renders them with ``DiagnosticRenderer``.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// A secondary position that explains the main one ("first defined here").
    public struct Note: Sendable, Hashable {
        public var message: String
        public var span: SourceSpan?

        public init(_ message: String, at span: SourceSpan? = nil) {
            self.message = DisplayText.escaped(message)
            self.span = span
        }
    }

    /// A stable, dotted, kebab-case code such as `policy.unknown-key`.
    public var code: String
    public var severity: Severity
    /// One sentence: lowercase start, no trailing period, the bad value quoted. It never holds a
    /// control character: the initializer writes any as a visible escape (see `DisplayText`), so a
    /// diagnostic cannot break a line of a terminal or a CI log.
    public var message: String
    /// Where the problem is; `nil` only when no file position exists.
    public var span: SourceSpan?
    public var notes: [Note]
    /// How to fix it, for example `did you mean 'email'?`.
    public var help: String?
    /// The one mechanical edit that fixes it, when there is exactly one (a misspelt key or name
    /// whose did-you-mean is certain enough to apply); `norms lint --fix` applies it.
    public var fix: Replacement?

    /// Text that replaces the bytes of a span.
    public struct Replacement: Sendable, Hashable {
        /// The bytes replaced (`start.offset..<end.offset`).
        public var span: SourceSpan
        /// The new text.
        public var text: String

        public init(span: SourceSpan, text: String) {
            self.span = span
            self.text = text
        }
    }

    public init(
        code: String,
        severity: Severity = .error,
        message: String,
        span: SourceSpan?,
        notes: [Note] = [],
        help: String? = nil
    ) {
        self.code = code
        self.severity = severity
        self.message = DisplayText.escaped(message)
        self.span = span
        self.notes = notes
        self.help = help.map(DisplayText.escaped)
    }

    /// `file:line:col: severity: message` followed by the help, on one line.
    public var description: String {
        var text = ""
        if let span { text += "\(span): " }
        text += "\(severity.rawValue): \(message)"
        if let help { text += " (\(help))" }
        return text
    }
}

/// An error that carries one or more positioned diagnostics.
public protocol DiagnosticError: Error, CustomStringConvertible {
    /// The diagnostics this error stands for, in source order.
    var diagnostics: [Diagnostic] { get }
    /// Texts the diagnostics point into that cannot be read again from their path (standard
    /// input, a file at a git revision), so that a renderer can still show their lines.
    var sources: [SourceFile] { get }
}

extension DiagnosticError {
    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }

    public var sources: [SourceFile] { [] }
}

/// A plain collection of diagnostics thrown as one error, for loaders that collect every problem.
public struct DiagnosticsError: DiagnosticError, Sendable {
    public var diagnostics: [Diagnostic]
    public var sources: [SourceFile]

    public init(_ diagnostics: [Diagnostic], sources: [SourceFile] = []) {
        self.diagnostics = diagnostics
        self.sources = sources
    }
}
