import Foundation

/// Writes the lint rule reference, `docs/rules.md`, from the rules' own descriptions.
///
/// Each rule gets Summary, Avoid (its triggering examples), Prefer (its non-triggering examples)
/// and Rationale. The committed file is compared with this output by a test; regenerate it with
/// `RECORD_SNAPSHOTS=1 swift test --filter RulesDocumentation`.
public enum RulesDocumentation {
    /// The whole reference, ending in a newline.
    public static func markdown(for rules: [any LintRule.Type] = LintRuleRegistry.rules) -> String {
        let descriptions = rules.map { $0.description }
        var lines: [String] = [
            "# Lint rules",
            "",
            "<!-- Generated from the rules' descriptions in Sources/NormsLint/Rules; do not edit by hand.",
            "     Regenerate with: RECORD_SNAPSHOTS=1 swift test --filter RulesDocumentation -->",
            "",
            "`norms lint` checks policies with the rules below. In the examples, `↓` marks where a finding points.",
            "",
            "Turn a rule off for one line with a comment at the end of that line, `# norms:disable RULE-ID[, RULE-ID]`",
            "(a reason may follow after a second `#`: `# norms:disable mixed-clocks # shifts count elapsed time`),",
            "for the next line with `# norms:disable-next-line RULE-ID`, for a region between `# norms:disable RULE-ID`",
            "and `# norms:enable RULE-ID` on lines of their own, or for a whole policy with `lint: {disable: [RULE-ID]}`;",
            "change its severity with `lint: {severity: {RULE-ID: warning}}`, and for every policy of a project in",
            "`.norms.yaml` ([configuration.md](configuration.md), which also covers baselines and `--fix`). A rule id",
            "that does not exist is itself a finding (`unknown-lint-rule`). `norms lint --list-rules` prints the list below.",
            "",
            "Problems the policy loader rejects (syntax, unknown keys, wrong values, unknown names) are reported under",
            "the Structure and References rules, and every problem in one run is reported at once. Rules marked",
            "*needs a valid policy* run only once the policy loads without errors, so that one mistake is not reported twice.",
            "The loader's errors cannot be suppressed, disabled, lowered or recorded in a baseline: `norms check` cannot",
            "load such a policy, so lint fails on it too.",
            "",
            "| Rule | Category | Default severity | Summary |",
            "|---|---|---|---|",
        ]
        let sorted = descriptions.sorted { ($0.category, $0.id) < ($1.category, $1.id) }
        for rule in sorted {
            lines.append("| [`\(rule.id)`](#\(rule.id)) | \(rule.category.title) | \(rule.defaultSeverity.rawValue) | \(escapeTableCell(rule.summary)) |")
        }
        for category in LintCategory.allCases {
            let members = sorted.filter { $0.category == category }
            guard !members.isEmpty else { continue }
            lines += ["", "## \(category.title)"]
            for rule in members { lines += ["", section(rule)] }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One rule's section, without a trailing newline.
    public static func section(_ rule: RuleDescription) -> String {
        var lines: [String] = [
            "<a id=\"\(rule.id)\"></a>",
            "### \(rule.id) — \(rule.name)",
            "",
            facts(rule),
            "",
            "**Summary.** \(rule.summary)",
        ]
        if !rule.triggering.isEmpty {
            lines += ["", "**Avoid**"]
            for example in rule.triggering { lines += ["", fenced(example.code)] }
        }
        if !rule.nonTriggering.isEmpty {
            lines += ["", "**Prefer**"]
            for example in rule.nonTriggering { lines += ["", fenced(example.code)] }
        }
        lines += ["", "**Rationale.** \(rule.rationale)"]
        return lines.joined(separator: "\n")
    }

    /// The rule's body as Markdown for tools that show one rule at a time (SARIF `help.markdown`).
    public static func helpMarkdown(_ rule: RuleDescription) -> String {
        var lines = [rule.summary, "", rule.rationale]
        if let example = rule.triggering.first { lines += ["", "Avoid:", "", fenced(example.code)] }
        if let example = rule.nonTriggering.first { lines += ["", "Prefer:", "", fenced(example.code)] }
        return lines.joined(separator: "\n")
    }

    private static func facts(_ rule: RuleDescription) -> String {
        var facts = ["Category: \(rule.category.title)", "default severity: **\(rule.defaultSeverity.rawValue)**"]
        if rule.requiresValidPolicy { facts.append("needs a valid policy") }
        if !rule.appliesToBases { facts.append("not applied to a base that another linted policy extends") }
        if rule.appliesToNonPolicies { facts.append("also checks linted files that are not policies") }
        return "*" + facts.joined(separator: " · ") + "*"
    }

    private static func fenced(_ code: String) -> String {
        "```yaml\n\(code)\n```"
    }

    /// Escapes `|`, which ends a table cell; by Unicode scalar, so a `|` followed by a combining
    /// mark (one Swift `Character`, which Foundation's replacing would pass over) is escaped too.
    static func escapeTableCell(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "|" { result.append("\\") }
            result.append(scalar)
        }
        return String(result)
    }
}
