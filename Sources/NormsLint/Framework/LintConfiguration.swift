import NormsPolicy
import NormsSource

/// A policy's settings for its own lint run: `lint.disable`, `lint.severity` and the
/// `# norms:disable` comments in its files.
struct LintConfiguration {
    let disabled: Set<String>
    let severities: [String: Severity]
    /// Rule ids suppressed on each line, by file then line.
    let suppressed: [String: [Int: Set<String>]]

    init(settings: LintSettings, comments: [SuppressionComment]) {
        disabled = Set(settings.disabled.map(\.value))
        severities = Dictionary(settings.severities.map { ($0.rule.value, $0.severity.value) }, uniquingKeysWith: { _, last in last })
        var suppressed: [String: [Int: Set<String>]] = [:]
        for comment in comments {
            suppressed[comment.span.file, default: [:]][comment.span.start.line, default: []].insert(comment.ruleID)
        }
        self.suppressed = suppressed
    }

    /// The findings that are neither disabled nor suppressed, at their configured severity.
    func apply(to findings: [Finding]) -> [Finding] {
        findings.compactMap { finding in
            guard !disabled.contains(finding.ruleID),
                  suppressed[finding.span.file]?[finding.span.start.line]?.contains(finding.ruleID) != true
            else { return nil }
            var configured = finding
            configured.severity = severities[finding.ruleID] ?? finding.severity
            return configured
        }
    }
}
