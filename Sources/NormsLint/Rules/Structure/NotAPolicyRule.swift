import NormsPolicy
import NormsSource

/// A linted file is not a policy: it has no top-level `norms` key.
///
/// Lint reaches such a file when it is named on the command line, or when it sits in a searched
/// folder and looks like a policy (``PolicyFileEvidence/looksLikePolicy``). The finding says why
/// the file is not one, and points at a misspelt `norms` key when there is one.
public struct NotAPolicyRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "not-a-policy",
        name: "Not A Policy",
        category: .structure,
        defaultSeverity: .error,
        summary: "A file given to lint is a policy: its top level is a mapping with the key `norms`.",
        rationale: """
            A policy whose `norms:` line is misspelt, an empty file, or a file of another kind named by \
            mistake would otherwise pass lint unchecked, and its mistakes would reach the people it \
            governs. A file named on the command line is therefore linted as a policy, and so is a YAML \
            file in a searched folder whose top-level keys are mostly policy keys. Where other YAML \
            files are passed on purpose, as a pre-commit hook does, `norms lint --skip-non-policies` \
            leaves out the files that neither are nor look like policies.
            """,
        triggering: [
            Example("""
                ↓nroms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  email: {mode: async}
                """),
            Example("""
                ↓on: push
                jobs:
                  build: {runs-on: ubuntu-24.04}
                """),
        ],
        nonTriggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  email: {mode: async}
                """),
        ],
        appliesToNonPolicies: true
    )

    public func check(_ context: LintContext) -> [Finding] {
        guard !PolicyFileEvidence.isPolicy(context.source) else { return [] }
        let evidence = PolicyFileEvidence(context.source)
        let file = "'\(context.path)'"
        let noVersionKey = "\(file) has no top-level 'norms' key, so it is not a policy"
        if FilePaths.isTestSuite(context.path) {
            return [finding("\(file) is a policy test suite, not a policy", at: context.fileStart,
                            help: "run it with 'norms test \(context.path)'; 'norms lint' checks the policy it names")]
        }
        if let key = evidence.misspeltVersionKey {
            return [finding(noVersionKey, at: key.span, help: Suggestions.didYouMean(key.name, in: ["norms"]))]
        }
        if let line = evidence.versionKeyWithoutColon {
            return [finding(noVersionKey, at: line.span, help: "write 'norms: 1': a key ends with a colon and a space")]
        }
        let message: String
        var help = "start a policy with 'norms: 1'; to skip files that are not policies, pass --skip-non-policies"
        switch evidence.topLevel {
        case .empty:
            message = "\(file) is empty, so it is not a policy"
            help = "start the file with 'norms: 1', then 'name:', 'timezone:' and 'channels:'"
        case .list, .scalar:
            let kind = evidence.topLevel == .list ? "a list" : "a single value"
            message = "\(file) is not a policy: its top level is \(kind), not a mapping with the key 'norms'"
        case .mapping, .unparsed:
            guard evidence.looksLikePolicy else {
                message = evidence.topLevel == .unparsed ? "\(file) is not a policy: no line starts with 'norms:'" : noVersionKey
                break
            }
            let keys = evidence.policyKeys.prefix(3).map { "'\($0)'" }.joined(separator: ", ")
            message = "\(file) looks like a policy (top-level keys \(keys)) but has no top-level 'norms' key"
            help = "add 'norms: 1' as its first line; if it is not a policy, add '# norms:disable not-a-policy' to that line"
        }
        return [finding(message, at: context.fileStart, help: help)]
    }
}
