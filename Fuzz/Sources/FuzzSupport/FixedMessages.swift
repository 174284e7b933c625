import NormsEngine
import NormsPolicy
import NormsSource
import NormsYAML
import TeamNorms

/// Messages the policy fuzzer evaluates against every policy that loads: fixed ones, and ones
/// built from the loaded policy's own channels and people so that evaluation goes past the
/// "unknown channel" check.
public enum FixedMessages {
    /// Instants around clock changes, at night, on a weekend and on a holiday.
    public static let instants = [
        "2026-11-24T12:00:00+01:00", "2026-03-08T02:30:00-05:00", "2026-10-25T02:30:00+02:00",
        "2026-12-24T23:59:59Z", "2026-04-04T22:00:00-03:00",
    ]

    /// Fixed messages written as YAML flow mappings.
    public static let yaml = [
        "{channel: chat, from: alice, to: [bob], sent_at: 2026-11-24T12:00:00+01:00}",
        "{channel: phone, from: alertmanager, to: [ana, ops], sent_at: 2026-11-26T02:10:00Z, tags: [outage], kind: incident}",
        "{channel: email, from: bob, to: [carol, dave, erin], sent_at: 2026-03-08T02:30:00-05:00, level: high, subject: refund please}",
        "{channel: meeting, from: lead, to: [sre], sent_at: 2026-10-25T02:30:00+02:00, meeting: {starts_at: 2026-10-26T09:00:00+01:00, agenda: false}}",
    ]

    /// Reads a message written as YAML; `nil` when it does not read (which is fine for a fuzzer).
    public static func message(_ text: String) -> Message? {
        guard let node = try? YAMLLoader().loadDocument(SourceFile(path: "message.yaml", text: text)) else { return nil }
        return try? MessageLoader().message(from: node)
    }

    /// The fixed messages and up to a few built from `policy`.
    public static func messages(for policy: Policy) -> [Message] {
        var texts = yaml
        let channels = policy.channels.prefix(2).map { quoted($0.id.value) }
        let people = policy.people.prefix(3).map { quoted($0.id.value) }
        let teams = policy.teams.prefix(2).map { quoted($0.id.value) }
        let recipients = (people + teams).joined(separator: ", ")
        for (index, channel) in channels.enumerated() {
            let sender = people.first ?? "someone-outside"
            let instant = instants[index % instants.count]
            texts.append("{channel: \(channel), from: \(sender), to: [\(recipients)], sent_at: \(instant), tags: [outage], kind: decision}")
            texts.append("{channel: \(channel), from: external-sender, to: [\(recipients)], sent_at: \(instants[(index + 1) % instants.count])}")
        }
        return texts.compactMap(message)
    }

    /// A double-quoted YAML string.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: out += "\\u" + hex4(scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    private static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
