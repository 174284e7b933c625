import NormsPolicy
import NormsSource

/// A policy's settings for its own lint run: `lint.disable`, `lint.severity` and the
/// `# norms:disable` comments in its files.
struct LintConfiguration {
    let disabled: Set<String>
    let severities: [String: Severity]
    /// Rule ids suppressed on each line, by file then line.
    let suppressed: [String: [Int: Set<String>]]
    /// Regions in which a rule is suppressed, by file: the rule and the lines from and to.
    let regions: [String: [(rule: String, lines: ClosedRange<Int>)]]

    init(settings: LintSettings, comments: [SuppressionComment]) {
        disabled = Set(settings.disabled.map(\.value))
        severities = Dictionary(settings.severities.map { ($0.rule.value, $0.severity.value) }, uniquingKeysWith: { _, last in last })
        var suppressed: [String: [Int: Set<String>]] = [:]
        var regions: [String: [(rule: String, lines: ClosedRange<Int>)]] = [:]
        var open: [String: [String: Int]] = [:]
        let ordered = comments.sorted { ($0.span.file, $0.span.start.line, $0.span.start.column) < ($1.span.file, $1.span.start.line, $1.span.start.column) }
        for comment in ordered {
            let (file, line) = (comment.span.file, comment.span.start.line)
            switch comment.kind {
            case .line: suppressed[file, default: [:]][line, default: []].insert(comment.ruleID)
            case .nextLine: suppressed[file, default: [:]][line + 1, default: []].insert(comment.ruleID)
            case .regionStart: open[file, default: [:]][comment.ruleID] = open[file]?[comment.ruleID] ?? line
            case .regionEnd:
                let ending = comment.ruleID.isEmpty ? Array(open[file]?.keys ?? [:].keys) : [comment.ruleID]
                for rule in ending {
                    guard let start = open[file]?.removeValue(forKey: rule) else { continue }
                    regions[file, default: []].append((rule, start...line))
                }
            }
        }
        for (file, rules) in open {
            for (rule, start) in rules { regions[file, default: []].append((rule, start...Int.max)) }
        }
        self.suppressed = suppressed
        self.regions = regions
    }

    /// The findings that are neither disabled nor suppressed, at their configured severity; the
    /// loader's errors are always kept, as errors (``Finding/isLoadError``).
    func apply(to findings: [Finding]) -> [Finding] {
        // Nothing to silence or change, as in most policies: the findings as they are, not copied
        // one by one (looked at by index, as a loop over them would copy each).
        if disabled.isEmpty, severities.isEmpty, suppressed.isEmpty, regions.isEmpty,
           !findings.indices.contains(where: { findings[$0].isLoadError && findings[$0].severity != .error }) { return findings }
        return findings.compactMap { finding in
            if finding.isLoadError {
                var error = finding
                error.severity = .error
                return error
            }
            let line = finding.span.start.line
            guard !disabled.contains(finding.ruleID),
                  suppressed[finding.span.file]?[line]?.contains(finding.ruleID) != true,
                  regions[finding.span.file]?.contains(where: { $0.rule == finding.ruleID && $0.lines.contains(line) }) != true
            else { return nil }
            var configured = finding
            configured.severity = severities[finding.ruleID] ?? finding.severity
            return configured
        }
    }
}
