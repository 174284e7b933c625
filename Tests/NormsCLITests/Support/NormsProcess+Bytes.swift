import Foundation

extension NormsProcess {
    /// Runs `norms` with standard input read from the file at `stdinPath` (such as `/dev/zero`),
    /// so the input can be raw bytes of any size and `norms` may stop reading it early.
    static func run(_ arguments: [String], stdinPath: String) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = packageRoot
        process.environment = ProcessInfo.processInfo.environment.merging(["NO_COLOR": "1"]) { $1 }
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: stdinPath))
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Standard error is short; read it on another thread so neither pipe can fill up and block.
        let errors = ErrorCollector(stderr.fileHandleForReading)
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                      stderr: String(decoding: errors.wait(), as: UTF8.self))
    }

    /// Runs `norms` with `input` as its standard input, byte for byte.
    static func run(_ arguments: [String], bytes input: [UInt8]) throws -> Result {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("norms-input-\(UUID().uuidString)").path
        try Data(input).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try run(arguments, stdinPath: path)
    }

    /// Reads a pipe to its end on a thread of its own.
    private final class ErrorCollector: @unchecked Sendable {
        private var data = Data()
        private let done = DispatchSemaphore(value: 0)

        init(_ handle: FileHandle) {
            Thread { [self] in
                data = handle.readDataToEndOfFile()
                done.signal()
            }.start()
        }

        func wait() -> Data {
            done.wait()
            return data
        }
    }
}
