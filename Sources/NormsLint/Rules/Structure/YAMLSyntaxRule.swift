/// The file is not YAML a policy can be read from.
public struct YAMLSyntaxRule: LoaderDiagnosticRule {
    public init() {}

    public static let diagnosticCodes = [
        "yaml.syntax", "yaml.multiple-documents", "yaml.encoding", "yaml.unknown-tag", "yaml.tag-mismatch",
        "yaml.unknown-alias", "yaml.recursive-alias", "yaml.invalid-merge", "yaml.too-deep", "yaml.too-many-nodes",
        "yaml.too-large",
    ]

    public static let description = RuleDescription(
        id: "yaml-syntax",
        name: "YAML Syntax",
        category: .structure,
        defaultSeverity: .error,
        summary: "The file must be one well-formed YAML document, in UTF-8, without unsupported tags or runaway aliases.",
        rationale: """
            Nothing else can be checked in a file that does not parse. The loader also refuses what a policy \
            never needs and an attacker might use: several documents in one file, tags such as \
            `!!python/object`, aliases that expand without bound, nesting deeper than a policy goes, and \
            files too large to be a policy.
            """,
        triggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  email: {mode: async, reply_within: 1 business day↓
                """),
            Example("""
                norms: 1
                name: Example
                timezone: ↓!!python/object Europe/Berlin
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
                  email: {mode: async, reply_within: 1 business day}
                """),
        ],
        appliesToNonPolicies: true
    )
}
