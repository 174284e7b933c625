import CSV
import Foundation
import NormsEngine
import NormsSource

/// Reads a CSV log row by row, as a stream, through the CSV package: one row, one message.
///
/// The first row is the header; ``ColumnMapping`` says which column holds which field. `to` and
/// `tags` hold several ids separated by `;` or `,`. When the header has a `notified_at` or
/// `replied_at` column, every recipient of a row shares those times (export one row per recipient
/// for separate times); without either column the log records no replies. Positions name rows,
/// the header being row 1.
public final class CSVRecordReader {
    /// The longest row, in bytes: 1 MiB, as a JSON line.
    public static let maxRowBytes = 1 << 20

    public let label: String
    private let stream: CSVByteStream
    private let reader: CSVReader
    private let index: [ColumnMapping.Field: Int]
    private let recordsDelivery: Bool
    /// The number of the last row read (the header is row 1).
    public private(set) var row = 1

    /// Opens `path` (`-`: standard input) and reads its header.
    /// - Throws: ``DiagnosticsError`` when the file cannot be opened, has no header, or the header
    ///   lacks a required column.
    public init(path: String, mapping: ColumnMapping, standardInputLabel: String = "<stdin>") throws(DiagnosticsError) {
        label = path == "-" ? standardInputLabel : path
        let descriptor = path == "-" ? 0 : open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw DiagnosticsError([Diagnostic(IODiagnosticCode.unreadable, message: "cannot read \(quotedPath: path): \(String(cString: strerror(errno)))",
                                               span: nil, help: "check the path and its permissions")])
        }
        stream = CSVByteStream(descriptor: descriptor, ownsDescriptor: path != "-", maxRowBytes: Self.maxRowBytes)
        let header: [String]
        do {
            reader = try CSVReader(stream: stream, hasHeaderRow: true)
            header = reader.headerRow ?? []
            stream.rowDidEnd()
        } catch {
            throw DiagnosticsError([Self.readProblem(stream.stopReason, row: 1, label: path == "-" ? standardInputLabel : path)])
        }
        let label = self.label
        var index: [ColumnMapping.Field: Int] = [:]
        for (field, column) in mapping.columns {
            if let position = header.firstIndex(of: column) { index[field] = position }
        }
        let missing = ColumnMapping.Field.required.filter { index[$0] == nil }
        guard missing.isEmpty else {
            let names = missing.map { "\($0.rawValue) (column \(quoted: mapping.columns[$0]!))" }
            throw DiagnosticsError([Diagnostic(
                code: "audit.missing-column", message: "the CSV header has no column for \(names.joined(separator: ", "))",
                span: SourceSpan(file: label, at: SourcePosition(line: 1, column: 1, offset: 0)),
                help: Suggestions.didYouMean(mapping.columns[missing[0]]!, in: header).map { "\($0); or map the field with --map FIELD=COLUMN" }
                    ?? "map each field to a column of the header with --map FIELD=COLUMN, such as --map sent_at=Date")])
        }
        self.index = index
        recordsDelivery = index[.notifiedAt] != nil || index[.repliedAt] != nil
    }

    /// The next row's record, `nil` at the end.
    /// - Throws: ``DiagnosticsError`` for a row that is not a valid message (reading goes on with
    ///   the next row), or ``CSVReadError`` when the file cannot be read further.
    public func next() throws -> AuditRecord? {
        let fields = reader.next()
        // A row cut short by a failure is not a row: the reading stops with the failure.
        if reader.error != nil {
            throw CSVReadError(diagnostic: Self.readProblem(stream.stopReason, row: row + 1, label: label))
        }
        guard let fields else { return nil }
        stream.rowDidEnd()
        row += 1
        return try record(from: fields)
    }

    // MARK: - One row

    private func record(from fields: [String]) throws(DiagnosticsError) -> AuditRecord {
        let span = SourceSpan(file: label, at: SourcePosition(line: row, column: 1, offset: 0))
        func value(_ field: ColumnMapping.Field) -> String? {
            guard let position = index[field], position < fields.count else { return nil }
            let text = fields[position].trimmingCharacters(in: .whitespaces)
            return text.isEmpty ? nil : text
        }
        func list(_ field: ColumnMapping.Field) -> [Located<String>] {
            (value(field) ?? "").split(whereSeparator: { $0 == ";" || $0 == "," })
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.map { Located($0, at: span) }
        }
        var problems: [Diagnostic] = []
        func time(_ field: ColumnMapping.Field) -> Timestamp? {
            guard let text = value(field) else { return nil }
            guard let stamp = Timestamp.parse(text) else {
                problems.append(Diagnostic(
                    MessageDiagnosticCode.invalidTimestamp, message: "invalid timestamp \(quoted: text) for \(field.rawValue) in row \(row)",
                    span: span, help: "write an RFC 3339 timestamp with an offset or Z, such as 2026-11-25T18:30:00+01:00"))
                return nil
            }
            return stamp
        }
        for field in ColumnMapping.Field.required where value(field) == nil {
            problems.append(Diagnostic(MessageDiagnosticCode.missingField, message: "row \(row) has no \(field.rawValue)", span: span,
                                       help: "fill the \(field.rawValue) column of every row"))
        }
        let sentAt = time(.sentAt)
        let notifiedAt = time(.notifiedAt)
        let repliedAt = time(.repliedAt)
        guard problems.isEmpty, let sentAt else { throw DiagnosticsError(problems) }
        let message = Message(
            channel: Located(value(.channel)!, at: span), from: Located(value(.from)!, at: span), to: list(.to),
            sentAt: Located(sentAt, at: span), level: value(.level).map { Located($0, at: span) },
            kind: value(.kind).map { Located($0, at: span) }, tags: list(.tags), subject: value(.subject), body: value(.body),
            span: span, id: value(.id))
        guard recordsDelivery else { return AuditRecord(message: message) }
        let delivery = AuditRecord.Delivery(notifiedAt: notifiedAt?.instant, repliedAt: repliedAt?.instant)
        return AuditRecord(message: message, delivery: Dictionary(message.to.map { ($0.value, delivery) }, uniquingKeysWith: { first, _ in first }))
    }

    private static func readProblem(_ reason: CSVByteStream.Failure?, row: Int, label: String) -> Diagnostic {
        let span = SourceSpan(file: label, at: SourcePosition(line: row, column: 1, offset: 0))
        switch reason {
        case .rowTooLong(let row)?:
            return Diagnostic(IODiagnosticCode.lineTooLong, message: "row \(row) of \(quotedPath: label) is longer than \(maxRowBytes) bytes",
                              span: SourceSpan(file: label, at: SourcePosition(line: row, column: 1, offset: 0)),
                              help: "check the row's quotes: an unclosed quote makes the rest of the file one field")
        case .unreadable(let code)?:
            return Diagnostic(IODiagnosticCode.unreadable, message: "cannot read \(quotedPath: label): \(String(cString: strerror(code)))",
                              span: span, help: "check the file")
        case nil:
            return Diagnostic(code: "csv.syntax", message: "\(quotedPath: label) is not CSV in UTF-8 from row \(row) on", span: span,
                              help: "save the log as comma-separated UTF-8 with a header row")
        }
    }
}

/// The CSV log cannot be read further; the rows before were read.
public struct CSVReadError: DiagnosticError, Sendable {
    public var diagnostic: Diagnostic
    public var diagnostics: [Diagnostic] { [diagnostic] }
}
