/// What a `norms test` report shows beyond the cases.
public struct TestReportOptions: Sendable {
    /// Whether to report rule coverage.
    public var showCoverage: Bool
    /// The percentage every policy must reach, when one is required (implies ``showCoverage``).
    public var minimumCoverage: Double?

    public init(showCoverage: Bool = false, minimumCoverage: Double? = nil) {
        self.showCoverage = showCoverage || minimumCoverage != nil
        self.minimumCoverage = minimumCoverage
    }
}
