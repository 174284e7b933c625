import Foundation
import NormsSource
import Testing

@Suite("Running a child process")
struct ChildProcessTests {
    private let shell = URL(fileURLWithPath: "/bin/sh")

    @Test(.timeLimit(.minutes(5)))
    func aChildThatFillsBothPipesWhileReadingItsInputFinishes() throws {
        // 1 MiB on standard error first, far more than a pipe holds, then its input echoed back.
        let input = Data(repeating: UInt8(ascii: "x"), count: 1 << 20)
        let output = try ChildProcess.run(
            shell, arguments: ["-c", "head -c 1048576 /dev/zero >&2; cat; exit 3"], input: .bytes(input)
        )
        #expect(output.status == 3)
        #expect(output.standardError.count == 1 << 20)
        #expect(output.standardOutput == input)
    }

    @Test(.timeLimit(.minutes(5)))
    func aChildThatStopsReadingEarlyLeavesTheRestOfItsInput() throws {
        let input = Data(repeating: UInt8(ascii: "y"), count: 4 << 20)
        let output = try ChildProcess.run(shell, arguments: ["-c", "head -c 5"], input: .bytes(input))
        #expect(output.status == 0)
        #expect(String(decoding: output.standardOutput, as: UTF8.self) == "yyyyy")
    }

    @Test func theFolderAndTheEnvironmentAreTheOnesGiven() throws {
        let folder = FileManager.default.temporaryDirectory.resolvingSymlinksInPath()
        let output = try ChildProcess.run(
            shell, arguments: ["-c", "pwd; printf '%s' \"$GREETING\""], in: folder, environment: ["GREETING": "hello"]
        )
        #expect(String(decoding: output.standardOutput, as: UTF8.self) == folder.path + "\nhello")
    }
}
