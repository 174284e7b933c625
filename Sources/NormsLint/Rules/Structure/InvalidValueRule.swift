/// A value outside the set its key accepts.
public struct InvalidValueRule: LoaderDiagnosticRule {
    public init() {}

    public static let diagnosticCodes = [
        "policy.invalid-value", "policy.unsupported-version", "policy.unknown-timezone", "policy.conflicting-keys",
        "policy.timezone-abbreviation", "policy.fixed-offset-timezone",
        "policy.invalid-level-comparison", "policy.default-level-required",
    ]

    public static let description = RuleDescription(
        id: "invalid-value",
        name: "Invalid Value",
        category: .structure,
        defaultSeverity: .error,
        summary: "Values from a fixed set (a mode, a recipient state, a time zone, a format version) must be one of that set.",
        rationale: """
            `mode: asnyc` or `timezone: Europe/Berln` cannot be guessed at safely: the first decides \
            whether a channel interrupts, the second when everyone works. The finding names the closest \
            valid value. A time zone must be a region id (`America/New_York`) or `UTC`: an abbreviation \
            (`EST` is −05:00 all year, an hour off for New York in summer) or a fixed offset (`UTC+1`) \
            ignores the clock changes, so the finding lists the region ids it likely means. The rule \
            also reports keys that exclude each other and any other problem the loader finds that no \
            more specific rule covers.
            """,
        triggering: [
            Example("""
                norms: 1
                name: Example
                timezone: Europe/Berlin
                channels:
                  email: {mode: ↓asnyc}
                """),
            Example("""
                norms: 1
                name: Example
                timezone: ↓Europe/Berln
                channels:
                  email: {mode: async}
                """),
            Example("""
                norms: 1
                name: Example
                timezone: ↓EST
                channels:
                  email: {mode: async}
                people:
                  jonas: {timezone: ↓UTC+1}
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
