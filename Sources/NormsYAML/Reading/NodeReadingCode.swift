import NormsSource

/// The codes a domain (policies, messages, test files) gives the problems ``NodeReader`` finds:
/// the reader words each problem one way and takes its code from the domain that reads.
package protocol NodeReadingCode: DiagnosticCode {
    /// A value of the wrong YAML type (`expected a string for 'channel', found a sequence`).
    static var wrongType: Self { get }
    /// A key the mapping may not hold.
    static var unknownKey: Self { get }
    /// A key the mapping must hold.
    static var missingKey: Self { get }
    /// A value outside a closed set of names.
    static var invalidValue: Self { get }
}

/// The code strings of one ``NodeReadingCode`` domain, taken once so the reader is not generic.
///
/// Shared, not copied: every reader of a document holds a ``NodeReader``, and a copy of the
/// reader is then one reference count here rather than one for each code.
final class NodeReadingCodes: Sendable {
    let wrongType: String
    let unknownKey: String
    let missingKey: String
    let invalidValue: String

    init<Code: NodeReadingCode>(_: Code.Type) {
        wrongType = Code.wrongType.rawValue
        unknownKey = Code.unknownKey.rawValue
        missingKey = Code.missingKey.rawValue
        invalidValue = Code.invalidValue.rawValue
    }
}
