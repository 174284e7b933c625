import Foundation
import NormsSource

/// The command line's one way to write: results to standard output, diagnostics to standard error.
///
/// Everything written passes through ``DisplayText/terminalSafe(_:keepingColor:)``, so no control
/// character from a policy, a message or a file name reaches a terminal or a CI log raw.
enum Console {
    /// Writes text to standard output; colour sequences are kept only when `color` is on.
    static func write(_ text: String, color: Bool = false) {
        FileHandle.standardOutput.write(bytes(DisplayText.terminalSafe(text, keepingColor: color)))
    }

    /// Writes UTF-8 output to standard output as ``write(_:color:)`` writes its text: as it is
    /// when it holds nothing to escape, which spares making a `String` of a large report.
    static func write(utf8 bytes: [UInt8], color: Bool = false) {
        guard bytes.withUnsafeBufferPointer(DisplayText.isTerminalSafe) else {
            return write(String(decoding: bytes, as: UTF8.self), color: color)
        }
        bytes.withUnsafeBufferPointer { buffer in
            // Written from the array's own storage: a report can be hundreds of kilobytes.
            guard let base = buffer.baseAddress else { return }
            FileHandle.standardOutput.write(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: buffer.count,
                                                 deallocator: .none))
        }
    }

    /// Whether output written to `handle` gets colour (``DiagnosticRenderer/shouldUseColor(fileDescriptor:environment:)``).
    static func usesColor(_ handle: FileHandle) -> Bool {
        DiagnosticRenderer.shouldUseColor(fileDescriptor: handle.fileDescriptor, environment: ProcessInfo.processInfo.environment)
    }

    /// Writes one line to standard error.
    static func error(_ line: String) {
        FileHandle.standardError.write(bytes(DisplayText.terminalSafe(line + "\n", keepingColor: false)))
    }

    /// Renders diagnostics to standard error, with the source line and a caret for each.
    /// - Parameter sources: texts already read (standard input, files at a git revision), used
    ///   before the file system.
    static func report(_ diagnostics: [Diagnostic], sources: [SourceFile] = []) {
        // Nothing to write: no need to read the environment for colour.
        guard !diagnostics.isEmpty else { return }
        let useColor = usesColor(FileHandle.standardError)
        let text = DiagnosticRenderer(useColor: useColor).render(diagnostics) { path in
            sources.first { $0.path == path } ?? (try? SourceFile.read(path: path))
        }
        FileHandle.standardError.write(bytes(DisplayText.terminalSafe(text, keepingColor: useColor)))
    }

    /// The UTF-8 bytes of a text, copied from its storage: `Data(text.utf8)` first asks the runtime
    /// whether the view is `ContiguousBytes`, a scan of every protocol conformance of the binary.
    private static func bytes(_ text: String) -> Data {
        var text = text
        return text.withUTF8 { Data(buffer: $0) }
    }

    /// Renders any error the user caused; errors without positions get one plain sentence.
    /// - Parameter sources: texts already read that the error's positions may point into.
    static func report(_ error: any Error, sources: [SourceFile] = []) {
        if let error = error as? any DiagnosticError {
            report(error.diagnostics, sources: error.sources + sources)
        } else {
            self.error("error: \(error)")
        }
    }
}
