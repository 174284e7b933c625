import NormsEngine
import NormsSource

/// A message read for `norms diff`, with where it came from.
public struct SourcedMessage: Sendable {
    /// `file:line` of the message: the line its mapping starts on (for JSON lines, the line).
    public var source: String
    public var message: Message

    public init(source: String, message: Message) {
        self.source = source
        self.message = message
    }
}
