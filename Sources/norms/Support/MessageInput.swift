import Foundation
import NormsEngine
import NormsSource
import TeamNorms

/// Reads one message from a YAML or JSON file, or from standard input for `-`.
enum MessageInput {
    /// The label diagnostics use for standard input.
    static let standardInputLabel = "<stdin>"

    /// The message in `path`.
    ///
    /// Standard input is read through a ``BoundedReader``: past ``SourceFile/defaultMaxBytes`` it
    /// stops with an error at the first byte too many, without reading further.
    /// - Throws: a ``DiagnosticError`` for a file that a symbolic link takes outside its project
    ///   (``NamedInput``), an unreadable or too large input, invalid YAML or a malformed message.
    /// - Returns: the message, and the text it was read from, for the excerpts of later errors.
    static func read(_ path: String) throws -> (message: Message, source: SourceFile) {
        try NamedInput.requireInsideProject(path)
        let source = path == "-"
            ? SourceFile(path: standardInputLabel,
                         bytes: try BoundedReader.standardInput(label: standardInputLabel).readAll(maxBytes: SourceFile.defaultMaxBytes))
            : try SourceFile.read(path: path)
        do {
            return (try Message(bytes: source.bytes, path: source.path), source)
        } catch {
            // Standard input cannot be read again: the diagnostics carry it for their excerpts.
            throw DiagnosticsError(error.diagnostics, sources: [source])
        }
    }
}
