import ArgumentParser
import NormsPolicy
import NormsSource

/// `--root`: the folder that `extends` and test files' `policy:` may name files in.
struct RootOption: ParsableArguments {
    @Option(help: ArgumentHelp(
        "The policy root: 'extends' and test files' 'policy:' may name only files below it "
            + "(default: the nearest folder above the policy holding .git or .norms.yaml, else the folder given).",
        valueName: "FOLDER"), completion: .directory)
    var root: String?

    func validate() throws {
        if let root, !FilePaths.isFolder(root) {
            throw ValidationError("--root names \(quotedPath: root), which is not a folder")
        }
    }

    /// No `--root`, as the argument parser leaves the group when the command line gives none (a
    /// property wrapper that is not given a value holds none): where ``PlainCommandLine`` starts.
    static var unset: Self {
        var option = Self()
        option.root = nil
        return option
    }

    /// The root given, or `nil` to find one for each policy.
    var policyRoot: PolicyRoot? { root.map(PolicyRoot.init) }
}
