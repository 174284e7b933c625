import NormsSource

extension PolicyRoot {
    /// What a walk of a folder found inside the policy root.
    package struct Walk: Sendable {
        /// The files found, sorted by path.
        package var files: [String] = []
        /// The folders that could not be listed, sorted by path.
        package var unreadableFolders: [String] = []
        /// A `policy.file-outside-root` problem for each symbolic link that leads outside the
        /// root (the folder walked, or a file or folder found in it), none of which was read.
        package var refused: [Diagnostic] = []
    }

    /// Every file below `folder` whose name satisfies `accept`, as ``FilePaths/walk`` finds them,
    /// with the rule that a file named on the command line obeys (``namedFileProblem(_:root:)``):
    /// a symbolic link that leads outside the policy root is neither read nor entered, and is
    /// reported once. A link whose target stays inside the root is followed as usual.
    /// - Parameters:
    ///   - folder: the folder named on the command line, checked as a named file is: through a
    ///     link of its own it may not lead outside the project of the folder it is written in (a
    ///     folder that is a link marks no root, whatever its target holds).
    ///   - root: the policy root given (`--root`); `nil` finds it for each link from the folder
    ///     the link is in, falling back to `folder` when no marker folder lies above it.
    package static func walk(_ folder: String, where accept: (String) -> Bool, filter: PathFilter = .everything,
                             root: PolicyRoot?) -> Walk {
        let named = FilePaths.normalize(folder)
        let own = discover(forPolicyAt: named + "/", fallback: named)
        if own.path != FilePaths.identity(named), let problem = namedFileProblem(named, root: own) {
            return Walk(refused: [problem])
        }
        let walk = FilePaths.walk(folder, where: accept, filter: filter, refusing: { link in
            namedFileProblem(link, root: root ?? discover(forPolicyAt: link, fallback: named))
        })
        return Walk(files: walk.files, unreadableFolders: walk.unreadableFolders, refused: walk.refused)
    }
}
