import Foundation
import NormsSource
import Testing

/// Searching folders, and naming what stands in the way of reading a file.
@Suite struct FilePathsTests {
    /// A fresh folder under the temporary directory, removed at the end of the test.
    private final class Folder {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("norms-paths-\(UUID().uuidString)").path

        init(files: [String]) throws {
            for file in files {
                let full = path + "/" + file
                try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try Data("norms: 1\n".utf8).write(to: URL(fileURLWithPath: full))
            }
        }

        deinit { try? FileManager.default.removeItem(atPath: path) }
    }

    private struct Unreadable: Error {}

    @Test func aWalkReportsTheFoldersItCannotRead() throws {
        let folder = try Folder(files: ["a.yaml", "locked/b.yaml", "open/c.yaml", ".hidden/d.yaml"])
        // The listing fails for `locked`, as it does for a folder without read permission.
        let walk = FilePaths.walk(folder.path, where: FilePaths.isYAML) { path in
            if path.hasSuffix("/locked") { throw Unreadable() }
            return try FileManager.default.contentsOfDirectory(atPath: path)
        }
        #expect(walk.files == [folder.path + "/a.yaml", folder.path + "/open/c.yaml"])
        #expect(walk.unreadableFolders == [folder.path + "/locked"])
        // The older entry point keeps its answer: the files only.
        #expect(FilePaths.files(under: folder.path, where: FilePaths.isYAML).count == 3)
    }

    @Test func aWalkOfAFolderThatCannotBeListedReportsTheFolderItself() {
        let walk = FilePaths.walk("/no/such/folder", where: FilePaths.isYAML)
        #expect(walk.files.isEmpty)
        #expect(walk.unreadableFolders == ["/no/such/folder"])
    }

    @Test func aSymbolicLinkLoopIsToldApartFromAMissingFile() throws {
        let folder = try Folder(files: ["policy.yaml"])
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: folder.path + "/a.yaml", withDestinationPath: "b.yaml")
        try manager.createSymbolicLink(atPath: folder.path + "/b.yaml", withDestinationPath: "a.yaml")
        try manager.createSymbolicLink(atPath: folder.path + "/self.yaml", withDestinationPath: "self.yaml")
        try manager.createSymbolicLink(atPath: folder.path + "/dangling.yaml", withDestinationPath: "gone.yaml")
        try manager.createSymbolicLink(atPath: folder.path + "/good.yaml", withDestinationPath: "policy.yaml")
        #expect(FilePaths.isSymbolicLinkLoop(folder.path + "/a.yaml"))
        #expect(FilePaths.isSymbolicLinkLoop(folder.path + "/self.yaml"))
        #expect(!FilePaths.isSymbolicLinkLoop(folder.path + "/dangling.yaml"))
        #expect(!FilePaths.isSymbolicLinkLoop(folder.path + "/good.yaml"))
        #expect(!FilePaths.isSymbolicLinkLoop(folder.path + "/nothing.yaml"))

        let loop = folder.path + "/a.yaml"
        #expect(throws: SourceFileError(path: loop, reason: .symbolicLinkLoop)) { try SourceFile.read(path: loop) }
        let diagnostic = SourceFileError(path: "a.yaml", reason: .symbolicLinkLoop).diagnostics[0]
        #expect(diagnostic.code == "io.symlink-loop")
        #expect(diagnostic.message == "'a.yaml' is a symbolic link loop: its links lead back to themselves, never to a file")
        #expect(diagnostic.help == "point the link at the file it stands for, or remove it")
        let dangling = folder.path + "/dangling.yaml"
        #expect(throws: SourceFileError(path: dangling, reason: .missing)) { try SourceFile.read(path: dangling) }
    }
}
