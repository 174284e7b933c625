/// The whole example policy of the format's brief, verbatim, as `policies/acme.yaml`.
///
/// Line numbers used by tests: `channels.phone` is line 17 (its `min_level` value `urgent` at
/// column 61); rule `no-chat-for-decisions` starts at line 56, column 5.
import NormsEngine
import NormsTestSupport

enum AcmePolicy {
    static let path = "policies/acme.yaml"

    static let yaml = BriefExample.yaml

    static func decide(_ message: String) throws -> Decision {
        try Evaluator(policy: Fixture.policy(yaml, path: path)).evaluate(Fixture.message(message))
    }
}
