import Foundation

/// Runs another program and collects what it prints.
///
/// Standard output and standard error are read at once, one on a thread of its own: a child that
/// fills one pipe while the parent waits on the other would otherwise block both for ever. Input
/// bytes reach the child through a temporary file, never a pipe, so a child that stops reading
/// early can neither block the parent nor end it with `SIGPIPE`.
package enum ChildProcess {
    /// How a run ended and what it printed.
    package struct Output: Sendable {
        package var status: Int32
        package var standardOutput: Data
        package var standardError: Data
    }

    /// What the child reads on standard input.
    package enum Input: Sendable {
        /// Nothing: the null device.
        case none
        /// These bytes, then the end of input (the child may stop reading at any point).
        case bytes(Data)
        /// The file at this path, read by the child itself (`/dev/zero` works).
        case file(String)
    }

    /// Runs `executable` with `arguments` in `folder` (the current folder when `nil`), with
    /// `environment` (this process's when `nil`), and waits for it to end.
    package static func run(
        _ executable: URL, arguments: [String], in folder: URL? = nil, environment: [String: String]? = nil, input: Input = .none
    ) throws -> Output {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        if let environment { process.environment = environment }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        switch input {
        case .none:
            process.standardInput = FileHandle.nullDevice
        case .bytes(let data):
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("norms-input-\(UUID().uuidString)")
            try data.write(to: file)
            defer { try? FileManager.default.removeItem(at: file) }
            process.standardInput = try FileHandle(forReadingFrom: file)
        case .file(let path):
            process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        }
        try process.run()

        let errorHandle = errors.fileHandleForReading
        let errorReader = BackgroundWork { errorHandle.readDataToEndOfFile() }
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        let errorText = errorReader.wait()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, standardOutput: printed, standardError: errorText)
    }
}

/// A piece of work on a thread of its own, whose result `wait()` returns.
private final class BackgroundWork<Result>: @unchecked Sendable {
    private var result: Result?
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () -> Result) {
        Thread { [self] in
            result = work()
            done.signal()
        }.start()
    }

    func wait() -> Result {
        done.wait()
        return result!
    }
}
