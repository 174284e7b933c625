import NormsSource

/// Which CSV column holds each field of a log entry: `--map sent_at=Date,from=From,to=To`.
///
/// A field not mapped is read from the column named like the field (`sent_at`, `from`, …).
/// Column names match the header exactly, case included.
public struct ColumnMapping: Sendable, Equatable {
    /// A field a CSV log can give.
    public enum Field: String, Sendable, CaseIterable {
        case id, channel, from, to
        case sentAt = "sent_at"
        case level, kind, tags, subject, body
        case notifiedAt = "notified_at"
        case repliedAt = "replied_at"

        /// The fields every log needs.
        static let required: [Field] = [.channel, .from, .to, .sentAt]
    }

    /// The column name of each field.
    public private(set) var columns: [Field: String]

    /// The default mapping: each field in the column of its own name.
    public init() {
        columns = Dictionary(uniqueKeysWithValues: Field.allCases.map { ($0, $0.rawValue) })
    }

    /// The default mapping with `FIELD=COLUMN` pairs, comma-separated, applied over it.
    /// - Throws: ``InputError``-like ``DiagnosticsError`` for a pair without `=`, an unknown field
    ///   (with the closest one), or a field given twice.
    public init(parsing text: String) throws(DiagnosticsError) {
        self.init()
        var seen: Set<Field> = []
        for pair in text.split(separator: ",", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1).map { String($0) }
            let names = Field.allCases.map(\.rawValue)
            guard parts.count == 2, !parts[1].isEmpty else {
                throw Self.problem("invalid column mapping \(quoted: String(pair))", help: "write FIELD=COLUMN, such as sent_at=Date")
            }
            guard let field = Field(rawValue: parts[0]) else {
                throw Self.problem("unknown field \(quoted: parts[0]) in --map",
                                   help: Suggestions.didYouMean(parts[0], in: names) ?? "the fields are \(names.joined(separator: ", "))")
            }
            guard seen.insert(field).inserted else {
                throw Self.problem("--map gives \(quoted: field.rawValue) twice", help: "map each field to one column")
            }
            columns[field] = parts[1]
        }
    }

    private static func problem(_ message: String, help: String) -> DiagnosticsError {
        DiagnosticsError([Diagnostic(code: "audit.invalid-map", message: message, span: .synthetic("--map"), help: help)])
    }
}
