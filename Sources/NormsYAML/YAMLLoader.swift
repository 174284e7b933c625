import NormsSource

/// Reads YAML text into positioned ``YAMLNode`` trees, safely.
///
/// The loader parses with libyaml's event API and builds the tree itself, so that it can:
/// - give every node, key included, its exact span (1-based line, column in Unicode scalars,
///   UTF-8 byte offset);
/// - reject what a policy file should never hold: duplicate keys, unknown tags, values that do
///   not fit their core tag, invalid UTF-8, NUL bytes and other control characters;
/// - resolve aliases (each a copy of its anchor's node, with the alias's own span) and merge
///   keys (`<<`);
/// - stop hostile input early: files over ``YAMLLimits/maxBytes`` are refused before parsing,
///   nesting is checked on every collection start, and alias expansion is counted against
///   ``YAMLLimits/maxNodes`` before anything is copied.
///
/// Every error is a ``YAMLError`` with a position in the file.
public struct YAMLLoader: Sendable {
    /// The bounds applied to every input.
    public var limits: YAMLLimits

    /// A loader with the given bounds.
    public init(limits: YAMLLimits = .default) {
        self.limits = limits
    }

    /// Loads a file that must hold at most one document.
    ///
    /// A document marker alone (`---`) is a document holding an empty (null) scalar.
    /// - Parameter source: the file to read.
    /// - Returns: the document's root node, or `nil` when the input holds no document at all
    ///   (empty, or only comments and blank lines).
    /// - Throws: ``YAMLError``; ``YAMLError/Kind/multipleDocuments`` at the start of a second document.
    public func loadDocument(_ source: SourceFile) throws(YAMLError) -> YAMLNode? {
        try read(source, allowsSeveral: false).first
    }

    /// Loads every document of a stream, in order.
    ///
    /// Anchors apply within their own document; the node limit applies to the whole input.
    /// - Parameter source: the file to read.
    /// - Returns: the documents' root nodes; empty when the input holds no document.
    /// - Throws: ``YAMLError`` at the first problem.
    public func loadDocuments(_ source: SourceFile) throws(YAMLError) -> [YAMLNode] {
        try read(source, allowsSeveral: true)
    }

    /// Parses `source` in place: libyaml reads the file's own bytes, which stay put while it does.
    private func read(_ source: SourceFile, allowsSeveral: Bool) throws(YAMLError) -> [YAMLNode] {
        let result = source.bytes.withUnsafeBufferPointer { bytes in
            Result { () throws(YAMLError) -> [YAMLNode] in
                var reader = try DocumentReader(source: source, bytes: bytes, limits: limits)
                return try reader.readDocuments(allowsSeveral: allowsSeveral)
            }
        }
        return try result.get()
    }
}
