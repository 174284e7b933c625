import NormsPolicy
import NormsSource

extension Policy {
    /// Loads a policy file and the bases it extends.
    /// - Parameters:
    ///   - path: the policy file; `extends` paths are relative to its folder.
    ///   - root: the folder `extends` may name files in; when `nil`, the nearest folder above the
    ///     policy holding `.git` or `.norms.yaml`, else the policy's own folder.
    ///   - files: where the bytes of the policy and its bases come from; the file system unless told.
    /// - Throws: `PolicyLoadError` with every problem, each with its position and a way to fix it.
    public init(path: String, root: String? = nil, files: any PolicyFileReader = FileSystemPolicyReader()) throws(PolicyLoadError) {
        self = try PolicyLoader(root: root.map(PolicyRoot.init), files: files).load(path: path)
    }

    /// Loads a policy written as YAML text.
    /// - Parameters:
    ///   - yaml: the policy.
    ///   - path: the name diagnostics give the text; `extends` paths are relative to its folder.
    ///   - root: as for ``init(path:root:files:)``.
    ///   - files: where the bytes of the bases come from; the file system unless told.
    /// - Throws: `PolicyLoadError` as ``init(path:root:files:)`` does.
    public init(yaml: String, path: String = "policy.yaml", root: String? = nil,
                files: any PolicyFileReader = FileSystemPolicyReader()) throws(PolicyLoadError) {
        try self.init(bytes: Array(yaml.utf8), path: path, root: root, files: files)
    }

    /// Loads a policy from the bytes of a YAML file (UTF-8, or UTF-16/32 with a byte order mark).
    /// - Throws: `PolicyLoadError` as ``init(path:root:files:)`` does.
    public init(bytes: [UInt8], path: String = "policy.yaml", root: String? = nil,
                files: any PolicyFileReader = FileSystemPolicyReader()) throws(PolicyLoadError) {
        self = try PolicyLoader(root: root.map(PolicyRoot.init), files: files).load(source: SourceFile(path: path, bytes: bytes))
    }
}
