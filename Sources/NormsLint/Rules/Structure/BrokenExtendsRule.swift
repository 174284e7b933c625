/// A base policy that cannot be loaded, or policies that extend each other in a loop.
public struct BrokenExtendsRule: LoaderDiagnosticRule {
    public init() {}

    public static let diagnosticCodes = ["policy.extends-missing", "policy.extends-cycle"]

    public static let description = RuleDescription(
        id: "broken-extends",
        name: "Broken Extends",
        category: .structure,
        defaultSeverity: .error,
        summary: "Every `extends` path names a readable policy file, relative to the file that names it, and no policy extends itself through others.",
        rationale: """
            A policy built on a missing base quietly loses the base's channels, calendar and rules. A \
            cycle has no first file to load. The finding names the resolved path or the whole chain.
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
