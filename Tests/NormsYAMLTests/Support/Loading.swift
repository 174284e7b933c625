import NormsSource
import NormsYAML

/// Test shorthands for loading YAML text and catching the error it gives.
enum Loading {
    static let path = "test.yaml"

    static func source(_ text: String) -> SourceFile {
        SourceFile(path: path, text: text)
    }

    /// The single document of `text`, or `nil` when it has none.
    static func load(_ text: String, limits: YAMLLimits = .default) throws(YAMLError) -> YAMLNode? {
        try YAMLLoader(limits: limits).loadDocument(source(text))
    }

    /// Every document of `text`.
    static func loadAll(_ text: String) throws(YAMLError) -> [YAMLNode] {
        try YAMLLoader().loadDocuments(source(text))
    }

    /// The error loading `bytes` gives, or `nil` when it loads.
    static func error(bytes: [UInt8], limits: YAMLLimits = .default) -> YAMLError? {
        do {
            _ = try YAMLLoader(limits: limits).loadDocument(SourceFile(path: path, bytes: bytes))
            return nil
        } catch {
            return error
        }
    }

    /// The error loading `text` gives, or `nil` when it loads.
    static func error(_ text: String, limits: YAMLLimits = .default) -> YAMLError? {
        error(bytes: Array(text.utf8), limits: limits)
    }

    /// A position, written `at(line, column, offset)`.
    static func at(_ line: Int, _ column: Int, _ offset: Int) -> SourcePosition {
        SourcePosition(line: line, column: column, offset: offset)
    }

    /// A span in the test file.
    static func span(_ start: SourcePosition, _ end: SourcePosition) -> SourceSpan {
        SourceSpan(file: path, start: start, end: end)
    }

    /// A zero-width span in the test file.
    static func point(_ line: Int, _ column: Int, _ offset: Int) -> SourceSpan {
        SourceSpan(file: path, at: at(line, column, offset))
    }
}
