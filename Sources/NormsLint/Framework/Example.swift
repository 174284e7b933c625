/// A whole small policy that shows a rule at work, with `↓` marking each place a finding must
/// point at.
///
/// Examples are the rule's documentation and its tests: one parameterised test lints every
/// example of every registered rule and, on a mismatch, reports the failure at the example's own
/// ``file`` and ``line``.
public struct Example: Sendable, Hashable, CustomStringConvertible {
    /// The marker that stands just before the first character a finding must point at.
    public static let marker: Character = "↓"

    /// The policy text, with `↓` markers.
    public let code: String
    /// The `#fileID` of the source that wrote the example.
    public let file: String
    /// The `#filePath` of that source, so that a failing test can point at the example.
    public let filePath: String
    /// The line in ``file`` at which the example starts.
    public let line: Int

    /// - Parameters:
    ///   - code: a policy, with `↓` where findings must point (none in non-triggering examples).
    ///   - file: filled in by the compiler.
    ///   - filePath: filled in by the compiler.
    ///   - line: filled in by the compiler.
    public init(_ code: String, file: String = #fileID, filePath: String = #filePath, line: Int = #line) {
        self.code = code
        self.file = file
        self.filePath = filePath
        self.line = line
    }

    /// The policy text without its markers.
    public var text: String { code.filter { $0 != Self.marker } }

    public var description: String { "\(file):\(line)" }
}
