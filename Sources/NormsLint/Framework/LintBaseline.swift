import NormsSource
import NormsYAML

/// The findings a project accepted when it adopted `norms lint` (`norms lint --write-baseline`),
/// left out of later runs (`--baseline FILE`) so that only new findings fail.
///
/// A finding is matched by its file, rule and message, not its line, so edits elsewhere in a file
/// keep it matched; each recorded finding matches one finding of a run, so a second copy of the
/// same problem is reported. The file is JSON (`schema/norms-lint-baseline.schema.json`):
/// `{"findings": [{"file", "rule", "message", "line"}], "version": 1}`; `line` is for people only,
/// and `file` is relative to the baseline's own folder, so a run from any folder matches it.
///
/// The loader's errors are never recorded and never left out (``Finding/isLoadError``): a policy
/// that `norms check` cannot load must fail lint.
public struct LintBaseline: Sendable {
    /// One accepted finding.
    public struct Entry: Sendable, Hashable {
        public var file: String
        public var rule: String
        public var message: String
        public var line: Int
    }

    /// The version of the file's shape.
    public static let version = 1
    /// The file `--write-baseline` writes when neither `--baseline` nor the configuration names one.
    public static let defaultPath = ".norms-baseline.json"

    public var entries: [Entry]
    /// The folder the entries' paths are relative to: the baseline file's.
    public let folder: String

    /// The baseline of a run's findings, to be written to a file in `folder`.
    public init(findings: [Finding], folder: String = ".") {
        self.folder = folder
        entries = []
        entries = findings.filter { !$0.isLoadError }.map { finding in
            Entry(file: path(of: finding), rule: finding.ruleID, message: finding.message, line: finding.span.start.line)
        }
    }

    /// A finding's file as an entry names it: relative to ``folder`` when it lies below it, else absolute.
    private func path(of finding: Finding) -> String {
        FilePaths.relative(finding.span.file, to: folder) ?? FilePaths.identity(finding.span.file)
    }

    /// The findings not in the baseline, and how many it left out.
    public func filter(_ findings: [Finding]) -> (kept: [Finding], matched: Int) {
        var remaining: [Key: Int] = [:]
        for entry in entries { remaining[Key(entry), default: 0] += 1 }
        var kept: [Finding] = []
        for finding in findings {
            let key = Key(file: path(of: finding), rule: finding.ruleID, message: finding.message)
            if !finding.isLoadError, let count = remaining[key], count > 0 {
                remaining[key] = count - 1
            } else {
                kept.append(finding)
            }
        }
        return (kept, findings.count - kept.count)
    }

    private struct Key: Hashable {
        var file: String
        var rule: String
        var message: String

        init(file: String, rule: String, message: String) {
            (self.file, self.rule, self.message) = (file, rule, message)
        }

        init(_ entry: Entry) {
            self.init(file: entry.file, rule: entry.rule, message: entry.message)
        }
    }

    /// The file's text.
    public var json: String {
        JSONValue.object([
            ("findings", .array(entries.map { entry in
                .object([("file", .string(entry.file)), ("rule", .string(entry.rule)),
                         ("message", .string(entry.message)), ("line", .int(entry.line))])
            })),
        ]).versioned(Self.version).pretty + "\n"
    }

    /// Reads a baseline file.
    /// - Throws: a ``DiagnosticError`` for an unreadable file, invalid JSON, or a value of the
    ///   wrong shape, at its position.
    public static func read(path: String) throws -> LintBaseline {
        let source = try SourceFile.read(path: path)
        let root = try YAMLLoader().loadDocument(source)
        func problem(_ message: String, at node: YAMLNode?) -> DiagnosticsError {
            DiagnosticsError([Diagnostic(code: "lint.invalid-baseline", message: message, span: node?.span,
                                         help: "write it again with 'norms lint --write-baseline --baseline \(path)'")])
        }
        guard let mapping = root?.mapping else { throw problem("\(quotedPath: path) is not a lint baseline (a JSON object)", at: root) }
        guard case .int(let version)? = mapping["version"]?.scalar?.resolved, version == Self.version else {
            throw problem("\(quotedPath: path) has no 'version': \(Self.version)", at: mapping["version"] ?? root)
        }
        guard let items = mapping["findings"]?.sequence else { throw problem("expected a list for 'findings'", at: mapping["findings"] ?? root) }
        var baseline = LintBaseline(findings: [], folder: FilePaths.folder(of: path))
        for item in items {
            guard let entry = item.mapping, let file = entry["file"]?.scalar?.string, let rule = entry["rule"]?.scalar?.string,
                  let message = entry["message"]?.scalar?.string else {
                throw problem("expected {\"file\", \"rule\", \"message\", \"line\"} for a finding", at: item)
            }
            let line = if case .int(let number)? = entry["line"]?.scalar?.resolved { number } else { 0 }
            baseline.entries.append(Entry(file: FilePaths.normalize(file), rule: rule, message: message, line: line))
        }
        return baseline
    }
}
