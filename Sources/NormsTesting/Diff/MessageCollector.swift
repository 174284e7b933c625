import Foundation
import NormsEngine
import NormsPolicy
import NormsSource
import NormsYAML

/// Gathers the messages `norms diff` evaluates.
///
/// - A test file (`*.test.yaml`) gives the `message` of every case (the rest of the file is not
///   checked here; `norms test` does that).
/// - A JSON-lines file (`*.jsonl`) gives one message per non-blank line.
/// - Any other file named explicitly is one message, in YAML or JSON.
/// - A folder is searched recursively for all three; there, a `.yaml`, `.yml` or `.json` file that
///   is not a test file counts as a message only when its top level is a mapping with `channel` or
///   `sent_at`, so policies and expected decisions kept beside messages are skipped.
///
/// A file named through a symbolic link that leads outside its own project, and a link in a folder
/// that leads outside the policy root, is neither read nor entered, and is a problem (see
/// ``PolicyRoot/namedFileProblem(_:root:)`` and ``PolicyRoot/walk(_:where:filter:root:)``).
///
/// A message that cannot be read is a problem (the run exits with status 2); the others are still used.
public struct MessageCollector: Sendable {
    /// The policy root that symbolic links found in a folder must stay inside (`--root`); `nil`
    /// finds it for each link, falling back to the folder named.
    public var root: PolicyRoot?

    public init(root: PolicyRoot? = nil) {
        self.root = root
    }

    /// The messages under `paths`, in path order, each file's in file order.
    public func collect(_ paths: [String]) -> (messages: [SourcedMessage], problems: [Diagnostic]) {
        var messages: [SourcedMessage] = []
        var problems: [Diagnostic] = []
        var seen: Set<String> = []
        for path in paths {
            let files: [(path: String, explicit: Bool)]
            if FilePaths.isFolder(path) {
                let walk = PolicyRoot.walk(path, where: Self.isCandidate, root: root)
                problems += walk.refused
                files = walk.files.map { ($0, false) }
            } else if let problem = PolicyRoot.namedInputProblem(path) {
                problems.append(problem)
                continue
            } else if FilePaths.exists(path) {
                files = [(path, true)]
            } else {
                problems.append(.test(.missingPath, "no such file or folder \(quotedPath: path)", at: nil,
                                      help: "name message files (YAML, JSON, JSON lines), test files or folders"))
                continue
            }
            for file in files where seen.insert(FilePaths.identity(file.path)).inserted {
                let (found, fileProblems) = read(file.path, explicit: file.explicit)
                messages += found
                problems += fileProblems
            }
        }
        return (messages, problems)
    }

    static func isCandidate(_ name: String) -> Bool {
        [".yaml", ".yml", ".json", ".jsonl"].contains { name.hasSuffix($0) }
    }

    // MARK: - One file

    private func read(_ path: String, explicit: Bool) -> ([SourcedMessage], [Diagnostic]) {
        let source: SourceFile
        do {
            source = try SourceFile.read(path: path)
        } catch let error as any DiagnosticError {
            return ([], error.diagnostics)
        } catch {
            return ([], [Diagnostic(IODiagnosticCode.unreadable, message: "cannot read \(quotedPath: path)", span: nil)])
        }
        if path.hasSuffix(".jsonl") { return readLines(source) }
        let root: YAMLNode?
        do {
            root = try YAMLLoader().loadDocument(source)
        } catch {
            return ([], error.diagnostics)
        }
        guard let root else {
            return ([], explicit ? [Diagnostic(MessageDiagnosticCode.empty, message: "\(quotedPath: path) holds no message", span: nil)] : [])
        }
        if TestDiscovery.isTestFile(path) { return readCases(root) }
        guard explicit || Self.looksLikeMessage(root) else { return ([], []) }
        return one(root)
    }

    private static func looksLikeMessage(_ root: YAMLNode) -> Bool {
        root.mapping.map { $0["channel"] != nil || $0["sent_at"] != nil } ?? false
    }

    private func one(_ node: YAMLNode) -> ([SourcedMessage], [Diagnostic]) {
        do {
            let message = try MessageLoader().message(from: node)
            return ([SourcedMessage(source: "\(node.span.file):\(node.span.start.line)", message: message)], [])
        } catch {
            return ([], error.diagnostics)
        }
    }

    private func readCases(_ root: YAMLNode) -> ([SourcedMessage], [Diagnostic]) {
        var messages: [SourcedMessage] = []
        var problems: [Diagnostic] = []
        for item in root["cases"]?.sequence ?? [] {
            guard let node = item["message"] else { continue }
            let (found, itemProblems) = one(node)
            messages += found
            problems += itemProblems
        }
        return (messages, problems)
    }

    /// One message per non-blank line, each parsed on its own with its real line number: as JSON,
    /// in place, as `norms check --batch` reads it; a line that is not JSON (a YAML flow mapping
    /// such as `{channel: chat, ...}`) is read as YAML, placed on its line.
    private func readLines(_ source: SourceFile) -> ([SourcedMessage], [Diagnostic]) {
        var messages: [SourcedMessage] = []
        var problems: [Diagnostic] = []
        for number in 1...max(1, source.lineCount) {
            guard let line = source.line(number), line.contains(where: { !$0.isWhitespace }) else { continue }
            var node = Self.json(line, number: number, in: source)
            if node == nil {
                do {
                    node = try YAMLLoader().loadDocument(SourceFile(path: source.path, text: String(repeating: "\n", count: number - 1) + line))
                } catch {
                    problems += error.diagnostics
                    continue
                }
            }
            guard let node else { continue }
            let (found, lineProblems) = one(node)
            messages += found.map { SourcedMessage(source: "\(source.path):\(number)", message: $0.message) }
            problems += lineProblems
        }
        return (messages, problems)
    }

    /// The line's node when it is JSON, read in place with the line's real position; `nil` when
    /// it is not JSON. Linear in the line, whatever its number.
    private static func json(_ line: String, number: Int, in source: SourceFile) -> YAMLNode? {
        let start = source.position(line: number, column: 1)
        return Array(line.utf8).withUnsafeBufferPointer { bytes in
            try? JSONReader().read(bytes, file: source.path, start: start)
        }
    }
}
