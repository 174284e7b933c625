import NormsPolicy

/// What `norms serve` was asked to do.
package struct ServeConfiguration: Sendable {
    /// The policy files and folders served.
    package var policyPaths: [String]
    /// The folder `extends` may name files in; `nil` finds it for each policy.
    package var root: PolicyRoot?
    package var host: String = "127.0.0.1"
    /// The port; 0 asks the system for a free one (the log says which).
    package var port: Int = 8181
    /// The bearer token every route but the health checks requires; `nil` for none.
    package var token: String?
    package var limits = ServeLimits()
    /// The decision log file; `nil` for none.
    package var decisionLogPath: String?
    /// The most bytes of decision-log records waiting to be written (`--decision-log-buffer`).
    package var decisionLogBufferBytes = DecisionLog.defaultBufferBytes
    /// How often `--watch` looks for changed policy files; `nil` when it does not.
    package var watchInterval: Swift.Duration?

    package init(policyPaths: [String]) {
        self.policyPaths = policyPaths
    }
}
