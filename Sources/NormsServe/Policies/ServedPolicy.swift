import Foundation
import NormsEngine
import NormsSource

/// One policy as the service holds it: the version that answers requests, and how its last load
/// went. A load that fails leaves the serving version in place.
package struct ServedPolicy: Sendable {
    /// A version of the policy that loaded, ready to evaluate messages. A class, so that a request
    /// takes it from the store with one reference rather than a copy of the whole policy.
    package final class Version: Sendable {
        package let evaluator: Evaluator
        /// `sha256:` and the hex digest of the policy file's bytes, or of every file the version was
        /// read from when it extends bases or reads calendars (``ContentHash/sha256(files:)``).
        package let hash: String
        package let loadedAt: Date
        /// The warnings of the load that made this version.
        package let warnings: [Diagnostic]

        package init(evaluator: Evaluator, hash: String, loadedAt: Date, warnings: [Diagnostic]) {
            self.evaluator = evaluator
            self.hash = hash
            self.loadedAt = loadedAt
            self.warnings = warnings
        }

        package var ruleCount: Int { evaluator.policy.rules.count }
    }

    /// How the last attempt to load the file went.
    package struct LoadAttempt: Sendable {
        package let at: Date
        /// Every diagnostic of the attempt: errors when it failed, warnings otherwise.
        package let diagnostics: [Diagnostic]
        package let succeeded: Bool
        /// The policy file and every file the attempt read or tried to read: the bases it
        /// `extends` and its calendars, which `--watch` watches with it.
        package let files: [String]
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
