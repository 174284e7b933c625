/// A base policy that cannot be loaded, lies outside the policy root or is not a policy, or
/// policies that extend each other in a loop; also a named policy file that a symbolic link takes
/// outside its root.
public struct BrokenExtendsRule: LoaderDiagnosticRule {
    public init() {}

    public static let diagnosticCodes = [
        "policy.extends-missing", "policy.extends-cycle", "policy.extends-outside-root", "policy.extends-not-policy",
        "policy.file-outside-root",
    ]

    public static let description = RuleDescription(
        id: "broken-extends",
        name: "Broken Extends",
        category: .structure,
        defaultSeverity: .error,
        summary: "Every `extends` path names a readable policy file inside the policy root, relative to the file that names it, and no policy extends itself through others.",
        rationale: """
            A policy built on a missing base quietly loses the base's channels, calendar and rules. A \
            cycle has no first file to load. A path outside the project (an absolute path, a `..` that \
            climbs out, a link that points out) could make a policy in a pull request read the CI \
            machine's files into the report, so it is refused, and a base that is not a policy is \
            reported without quoting it. The finding names the resolved path, the root or the whole chain.
            """,
        triggering: [
            Example("""
                norms: 1
                extends: ↓no-such-folder/company.yaml
                name: Example
                timezone: Europe/Berlin
                channels:
                  email: {mode: async}
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
        ]
    )
}
