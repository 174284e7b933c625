import ArgumentParser
import Foundation
import NormsPolicy
import NormsSource
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where `-o FILE` writes a report (`audit`, `doc`).
///
/// A file is written whole to a temporary file beside the path, then renamed over it, so nobody
/// reads half a report. A symbolic link at the path is refused unless it leads to a stream
/// (`/dev/stdout`): in CI the path may lie in a checkout whose links anyone who opens a pull
/// request chooses, and writing through one would overwrite its target. For the same reason a
/// folder on the way that a link takes outside the project the path is written in (the nearest
/// folder above it holding `.git` or `.norms.yaml`, as for a policy) is refused. A device or a
/// pipe (`/dev/null`) is written as it is.
enum ReportFile {
    /// Writes `text` to `path`, or reports why not and exits 2.
    static func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = FilePaths.folder(of: path)
        let project = PolicyRoot.discover(forPolicyAt: path)
        if FilePaths.identity(folder) != project.path && !project.contains(folder) {
            Console.error("error: cannot write \(quoted: path): its folder leads outside the project \(quotedPath: project.path) "
                + "through a symbolic link; write the report inside the project, or name the folder by its own path")
            throw ExitStatus.invalidInput
        }
        do {
            switch fileType(path, followingLinks: false) {
            case nil, S_IFREG?:
                try Data(text.utf8).write(to: url, options: .atomic)
            case S_IFLNK?:
                guard let target = fileType(path, followingLinks: true), [S_IFCHR, S_IFIFO, S_IFSOCK].contains(target) else {
                    Console.error("error: cannot write \(quoted: path): it is a symbolic link, and a report is never written through "
                        + "a link to a file; remove the link or choose another path")
                    throw ExitStatus.invalidInput
                }
                try Data(text.utf8).write(to: url)
            default:
                try Data(text.utf8).write(to: url)
            }
        } catch let status as ExitCode {
            throw status
        } catch {
            Console.error("error: cannot write \(quoted: path): \(error.localizedDescription)")
            throw ExitStatus.invalidInput
        }
    }

    /// The type bits of what is at `path` (`S_IFREG`, `S_IFLNK`, ...), or `nil` when nothing is.
    private static func fileType(_ path: String, followingLinks: Bool) -> mode_t? {
        var info = stat()
        let result = followingLinks ? stat(path, &info) : lstat(path, &info)
        return result == 0 ? info.st_mode & S_IFMT : nil
    }
}
