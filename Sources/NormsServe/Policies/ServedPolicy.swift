import Foundation
import NormsEngine
import NormsSource

/// One policy as the service holds it: the version that answers requests, and how its last load
/// went. A load that fails leaves the serving version in place.
package struct ServedPolicy: Sendable {
    /// A version of the policy that loaded, ready to evaluate messages.
    package struct Version: Sendable {
        package let evaluator: Evaluator
        /// `sha256:` and the hex digest of the policy file's bytes.
        package let hash: String
        package let loadedAt: Date
        /// The warnings of the load that made this version.
        package let warnings: [Diagnostic]

        package var ruleCount: Int { evaluator.policy.rules.count }
    }

    /// How the last attempt to load the file went.
    package struct LoadAttempt: Sendable {
        package let at: Date
        /// Every diagnostic of the attempt: errors when it failed, warnings otherwise.
        package let diagnostics: [Diagnostic]
        package let succeeded: Bool
    }

    /// The name requests use: the file name without its extension.
    package let name: String
    /// The policy file.
    package let path: String
    /// The version answering requests; `nil` when the file has never loaded.
    package var serving: Version?
    package var lastAttempt: LoadAttempt

    /// Whether the last load failed: the policy serves an older version, or none.
    package var lastLoadFailed: Bool { !lastAttempt.succeeded }
}
