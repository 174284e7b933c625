/// The codes of problems with a message: its fields (read from YAML, JSON, a log line or the
/// command line) and the names it uses that the policy does not know. Codes are stable: tests,
/// the batch and service answers and CI configurations refer to them.
///
/// Kept with the diagnostics rather than with ``Message``'s readers, since the lowest layers
/// report some of them too (an empty line of a stream).
package enum MessageDiagnosticCode: String, DiagnosticCode, CaseIterable {
    /// The input holds no message.
    case empty = "message.empty"
    /// A value of the wrong type (a list where a string goes), or a message that is not a mapping.
    case wrongType = "message.wrong-type"
    /// A field a message does not have.
    case unknownKey = "message.unknown-key"
    /// A required field (`channel`, `from`, `to`, `sent_at`) is absent or empty.
    case missingField = "message.missing-field"
    /// A timestamp that is not RFC 3339 with an offset.
    case invalidTimestamp = "message.invalid-timestamp"
    /// A live status that is not one of the states.
    case invalidStatus = "message.invalid-status"
    /// A subject or body longer than its limit.
    case textTooLong = "message.text-too-long"
    /// A channel the policy does not define.
    case unknownChannel = "message.unknown-channel"
    /// A recipient (or a status's recipient) that is no person or team of the policy.
    case unknownRecipient = "message.unknown-recipient"
    /// A level the policy does not define.
    case unknownLevel = "message.unknown-level"
    /// A kind the policy does not define.
    case unknownKind = "message.unknown-kind"
}
