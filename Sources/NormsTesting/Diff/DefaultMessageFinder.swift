import NormsPolicy
import NormsSource
import NormsYAML

/// Finds the messages `norms diff` uses when `--messages` is not given: the test files
/// (`*.test.yaml`) under the current folder, recursively, whose `policy:` names either version's
/// file in the working tree (for `git:REV:PATH`, the file at `PATH`). A symbolic link that leads
/// outside the policy root is not read, so it is not among them: it is returned as a problem,
/// which the caller shows as a warning, since it may test another policy.
public enum DefaultMessageFinder {
    /// The test files under `folder` that test one of `policies`, and a `policy.file-outside-root`
    /// problem for each link the search did not follow.
    /// - Parameter root: the policy root given (`--root`); `nil` finds it for each link.
    public static func testFiles(under folder: String = ".", testing policies: [String],
                                 root: PolicyRoot? = nil) -> (files: [String], refused: [Diagnostic]) {
        let targets = Set(policies.map(FilePaths.identity))
        let walk = PolicyRoot.walk(folder, where: TestDiscovery.isTestFile, root: root)
        let files = walk.files.filter { file in
            guard let source = try? SourceFile.read(path: file),
                  let document = try? YAMLLoader().loadDocument(source),
                  let policy = document["policy"]?.scalar?.string
            else { return false }
            return targets.contains(FilePaths.identity(FilePaths.resolve(policy, from: file)))
        }
        return (files, walk.refused)
    }
}
