import Foundation
import NormsLint
import NormsSource

/// SARIF 2.1.0 for GitHub code scanning: one run whose driver, `norms`, describes every rule that
/// ran — so a result can be explained even when the rule found nothing elsewhere — and one result
/// per finding.
///
/// Decisions: levels map `error` → `error`, `warning` → `warning`, `info` → `note`; columns count
/// Unicode code points (`columnKind: unicodeCodePoints`) and a region's end is exclusive, as in
/// SARIF; relative paths stay relative URI references, absolute ones become `file://` URIs; a
/// finding's notes become related locations. Keys are sorted, so the output is stable.
public struct SARIFLintReporter: LintReporter {
    public init() {}

    public func report(_ report: LintReport) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(log(report)) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    func log(_ report: LintReport) -> SARIFLog {
        let descriptions = report.rules.map { $0.description }
        let indexes = Dictionary(descriptions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let driver = SARIFLog.Driver(
            name: "norms", version: report.toolVersion, semanticVersion: report.toolVersion,
            informationUri: report.informationURI, rules: descriptions.map(Self.descriptor))
        let results = report.findings.map { finding in
            SARIFLog.Result(
                ruleId: finding.ruleID,
                ruleIndex: indexes[finding.ruleID],
                level: Self.level(finding.severity),
                message: .init(text: finding.message + (finding.help.map { " (\($0))" } ?? "")),
                locations: [SARIFLog.Location(physicalLocation: Self.physicalLocation(finding.span))],
                relatedLocations: Self.related(finding.notes))
        }
        return SARIFLog(runs: [SARIFLog.Run(tool: .init(driver: driver), results: results, invocations: Self.invocations(report.problems))])
    }

    /// The run's problems as one failed invocation, or `nil` when there were none.
    static func invocations(_ problems: [Diagnostic]) -> [SARIFLog.Invocation]? {
        guard !problems.isEmpty else { return nil }
        let notifications = problems.map { problem in
            SARIFLog.Notification(
                level: "error",
                message: .init(text: problem.message + (problem.help.map { " (\($0))" } ?? "")),
                descriptor: .init(id: problem.code),
                locations: problem.span.map { [SARIFLog.Location(physicalLocation: physicalLocation($0))] })
        }
        return [SARIFLog.Invocation(executionSuccessful: false, toolExecutionNotifications: notifications)]
    }

    // MARK: - Parts

    static func descriptor(_ rule: RuleDescription) -> SARIFLog.ReportingDescriptor {
        SARIFLog.ReportingDescriptor(
            id: rule.id,
            name: rule.name.split(separator: " ").joined(),
            shortDescription: .init(text: rule.summary),
            fullDescription: .init(text: rule.summary + " " + rule.rationale),
            help: .init(text: rule.summary + "\n\n" + rule.rationale, markdown: RulesDocumentation.helpMarkdown(rule)),
            defaultConfiguration: .init(level: level(rule.defaultSeverity)),
            properties: .init(category: rule.category.title, tags: [rule.category.rawValue]))
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    static func physicalLocation(_ span: SourceSpan) -> SARIFLog.PhysicalLocation {
        var region: SARIFLog.Region?
        if !span.isSynthetic {
            // A region ends after it starts; an end on an earlier position (or none) is the start.
            let end = span.end > span.start ? span.end : span.start
            region = .init(startLine: span.start.line, startColumn: max(1, span.start.column), endLine: end.line,
                           endColumn: max(1, end.column))
        }
        return .init(artifactLocation: .init(uri: uri(span.file)), region: region)
    }

    static func related(_ notes: [Diagnostic.Note]) -> [SARIFLog.Location]? {
        let located = notes.compactMap { note in note.span.map { (note.message, $0) } }
        guard !located.isEmpty else { return nil }
        return located.enumerated().map { index, note in
            SARIFLog.Location(id: index + 1, physicalLocation: physicalLocation(note.1), message: .init(text: note.0))
        }
    }

    /// A URI reference for a path: relative paths stay relative, absolute paths become `file://` URIs.
    static func uri(_ path: String) -> String {
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~/!$&'()*+,;=:@"))
        let encoded = path.unicodeScalars.map { scalar -> String in
            if scalar.isASCII, allowed.contains(scalar) { return String(scalar) }
            return String(scalar).utf8.map { String(format: "%%%02X", $0) }.joined()
        }.joined()
        return path.hasPrefix("/") ? "file://" + encoded : encoded
    }
}
