import NormsPolicy
import NormsSource

/// Finds test files: `*.test.yaml` (and `*.test.yml`).
public enum TestDiscovery {
    /// Whether a file name names a test file.
    public static func isTestFile(_ name: String) -> Bool { FilePaths.isTestSuite(name) }

    /// The test files named by `paths`: a file is taken as is (whatever its name), a folder is
    /// searched recursively (hidden entries and `.build*` folders skipped). No path means the
    /// current folder. Files are listed once, in the order the paths name them, each folder's
    /// files sorted by path. A symbolic link in a folder that leads outside the policy root is
    /// neither read nor entered (see ``PolicyRoot/walk(_:where:filter:root:)``).
    /// - Returns: the files with the path each was found through, and a problem for every path
    ///   that does not exist and every link refused.
    /// - Parameters:
    ///   - filter: the project configuration's `include` and `exclude`.
    ///   - root: the policy root (`--root`); `nil` finds one for each link.
    public static func testFiles(in paths: [String], filter: PathFilter = .everything, root: PolicyRoot? = nil)
        -> (files: [(path: String, foundThrough: String)], problems: [Diagnostic]) {
        var files: [(path: String, foundThrough: String)] = []
        var seen: Set<String> = []
        var problems: [Diagnostic] = []
        for path in paths.isEmpty ? ["."] : paths {
            let found: [String]
            if FilePaths.isFolder(path) {
                let walk = PolicyRoot.walk(path, where: isTestFile, filter: filter, root: root)
                problems += walk.refused
                found = walk.files
            } else if FilePaths.exists(path) {
                found = filter.admitsFile(path, named: true) ? [path] : []
            } else {
                problems.append(.test(.missingPath, "no such file or folder \(quotedPath: path)", at: nil,
                                      help: "name test files (*.test.yaml) or folders that hold them"))
                continue
            }
            for file in found where seen.insert(FilePaths.identity(file)).inserted {
                files.append((file, path))
            }
        }
        return (files, problems)
    }
}
