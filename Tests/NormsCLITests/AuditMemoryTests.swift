import Foundation
import Testing

/// `norms audit` holds nothing of a line once it is counted: twelve times the log, the same memory.
@Suite("norms audit in constant memory")
struct AuditMemoryTests {
    /// The peak resident memory of `norms audit` over a log of `copies` copies of the example log,
    /// in KiB, as the kernel counts it for a finished child (python3's `resource`, which CI has).
    private func peakMemory(copies: Int, in folder: URL) throws -> Int {
        let example = try String(contentsOf: NormsProcess.packageRoot.appendingPathComponent("examples/logs/four-weeks.jsonl"), encoding: .utf8)
        let log = folder.appendingPathComponent("log-\(copies).jsonl")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        for _ in 0..<copies { handle.write(Data(example.utf8)) }
        try handle.close()
        let script = """
            import resource, subprocess, sys
            done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, timeout=600)
            print(done.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, NormsProcess.executable.path, "audit", "--policy",
                             NormsProcess.packageRoot.appendingPathComponent("policies/support-and-engineering.yaml").path,
                             log.path, "--format", "json"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let fields = text.split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
        try #require(fields.count == 2 && fields[0] == 0, "norms audit failed: \(text)")
        #if os(macOS)
        return fields[1] / 1024  // bytes there
        #else
        return fields[1]
        #endif
    }

    @Test(.timeLimit(.minutes(10)))
    func twelveTimesTheLogTakesNoMoreMemory() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("audit-memory-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let small = try peakMemory(copies: 1, in: folder)        // 3,407 lines
        let large = try peakMemory(copies: 12, in: folder)       // 40,884 lines, 10 MB
        // Holding even 200 bytes a line would add 7.5 MiB; allow 4 MiB of noise.
        #expect(large - small < 4 * 1024, "peak memory grew from \(small) KiB to \(large) KiB")
    }
}
