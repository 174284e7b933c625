import Foundation
import NormsAudit
import NormsEngine
import NormsSource
import Testing

/// The three kinds of log: message lines with `delivery`, decision-log lines and CSV exports.
@Suite("Log readers")
struct LogReaderTests {
    @Test func aMessageLineWithDelivery() throws {
        let record = try AuditFixture.record(
            #"{"channel": "chat", "from": "ana", "to": ["bob", "cy"], "sent_at": "2026-11-24T16:00:00Z", "delivery": {"bob": {"notified_at": "2026-11-24T16:05:00Z", "replied_at": null}}}"#)
        #expect(record.message.to.map(\.value) == ["bob", "cy"])
        #expect(record.delivery?["bob"] == AuditRecord.Delivery(notifiedAt: Timestamp.parse("2026-11-24T16:05:00Z")!.instant))
        // cy is not in the delivery: notified at sent_at, and (the delivery being recorded) never answered.
        #expect(record.delivery?["cy"] == nil)
        #expect(record.actualNotification(of: "cy") == record.message.sentAt.value.instant)
    }

    @Test(arguments: [
        (#""delivery": {"dan": {}}"#, "audit.delivery-unknown-recipient"),
        (#""delivery": {"bob": {"read_at": "2026-11-24T16:05:00Z"}}"#, "audit.unknown-key"),
        (#""delivery": {"bob": {"replied_at": "yesterday"}}"#, "message.invalid-timestamp"),
        (#""delivery": {"bob": {"replied_at": "2026-11-24T15:00:00Z"}}"#, "audit.before-sent"),
        (#""delivery": ["bob"]"#, "audit.invalid-delivery"),
    ])
    func aMalformedDeliveryIsAPositionedError(fragment: String, code: String) throws {
        let line = #"{"channel": "chat", "from": "ana", "to": ["bob"], "sent_at": "2026-11-24T16:00:00Z", "# + fragment + "}"
        let error = try #require(throws: InputError.self) { try AuditFixture.record(line, line: 7) }
        #expect(error.diagnostics.first?.code == code)
        #expect(error.diagnostics.first?.span?.start.line == 7)
    }

    @Test func aDecisionLogLineGivesTheServedNotifications() throws {
        let line = #"""
            {"version": 1, "id": "d-1", "time": "2026-11-23T10:00:01Z", "policy": {"name": "Audit test", "hash": "sha256:00"}, "message": {"channel": "pager", "from": "cy", "to": ["ana", "bob"], "sent_at": "2026-11-23T10:00:00Z"}, "decision": {"policy": "Audit test", "recipients": [{"id": "ana", "local_time": "2026-11-23T10:00:00+00:00", "notify": "later", "notify_at": "2026-11-23T11:00:00+00:00"}, {"id": "bob", "local_time": "2026-11-23T10:00:00+00:00", "notify": "none", "notify_at": null}]}}
            """#
        let record = try AuditFixture.record(line)
        #expect(record.delivery == nil)
        #expect(record.actualNotification(of: "ana") == Timestamp.parse("2026-11-23T11:00:00Z")!.instant)
        #expect(record.actualNotification(of: "bob") == nil)
        // Replayed: ana was notified at 11:00, when available; the reply cannot be judged.
        let report = try AuditFixture.audit(line)
        #expect(report.total.actual.notifications == 1)
        #expect(report.total.actual.interruptions == 0)
        #expect(report.total.replies.unknown == 2)
        #expect(report.total.replies.due == 0)
    }

    @Test func aDecisionLogOfAnotherVersionIsRefused() throws {
        let line = #"{"version": 2, "message": {}, "decision": {}}"#
        let error = try #require(throws: InputError.self) { try AuditFixture.record(line) }
        #expect(error.diagnostics.map(\.code) == ["audit.unsupported-version"])
    }

    @Test func aCSVExportThroughAColumnMapping() throws {
        let csv = #"""
            When,Who,Where,To,Answered,Subject
            2026-11-23T10:00:00Z,cy,pager,ana,2026-11-23T11:30:00Z,"Disk full, again"
            2026-11-23T20:00:00Z,cy,pager,"bob; ana",,"He said ""now"""
            2026-11-24T16:00:00Z,ana,chat,bob,not a time,x
            """#
        let path = try temporaryFile(csv, suffix: ".csv")
        let mapping = try ColumnMapping(parsing: "sent_at=When,from=Who,channel=Where,to=To,replied_at=Answered,subject=Subject")
        let reader = try CSVRecordReader(path: path, mapping: mapping)
        let first = try #require(try reader.next())
        #expect(first.message.channel.value == "pager")
        #expect(first.message.subject == "Disk full, again")
        #expect(first.delivery?["ana"]?.repliedAt == Timestamp.parse("2026-11-23T11:30:00Z")!.instant)
        let second = try #require(try reader.next())
        #expect(second.message.to.map(\.value) == ["bob", "ana"])
        #expect(second.message.subject == #"He said "now""#)
        #expect(second.delivery?["bob"] == AuditRecord.Delivery())
        let error = try #require(throws: DiagnosticsError.self) { try reader.next() }
        #expect(error.diagnostics.first?.code == "message.invalid-timestamp")
        #expect(error.diagnostics.first?.span?.start.line == 4)
        #expect(try reader.next() == nil)
    }

    @Test func aCSVHeaderWithoutARequiredColumnNamesIt() throws {
        let path = try temporaryFile("Date,from,to,channel\n", suffix: ".csv")
        let error = try #require(throws: DiagnosticsError.self) { try CSVRecordReader(path: path, mapping: ColumnMapping()) }
        #expect(error.diagnostics.first?.code == "audit.missing-column")
        #expect(error.diagnostics.first?.message.contains("sent_at") == true)
    }

    @Test func aCSVRowPastTheLimitStopsTheReadingInBoundedMemory() throws {
        // An unclosed quote makes the rest of the file one field: the stream stops at 1 MiB.
        let body = "sent_at,from,to,channel\n2026-11-23T10:00:00Z,cy,ana,\"" + String(repeating: "x", count: 3 << 20) + "\n"
        let reader = try CSVRecordReader(path: try temporaryFile(body, suffix: ".csv"), mapping: ColumnMapping())
        let error = try #require(throws: CSVReadError.self) { try reader.next() }
        #expect(error.diagnostic.code == "io.line-too-long")
    }

    @Test(.timeLimit(.minutes(5)))
    func aQuotedFieldWithTextAfterItsQuoteCannotHideALongRow() throws {
        // The parser keeps `"a"b` open (the quote becomes text): the rest of the file is one field.
        let rows = String(repeating: "2026-11-23T10:00:00Z,cy,ana,chat\n", count: 100_000)
        let body = "sent_at,from,to,channel\n\"a\"b,x,y,z\n" + rows
        let reader = try CSVRecordReader(path: try temporaryFile(body, suffix: ".csv"), mapping: ColumnMapping())
        let error = try #require(throws: CSVReadError.self) { try reader.next() }
        #expect(error.diagnostic.code == "io.line-too-long")
        #expect(error.diagnostic.span?.start.line == 2)
    }

    @Test(.timeLimit(.minutes(5)))
    func aQuoteInsideAnUnquotedFieldIsText() throws {
        // The parser reads `O"Brien` as it stands; more than 1 MiB of rows follows.
        let rows = String(repeating: "2026-11-23T10:00:00Z,cy,ana,chat\n", count: 40_000)
        let body = "sent_at,from,to,channel\n2026-11-23T09:00:00Z,O\"Brien,ana,chat\n" + rows
        let reader = try CSVRecordReader(path: try temporaryFile(body, suffix: ".csv"), mapping: ColumnMapping())
        #expect(try reader.next()?.message.from.value == #"O"Brien"#)
        var count = 0
        while try reader.next() != nil { count += 1 }
        #expect(count == 40_000)
    }

    @Test(.timeLimit(.minutes(5)))
    func rowsEndedByCarriageReturnsAloneAreReadPastOneMebibyte() throws {
        let rows = String(repeating: "2026-11-23T10:00:00Z,cy,ana,chat\r", count: 40_000)
        let reader = try CSVRecordReader(path: try temporaryFile("sent_at,from,to,channel\r" + rows, suffix: ".csv"), mapping: ColumnMapping())
        var count = 0
        while try reader.next() != nil { count += 1 }
        #expect(count == 40_000)
        #expect(reader.row == 40_001)
    }

    @Test(arguments: [("sent_at", "audit.invalid-map"), ("sentat=Date", "audit.invalid-map"), ("to=A,to=B", "audit.invalid-map")])
    func aMalformedMappingIsRefused(text: String, code: String) {
        #expect(throws: DiagnosticsError.self) { try ColumnMapping(parsing: text) }
    }

    private func temporaryFile(_ text: String, suffix: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("audit-\(UUID().uuidString)\(suffix)")
        try Data(text.utf8).write(to: url)
        return url.path
    }
}
