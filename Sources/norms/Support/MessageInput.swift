import Foundation
import NormsEngine
import NormsSource
import NormsYAML

/// Reads one message from a YAML or JSON file, or from standard input for `-`.
enum MessageInput {
    /// The label diagnostics use for standard input.
    static let standardInputLabel = "<stdin>"

    /// The message in `path`.
    /// - Throws: a ``DiagnosticError`` for an unreadable file, invalid YAML or a malformed message.
    static func read(_ path: String) throws -> Message {
        let source = path == "-"
            ? SourceFile(path: standardInputLabel, bytes: [UInt8](FileHandle.standardInput.readDataToEndOfFile()))
            : try SourceFile.read(path: path)
        guard let node = try YAMLLoader().loadDocument(source) else {
            throw InputError(code: "message.empty", message: "'\(source.path)' holds no message", span: nil,
                             help: "write the message as {channel: ..., from: ..., to: [...], sent_at: ...}")
        }
        return try MessageLoader().message(from: node)
    }
}
