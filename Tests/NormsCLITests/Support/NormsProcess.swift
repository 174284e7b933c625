import Foundation

/// Runs the built `norms` executable and captures what it prints.
struct NormsProcess {
    /// What one run printed and how it exited.
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `norms` binary next to the running test bundle, in the same build folder.
    static var executable: URL {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        // Test runners on macOS live inside a bundle: .../debug/X.xctest/Contents/MacOS/X.
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("norms").path), folder.pathComponents.count > 1 {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("norms")
    }

    /// The package's root folder, for paths such as `policies/`.
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    /// Runs `norms` with arguments in a folder (the package root unless named), feeding `input` on
    /// standard input.
    static func run(
        _ arguments: [String], in folder: URL = packageRoot, input: String = "", environment: [String: String] = ["NO_COLOR": "1"]
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        // Read both pipes to the end before waiting, so a large output cannot block the child.
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                      stderr: String(decoding: err, as: UTF8.self))
    }

    /// The path of a fixture of this test target, relative to the package root.
    static func fixture(_ name: String) -> String { "Tests/NormsCLITests/Fixtures/\(name)" }
}
