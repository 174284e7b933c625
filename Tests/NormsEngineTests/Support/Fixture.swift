import Foundation
import NormsEngine
import NormsPolicy
import NormsSource
import NormsYAML
import Testing

/// Loads policies and messages from YAML text, the way the command line does.
enum Fixture {
    struct LoadFailure: Error, CustomStringConvertible {
        var description: String
    }

    /// Loads a policy from YAML text; a load error fails the calling test with its diagnostics.
    static func policy(_ yaml: String, path: String = "test.yaml") throws -> Policy {
        do {
            return try PolicyLoader().load(source: SourceFile(path: path, text: yaml))
        } catch {
            throw LoadFailure(description: "the policy does not load: " + error.diagnostics.map(\.description).joined(separator: "; "))
        }
    }

    /// An evaluator for a policy written as YAML text.
    static func evaluator(_ yaml: String) throws -> Evaluator {
        Evaluator(policy: try policy(yaml))
    }

    /// Reads a message from YAML (or JSON) text.
    static func message(_ yaml: String) throws -> Message {
        guard let node = try YAMLLoader().loadDocument(SourceFile(path: "message.yaml", text: yaml)) else {
            throw LoadFailure(description: "the message is empty")
        }
        return try MessageLoader().message(from: node)
    }

    /// Evaluates a message against a policy, both written as YAML text.
    static func decide(_ policyYAML: String, _ messageYAML: String) throws -> Decision {
        try evaluator(policyYAML).evaluate(try message(messageYAML))
    }

    /// The decision for the only recipient, or the one named.
    static func recipient(_ decision: Decision, _ id: String? = nil) throws -> RecipientDecision {
        let found = id.map { id in decision.recipients.first { $0.id == id } } ?? decision.recipients.first
        guard let found else { throw LoadFailure(description: "no decision for recipient \(id ?? "(first)")") }
        return found
    }

    /// A policy with one person `p` (and an `email` channel), for calendar tests.
    static func personPolicy(
        timezone: String = "Europe/Berlin",
        workingHours: String = #"mon-fri: "09:00-17:00""#,
        holidays: [String] = [],
        person: String = "{}"
    ) -> String {
        """
        norms: 1
        name: Calendar test
        timezone: \(timezone)
        working_hours: {\(workingHours)}
        holidays: [\(holidays.joined(separator: ", "))]
        channels:
          email: {mode: async}
        people:
          p: \(person)
        """
    }

    /// The work calendar of person `p` in ``personPolicy(timezone:workingHours:holidays:person:)``.
    static func calendar(
        timezone: String = "Europe/Berlin",
        workingHours: String = #"mon-fri: "09:00-17:00""#,
        holidays: [String] = [],
        person: String = "{}",
        live: (LiveStatus, until: String?)? = nil,
        sentAt: String? = nil
    ) throws -> WorkCalendar {
        let evaluator = try evaluator(personPolicy(timezone: timezone, workingHours: workingHours, holidays: holidays, person: person))
        guard let profile = evaluator.profile("p") else { throw LoadFailure(description: "no profile for p") }
        guard let live else { return WorkCalendar(profile: profile) }
        let start = at(sentAt ?? "1970-01-01T00:00:00Z")
        let end = live.until.map(at) ?? WorkCalendar(profile: profile).endOfWorkingDay(start) ?? .max
        return WorkCalendar(profile: profile, liveStatus: LiveStatusWindow(status: live.0, interval: InstantInterval(start: start, end: end)))
    }
}

/// The instant of an RFC 3339 timestamp written in a test; a malformed one stops the test.
func at(_ text: String) -> Instant {
    guard let stamp = Timestamp.parse(text) else { preconditionFailure("bad test timestamp \(text)") }
    return stamp.instant
}

/// An instant written in a zone's own offset, as the decision JSON writes it.
func local(_ instant: Instant?, _ zone: String) -> String? {
    instant.map { ZoneClock(zone: TimeZone(identifier: zone)!).timestamp($0).description }
}

/// A zone's clock.
func clock(_ zone: String) -> ZoneClock {
    ZoneClock(zone: TimeZone(identifier: zone)!)
}

/// A date written in a test.
func date(_ text: String) -> LocalDate {
    guard let date = try? LocalDate.parse(text) else { preconditionFailure("bad test date \(text)") }
    return date
}
