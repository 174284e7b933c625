import Foundation
import NormsSource

/// The command line's one way to write: results to standard output, diagnostics to standard error.
enum Console {
    /// Writes text to standard output as is.
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes one line to standard error.
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Renders diagnostics to standard error, with the source line and a caret for each.
    static func report(_ diagnostics: [Diagnostic]) {
        let renderer = DiagnosticRenderer(useColor: DiagnosticRenderer.shouldUseColor(
            fileDescriptor: FileHandle.standardError.fileDescriptor, environment: ProcessInfo.processInfo.environment))
        let text = renderer.render(diagnostics) { path in try? SourceFile.read(path: path) }
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Renders any error the user caused; errors without positions get one plain sentence.
    static func report(_ error: any Error) {
        if let error = error as? any DiagnosticError {
            report(error.diagnostics)
        } else {
            self.error("error: \(error)")
        }
    }
}
