import NormsPolicy
import NormsSource
import NormsYAML

/// Finds the messages `norms diff` uses when `--messages` is not given: the test files
/// (`*.test.yaml`) under the current folder, recursively, whose `policy:` names either version's
/// file in the working tree (for `git:REV:PATH`, the file at `PATH`). A symbolic link that leads
/// outside the policy root is not read, so it is not among them.
public enum DefaultMessageFinder {
    /// The test files under `folder` that test one of `policies`.
    public static func testFiles(under folder: String = ".", testing policies: [String]) -> [String] {
        let targets = Set(policies.map(FilePaths.identity))
        return PolicyRoot.walk(folder, where: TestDiscovery.isTestFile, root: nil).files.filter { file in
            guard let source = try? SourceFile.read(path: file),
                  let root = try? YAMLLoader().loadDocument(source),
                  let policy = root["policy"]?.scalar?.string
            else { return false }
            return targets.contains(FilePaths.identity(FilePaths.resolve(policy, from: file)))
        }
    }
}
