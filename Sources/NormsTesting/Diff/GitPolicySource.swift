import Foundation
import NormsPolicy
import NormsSource
import NormsYAML

/// Reads a policy, the bases it extends and the calendars it names, as they were at a git revision.
///
/// Each file is read with `git show REV:./NAME`, run in the file's own folder, so `PATH` is
/// relative to the current folder as for any other path. The loader reads the policy and every
/// base it reaches through `extends` from git (``PolicyFileReader``), with the paths and the
/// policy root of the working tree, so nothing is written to disk. Diagnostics name the files as
/// `git:REV:PATH`. A base missing at that revision is reported by the loader as a missing base.
struct GitPolicySource: PolicyFileReader {
    let revision: String

    func load(path: String, loader: PolicyLoader) throws -> Policy {
        let top = absolute(path)
        let bytes: [UInt8]
        do {
            bytes = try show(top)
        } catch {
            throw DiagnosticsError([Diagnostic(code: TestDiagnosticCode.gitFailed.rawValue,
                                               message: "cannot read \(quotedPath: path) at git revision \(quoted: revision): \(error.reason)",
                                               span: nil, help: "write OLD as git:REV:PATH, with PATH relative to the current folder")])
        }
        var loader = loader
        loader.files = self
        do {
            return try loader.load(source: SourceFile(path: top, bytes: bytes))
        } catch {
            // The files exist only at the revision: the error carries the ones its positions
            // name, so that their lines can still be shown.
            let files = Set(error.diagnostics.flatMap { [$0.span] + $0.notes.map(\.span) }.compactMap { $0?.file })
            let sources = files.sorted().compactMap { file in (try? show(file)).map { SourceFile(path: label(file), bytes: $0) } }
            throw DiagnosticsError(error.diagnostics.map(relabel), sources: sources)
        }
    }

    /// A base at the revision; one git cannot show is missing.
    func read(path: String, maxBytes: Int) throws -> SourceFile {
        let bytes: [UInt8]
        do {
            bytes = try show(path)
        } catch {
            throw SourceFileError(path: path, reason: .missing)
        }
        guard bytes.count <= maxBytes else { throw SourceFileError(path: path, reason: .tooLarge(bytes: bytes.count, limit: maxBytes)) }
        return SourceFile(path: path, bytes: bytes)
    }

    // MARK: - Git

    struct GitError: Error {
        let reason: String
    }

    /// The file's bytes at the revision. Git runs in the nearest folder of the file that exists in
    /// the working tree (a folder deleted since the revision is fine), with the path relative to it.
    private func show(_ file: String) throws(GitError) -> [UInt8] {
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

    private func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? FilePaths.normalize(path)
            : FilePaths.normalize(FileManager.default.currentDirectoryPath + "/" + path)
    }

    /// `git:REV:PATH`, with the path relative to the current folder when it lies below it.
    private func label(_ file: String) -> String {
        let current = FilePaths.normalize(FileManager.default.currentDirectoryPath) + "/"
        return "git:\(revision):" + (file.hasPrefix(current) ? String(file.dropFirst(current.count)) : file)
    }

    /// The diagnostic with the files its positions name, all read from git, labelled `git:REV:PATH`.
    private func relabel(_ diagnostic: Diagnostic) -> Diagnostic {
        var copy = diagnostic
        func fix(_ span: SourceSpan?) -> SourceSpan? {
            guard var span, span.file.hasPrefix("/") else { return span }
            span.file = label(span.file)
            return span
        }
        copy.span = fix(diagnostic.span)
        copy.notes = diagnostic.notes.map { Diagnostic.Note($0.message, at: fix($0.span)) }
        return copy
    }
}
