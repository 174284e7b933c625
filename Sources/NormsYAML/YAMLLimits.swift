/// Bounds that keep hostile input from crashing, hanging or exhausting the process.
public struct YAMLLimits: Sendable, Equatable {
    /// The deepest nesting of sequences and mappings, checked at every collection start while
    /// parsing and again where an alias expands to a nested collection.
    public var maxDepth: Int
    /// The most nodes the input may produce over all its documents, counting every node an alias
    /// expands to (an alias to a ten-node sequence counts ten).
    public var maxNodes: Int
    /// The largest input, in bytes.
    public var maxBytes: Int

    /// Limits with the given bounds; each defaults to the value in ``default``.
    public init(maxDepth: Int = 256, maxNodes: Int = 1_000_000, maxBytes: Int = 16 * 1024 * 1024) {
        self.maxDepth = maxDepth
        self.maxNodes = maxNodes
        self.maxBytes = maxBytes
    }

    /// Depth 256, one million nodes, 16 MiB.
    public static let `default` = YAMLLimits()
}
