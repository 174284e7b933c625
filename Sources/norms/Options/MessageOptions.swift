import ArgumentParser
import Foundation
import NormsEngine
import NormsPolicy
import NormsSource

/// A message given with flags instead of a file.
struct MessageOptions: ParsableArguments {
    @Option(help: "The channel the message is sent on.")
    var channel: String?

    @Option(help: "The sender: a person or team id; anyone else is 'external'.")
    var from: String?

    @Option(help: "Recipients: person or team ids, comma-separated or repeated.")
    var to: [String] = []

    @Option(help: "When the message is sent, RFC 3339 with an offset or Z (default: now).")
    var at: String?

    @Option(help: "The message's level (default: the policy's default_level).")
    var level: String?

    @Option(help: "The message's kind.")
    var kind: String?

    @Option(name: .customLong("tag"), help: "A tag; repeat for several.")
    var tags: [String] = []

    @Option(help: "The subject, matched by keyword rules.")
    var subject: String?

    @Option(help: "The body, matched by keyword rules.")
    var body: String?

    @Option(name: .customLong("status"), help: "A live status as ID=STATE (available, focus, dnd, away); repeat for several.")
    var statuses: [String] = []

    /// Whether any message flag was given.
    var isGiven: Bool {
        channel != nil || from != nil || !to.isEmpty || at != nil || level != nil || kind != nil || !tags.isEmpty
            || subject != nil || body != nil || !statuses.isEmpty
    }

    /// The message the flags describe.
    /// - Parameter now: the sending time when `--at` is not given.
    /// - Throws: ``InputError`` for a missing flag, a timestamp without an offset or a malformed status.
    func message(now: Date) throws(InputError) -> Message {
        func flag(_ name: String) -> SourceSpan { .synthetic("--\(name)") }
        guard let channel, let from, !to.isEmpty else {
            let missing = [("--channel", channel == nil), ("--from", from == nil), ("--to", to.isEmpty)].filter(\.1).map(\.0)
            throw InputError(MessageDiagnosticCode.missingField, message: "the message needs \(missing.joined(separator: ", "))",
                             span: nil, help: "add \(missing.joined(separator: " and ")), or give a message file")
        }
        let sentAt: Timestamp
        if let at {
            guard let parsed = Timestamp.parse(at) else {
                throw InputError(MessageDiagnosticCode.invalidTimestamp, message: "invalid timestamp \(quoted: at) for --at", span: flag("at"),
                                 help: "write an RFC 3339 timestamp with an offset or Z, such as 2026-11-25T18:30:00+01:00")
            }
            sentAt = parsed
        } else {
            sentAt = Timestamp(instant: Int(now.timeIntervalSince1970), offset: 0)
        }
        let recipients = to.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return Message(
            channel: Located(channel, at: flag("channel")), from: Located(from, at: flag("from")),
            to: recipients.map { Located($0, at: flag("to")) }, sentAt: Located(sentAt, at: flag("at")),
            level: level.map { Located($0, at: flag("level")) }, kind: kind.map { Located($0, at: flag("kind")) },
            tags: tags.map { Located($0, at: flag("tag")) }, subject: subject, body: body,
            statuses: try statuses.map(status), span: .synthetic("command line"))
    }

    private func status(_ text: String) throws(InputError) -> Message.Status {
        let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, let state = LiveStatus(rawValue: parts[1]) else {
            throw InputError(MessageDiagnosticCode.invalidStatus, message: "invalid status \(quoted: text) for --status", span: .synthetic("--status"),
                             help: "write ID=STATE with STATE one of available, focus, dnd, away, such as bob=focus")
        }
        return Message.Status(recipient: Located(parts[0], at: .synthetic("--status")), status: Located(state, at: .synthetic("--status")))
    }
}
