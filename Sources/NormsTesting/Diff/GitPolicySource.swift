import Foundation
import NormsPolicy
import NormsSource
import NormsYAML

/// Reads a policy, and the bases it extends, as they were at a git revision.
///
/// Each file is read with `git show REV:./NAME`, run in the file's own folder, so `PATH` is
/// relative to the current folder as for any other path. The policy and every base reached
/// through `extends` (resolved relative to the extending file, as the loader does) are written
/// to a temporary folder that mirrors their absolute paths, loaded from there, and the folder is
/// removed. Diagnostics name the files as `git:REV:PATH`. A base missing at that revision is
/// reported by the loader as a missing base.
struct GitPolicySource {
    let revision: String

    func load(path: String, loader: PolicyLoader) throws -> Policy {
        let manager = FileManager.default
        let root = manager.temporaryDirectory.appendingPathComponent("norms-git-\(UUID().uuidString)").path
        defer { try? manager.removeItem(atPath: root) }
        let top = absolute(path)
        // The policy root is found in the working tree and mirrored into the temporary folder, so
        // a base outside it is neither read from git nor loaded.
        let policyRoot = loader.root ?? PolicyRoot.discover(forPolicyAt: top)
        var loader = loader
        var labels: [String: String] = [:]
        var pending = [top]
        var visited: Set<String> = []
        while let file = pending.popLast() {
            guard visited.insert(file).inserted, file == top || policyRoot.contains(file) else { continue }
            let bytes: [UInt8]
            do {
                bytes = try show(file)
            } catch let error as GitError where file == top {
                throw DiagnosticsError([Diagnostic(code: TestDiagnosticCode.gitFailed.rawValue,
                                                   message: "cannot read \(quotedPath: path) at git revision \(quoted: revision): \(error.reason)",
                                                   span: nil, help: "write OLD as git:REV:PATH, with PATH relative to the current folder")])
            } catch {
                continue
            }
            let copy = root + file
            try manager.createDirectory(atPath: FilePaths.folder(of: copy), withIntermediateDirectories: true)
            guard manager.createFile(atPath: copy, contents: Data(bytes)) else { continue }
            labels[copy] = "git:\(revision):\(display(file))"
            pending += bases(of: SourceFile(path: file, bytes: bytes)).map { FilePaths.resolve($0, from: file) }
        }
        let mirroredRoot = root + unresolvedAncestor(of: top, resolvingTo: policyRoot.path)
        try manager.createDirectory(atPath: mirroredRoot, withIntermediateDirectories: true)
        loader.root = PolicyRoot(mirroredRoot)
        do {
            return try loader.load(path: root + top)
        } catch {
            throw PolicyLoadError(diagnostics: error.diagnostics.map { relabel($0, root: root, labels: labels) })
        }
    }

    // MARK: - Git

    struct GitError: Error {
        let reason: String
    }

    /// The file's bytes at the revision. Git runs in the nearest folder of the file that exists in
    /// the working tree (a folder deleted since the revision is fine), with the path relative to it.
    private func show(_ file: String) throws -> [UInt8] {
        guard !revision.hasPrefix("-"), !revision.isEmpty else {
            throw GitError(reason: "\(quoted: revision) is not a revision")
        }
        var folder = FilePaths.folder(of: file)
        while folder != "/", !FilePaths.isFolder(folder) { folder = FilePaths.folder(of: folder) }
        let relative = folder == "/" ? String(file.dropFirst()) : String(file.dropFirst(folder.count + 1))
        let result: ChildProcess.Output
        do {
            result = try ChildProcess.run(
                URL(fileURLWithPath: "/usr/bin/env"), arguments: ["git", "show", "\(revision):./\(relative)"],
                in: URL(fileURLWithPath: folder)
            )
        } catch {
            throw GitError(reason: "git could not be started (\(error.localizedDescription))")
        }
        guard result.status == 0 else {
            let message = String(decoding: result.standardError, as: UTF8.self)
            let line = message.split(separator: "\n").first.map(String.init) ?? "git exited with status \(result.status)"
            var reason = line.hasPrefix("fatal: ") ? String(line.dropFirst(7)) : line
            while reason.hasSuffix(".") { reason.removeLast() }
            throw GitError(reason: reason)
        }
        let data = result.standardOutput
        return [UInt8](data)
    }

    // MARK: - Paths

    /// The `extends` values written in a policy file (none when it does not parse).
    private func bases(of source: SourceFile) -> [String] {
        guard let node = try? YAMLLoader().loadDocument(source), let extends = node["extends"] else { return [] }
        if let text = extends.scalar?.string { return [text] }
        return extends.sequence?.compactMap { $0.scalar?.string } ?? []
    }

    private func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? FilePaths.normalize(path)
            : FilePaths.normalize(FileManager.default.currentDirectoryPath + "/" + path)
    }

    /// The folder above `file`, as written, that is `resolved` once links are resolved; `resolved`
    /// itself when none is (a root given outright need not lie above the policy).
    private func unresolvedAncestor(of file: String, resolvingTo resolved: String) -> String {
        var folder = FilePaths.folder(of: file)
        while FilePaths.identity(folder) != resolved {
            guard folder != "/" else { return resolved }
            folder = FilePaths.folder(of: folder)
        }
        return folder
    }

    /// The path relative to the current folder when it lies below it.
    private func display(_ file: String) -> String {
        let current = FilePaths.normalize(FileManager.default.currentDirectoryPath) + "/"
        return file.hasPrefix(current) ? String(file.dropFirst(current.count)) : file
    }

    private func relabel(_ diagnostic: Diagnostic, root: String, labels: [String: String]) -> Diagnostic {
        var copy = diagnostic
        func fix(_ span: SourceSpan?) -> SourceSpan? {
            guard var span, let label = labels[span.file] ?? labels[FilePaths.normalize(span.file)] else { return span }
            span.file = label
            return span
        }
        func fix(_ text: String) -> String {
            var text = text
            for (copyPath, label) in labels { text = text.replacingOccurrences(of: copyPath, with: label) }
            return text.replacingOccurrences(of: root, with: "git:\(revision):")
        }
        copy.span = fix(diagnostic.span)
        copy.message = fix(diagnostic.message)
        copy.help = diagnostic.help.map(fix)
        copy.notes = diagnostic.notes.map { Diagnostic.Note(fix($0.message), at: fix($0.span)) }
        return copy
    }
}
