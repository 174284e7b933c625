import Foundation
import NormsPolicy
import NormsSource

/// The policy files named on the command line: a file is served as itself, a folder as one policy
/// per YAML file directly inside it (test suites, hidden files and YAML files that are not policies
/// left out). Each policy is named by its file name without the extension.
package struct PolicySources: Sendable {
    /// The files and folders, as given.
    package let paths: [String]

    package init(paths: [String]) {
        self.paths = paths
    }

    /// One policy file and the name it is served under.
    package struct Entry: Sendable, Equatable {
        package var name: String
        package var path: String
    }

    /// Every policy file, in the order given (a folder's files sorted by name).
    /// - Parameter known: paths already served; they stay policies even when an edit breaks them so
    ///   badly that they no longer look like one, so that a broken edit never drops a policy.
    /// - Throws: ``ServeError`` when a path does not exist, or two files would serve under one name.
    package func entries(keeping known: Set<String> = []) throws(ServeError) -> [Entry] {
        var entries: [Entry] = []
        var pathsByName: [String: String] = [:]
        for path in paths {
            guard FilePaths.exists(path) else {
                throw ServeError("no file or folder at \(quotedPath: path)",
                                 help: "name a policy file or a folder of policy files")
            }
            for file in FilePaths.isFolder(path) ? policyFiles(in: path, keeping: known) : [path] {
                let name = Self.name(of: file)
                if let other = pathsByName[name], other != file {
                    throw ServeError("\(quotedPath: other) and \(quotedPath: file) would both be served as \(quoted: name)",
                                     help: "rename one of the files: a policy is named by its file name without the extension")
                }
                guard pathsByName[name] == nil else { continue }
                pathsByName[name] = file
                entries.append(Entry(name: name, path: file))
            }
        }
        return entries
    }

    /// The name a file is served under: `policies/team.yaml` is `team`.
    package static func name(of path: String) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        for suffix in [".yaml", ".yml"] where file.hasSuffix(suffix) && file.count > suffix.count {
            return String(file.dropLast(suffix.count))
        }
        return file
    }

    private func policyFiles(in folder: String, keeping known: Set<String>) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.sorted().compactMap { name -> String? in
            guard !name.hasPrefix("."), FilePaths.isYAML(name), !FilePaths.isTestSuite(name) else { return nil }
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            guard !FilePaths.isFolder(path) else { return nil }
            if known.contains(path) { return path }
            guard let source = try? SourceFile.read(path: path) else { return path }
            return PolicyFileEvidence(source).isPolicy ? path : nil
        }
    }
}
