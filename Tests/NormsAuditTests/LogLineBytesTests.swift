import Foundation
import NormsAudit
import NormsEngine
import NormsSource
import NormsYAML
import Testing

/// A message line read straight from its bytes gives the record the node tree gives, spans
/// included, and every line the node tree reads with a problem, or reads unusually, is left to it.
@Suite("Log lines read from bytes")
struct LogLineBytesTests {
    /// A line as read in the middle of a file: line 7, starting at byte 300.
    static let start = SourcePosition(line: 7, column: 1, offset: 300)

    /// Every field of a record with every span, so that two records compare in full.
    static func summary(_ record: AuditRecord) -> String {
        func span(_ span: SourceSpan) -> String {
            "\(span.file):\(span.start.line):\(span.start.column):\(span.start.offset)-\(span.end.line):\(span.end.column):\(span.end.offset)"
        }
        func located(_ value: Located<String>?) -> String { value.map { "\($0.value)@\(span($0.span))" } ?? "-" }
        let message = record.message
        let statuses = message.statuses.map { "\(located($0.recipient))=\($0.status.value)@\(span($0.status.span)) \($0.until.map(String.init(describing:)) ?? "-")" }
        let delivery = record.delivery.map { delivery in
            delivery.keys.sorted().map { "\($0): \(delivery[$0]!.notifiedAt.map(String.init) ?? "-") \(delivery[$0]!.repliedAt.map(String.init) ?? "-")" }
        }
        return [
            "id \(message.id ?? "-")", "channel \(located(message.channel))", "from \(located(message.from))",
            "to \(message.to.map(located))", "sent_at \(message.sentAt.value)@\(span(message.sentAt.span))",
            "level \(located(message.level))", "kind \(located(message.kind))", "tags \(message.tags.map(located))",
            "subject \(message.subject ?? "-")", "body \(message.body ?? "-")", "status \(statuses)",
            "meeting \(message.meeting.map { "\($0.startsAt.map(String.init(describing:)) ?? "-") \($0.agenda.map(String.init) ?? "-")@\(span($0.span))" } ?? "-")",
            "span \(span(message.span))", "delivery \(delivery.map(String.init(describing:)) ?? "none")",
            "served \(record.served.map(String.init(describing:)) ?? "none")",
        ].joined(separator: "\n")
    }

    /// The record read from the bytes, or `nil` when the line is left to the node tree.
    static func fromBytes(_ line: String) -> AuditRecord? {
        var text = line
        return text.withUTF8 { JSONRecordReader().record(in: $0, file: "log.jsonl", start: start) }
    }

    /// The record the node tree and ``JSONRecordReader/record(from:)`` give, or their problems.
    static func fromNodes(_ line: String) -> Result<AuditRecord, DiagnosticsError> {
        var text = line
        return text.withUTF8 { bytes in
            Result { () throws(DiagnosticsError) in
                do {
                    guard let node = try JSONReader().read(bytes, file: "log.jsonl", start: start) else { throw DiagnosticsError([]) }
                    return try JSONRecordReader().record(from: node)
                } catch let error as JSONError {
                    throw DiagnosticsError(error.diagnostics)
                } catch let error as InputError {
                    throw DiagnosticsError(error.diagnostics)
                } catch {
                    throw DiagnosticsError([])
                }
            }
        }
    }

    static let message = #""channel": "chat", "from": "ana", "to": ["bob", "cy"], "sent_at": "2026-11-24T16:00:00+01:00""#

    static let wellFormed = [
        "{\(message)}",
        "{\(message), \"delivery\": {}}",
        #"{"delivery": {"bob": {"notified_at": "2026-11-24T15:05:00Z", "replied_at": null}}, "#
            + #""id": "m-1", "channel": "chat", "from": "ana", "to": ["bob", "cy"], "sent_at": "2026-11-24T16:00:00+01:00"}"#,
        "{\(message), \"delivery\": {\"cy\": {\"replied_at\": \"2026-11-24T16:30:00+01:00\", \"notified_at\": null}, \"bob\": {}}}",
        "  {\(message),\"delivery\":{ \"bob\" :{\"replied_at\":\"2026-11-25T09:00:00Z\"} } ,\"tags\":[\"customer\"]}  ",
        #"{"channel": "chat", "from": "é", "to": ["ü-team"], "sent_at": "2026-12-02T09:00:00Z", "subject": "Grüße \u00e9", "#
            + #""delivery": {"ü-team": {"replied_at": "2026-12-02T09:10:00Z"}}}"#,
        #"{"channel": "chat", "from": "a", "to": ["b"], "sent_at": "2026-12-03T13:00:00Z", "status": {"b": "away"}, "#
            + #""meeting": {"agenda": true}, "delivery": {"b": {"notified_at": "2026-12-03T13:00:00Z"}}}"#,
    ]

    @Test(arguments: wellFormed)
    func wellFormedLinesAreTheNodeTreesOwn(line: String) throws {
        let expected = try Self.fromNodes(line).get()
        let read = try #require(Self.fromBytes(line))
        #expect(Self.summary(read) == Self.summary(expected))
    }

    /// Lines with a problem (each reported by the node tree with its position), and lines written
    /// unusually or of another shape.
    static let leftToTheNodeTree = [
        "", "[]", "{\(message)",
        "{\(message), \"delivery\": {\"dan\": {}}}",
        "{\(message), \"delivery\": {\"bob\": {\"read_at\": \"2026-11-24T16:05:00Z\"}}}",
        "{\(message), \"delivery\": {\"bob\": {\"replied_at\": \"yesterday\"}}}",
        "{\(message), \"delivery\": {\"bob\": {\"replied_at\": \"2026-11-24T14:59:59Z\"}}}",
        "{\(message), \"delivery\": {\"bob\": {\"notified_at\": \"2026-11-24T14:00:00Z\"}}}",
        "{\(message), \"delivery\": [\"bob\"]}",
        "{\(message), \"delivery\": {\"bob\": []}}",
        "{\(message), \"delivery\": null}",
        "{\(message), \"delivery\": {\"bob\": {}, \"bob\": {}}}",
        "{\(message), \"delivery\": {\"bob\": {\"replied_at\": null, \"replied_at\": null}}}",
        "{\(message), \"delivery\": {}, \"delivery\": {}}",
        "{\(message), \"delivery\": {\"bob\": {\"replied_at\": 1764000000}}}",
        "{\(message), \"delivery\": {\"bob\": {\"replied_at\": \"2026-11-25T09:00:00\\u005A\"}}}",
        "{\(message), \"delivery\": {\"b\\u006fb\": {}}}",
        "{\(message), \"delivery\": {\"bob\": {}},}",
        "{\(message), \"delivered\": {}}",
        "{\"version\": 1, \"message\": {\(message)}, \"decision\": {\"recipients\": []}}",
    ]

    @Test(arguments: leftToTheNodeTree)
    func otherLinesAreLeftToTheNodeTree(line: String) {
        #expect(Self.fromBytes(line) == nil)
    }

    @Test func everyLineOfTheExampleLogIsReadFromItsBytesAsTheNodeTreeReadsIt() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let log = try String(contentsOf: root.appendingPathComponent("examples/logs/four-weeks.jsonl"), encoding: .utf8)
        let lines = log.split(separator: "\n")
        #expect(lines.count > 3000)
        for line in lines {
            let read = try #require(Self.fromBytes(String(line)), "\(line)")
            #expect(Self.summary(read) == Self.summary(try Self.fromNodes(String(line)).get()))
        }
    }
}
