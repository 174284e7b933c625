#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif
import Foundation
import NormsEngine
import NormsSource
import NormsYAML

/// `norms check --batch`: one JSON message per input line, one decision per output line.
///
/// Lines are read and answered one at a time, so memory stays constant however long the input.
/// A line that cannot be evaluated gives `{"line": N, "error": "..."}` and the run goes on.
struct BatchChecker {
    let evaluator: Evaluator
    let explain: Bool

    /// Runs over a JSON-lines file, or standard input for `-`.
    /// - Returns: whether every message was allowed.
    /// - Throws: ``ExitStatus/invalidInput`` when the file cannot be opened or any line was bad.
    func run(path: String) throws -> Bool {
        guard let file = path == "-" ? fdopen(0, "r") : fopen(path, "r") else {
            Console.report(SourceFileError(path: path, reason: FileManager.default.fileExists(atPath: path) ? .unreadable : .missing))
            throw ExitStatus.invalidInput
        }
        defer { fclose(file) }
        var buffer: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(buffer) }
        var lineNumber = 0
        var allAllowed = true
        var anyError = false
        while getline(&buffer, &capacity, file) > 0, let buffer {
            lineNumber += 1
            let line = String(cString: buffer)
            guard line.contains(where: { !$0.isWhitespace }) else { continue }
            switch evaluate(line, label: path == "-" ? MessageInput.standardInputLabel : path) {
            case .success(let decision):
                allAllowed = allAllowed && decision.allowed
                print(decision.json.compact)
            case .failure(let error):
                anyError = true
                // The sentence and its fix, as `unknown recipient 'alicee' — did you mean 'alice'?`.
                let text = error.diagnostics.map { $0.message + ($0.help.map { " — \($0)" } ?? "") }.joined(separator: "; ")
                print(JSONValue.object([("line", .int(lineNumber)), ("error", .string(text))]).compact)
            }
        }
        if anyError { throw ExitStatus.invalidInput }
        return allAllowed
    }

    private func evaluate(_ line: String, label: String) -> Result<Decision, DiagnosticsError> {
        do {
            guard let node = try YAMLLoader().loadDocument(SourceFile(path: label, text: line)) else {
                return .failure(DiagnosticsError([Diagnostic(code: "message.empty", message: "the line holds no message", span: nil)]))
            }
            return .success(try evaluator.evaluate(try MessageLoader().message(from: node), trace: explain))
        } catch let error as any DiagnosticError {
            return .failure(DiagnosticsError(error.diagnostics))
        } catch {
            return .failure(DiagnosticsError([Diagnostic(code: "message.invalid", message: "\(error)", span: nil)]))
        }
    }
}
