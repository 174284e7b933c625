import NormsSource

/// The `norms diff --format json` report, exactly
/// `{"total": M, "changed": N, "messages": [{"source": "file:line", "changes": [{"recipient": ID or null,
/// "field": NAME, "old": VALUE, "new": VALUE}]}], "version": 1}`; `schema/norms-diff.schema.json` is the shape.
public struct DiffJSONReporter: Sendable {
    /// The version of the report's shape, its `"version"`.
    public static let version = 1

    public init() {}

    public func render(_ diff: PolicyDiff) -> String {
        JSONValue.object([
            ("total", .int(diff.total)),
            ("changed", .int(diff.changed)),
            ("messages", .array(diff.messages.map { message in
                .object([
                    ("source", .string(message.source)),
                    ("changes", .array(message.changes.map { change in
                        .object([
                            ("recipient", .optional(change.recipient)),
                            ("field", .string(change.field)),
                            ("old", change.old),
                            ("new", change.new),
                        ])
                    })),
                ])
            })),
        ]).versioned(Self.version).pretty + "\n"
    }
}
