import Foundation
import NormsSource

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
        try result(of: ChildProcess.run(
            executable, arguments: arguments, in: folder,
            environment: ProcessInfo.processInfo.environment.merging(environment) { $1 }, input: .bytes(Data(input.utf8))
        ))
    }

    /// A run's output as text.
    static func result(of output: ChildProcess.Output) -> Result {
        Result(status: output.status, stdout: String(decoding: output.standardOutput, as: UTF8.self),
               stderr: String(decoding: output.standardError, as: UTF8.self))
    }

    /// The path of a fixture of this test target, relative to the package root.
    static func fixture(_ name: String) -> String { "Tests/NormsCLITests/Fixtures/\(name)" }
}
