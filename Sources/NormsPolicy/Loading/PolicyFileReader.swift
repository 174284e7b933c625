import NormsSource

/// Reads the files a policy is loaded from: the policy file itself and every base it extends.
///
/// The loader decides which paths may be read (only inside the ``PolicyRoot``) and reports what
/// cannot be; a reader only fetches bytes. Plug in another one to load policies from somewhere
/// other than the file system — a git revision, an archive, memory — without temporary files.
public protocol PolicyFileReader: Sendable {
    /// The contents of the file at `path`, an absolute or current-folder-relative path as the
    /// loader resolved it.
    /// - Parameter maxBytes: the most bytes to read; a larger file is an error.
    /// - Throws: a ``SourceFileError`` saying why the file cannot be read (missing, a folder,
    ///   unreadable, too large); any other error counts as unreadable.
    func read(path: String, maxBytes: Int) throws -> SourceFile
}

/// Reads policy files from the file system, bounded in size.
public struct FileSystemPolicyReader: PolicyFileReader {
    public init() {}

    public func read(path: String, maxBytes: Int) throws -> SourceFile {
        try SourceFile.read(path: path, maxBytes: maxBytes)
    }
}
