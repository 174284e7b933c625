import Foundation
import NormsSource

extension NormsProcess {
    /// Runs `norms` with standard input read from the file at `stdinPath` (such as `/dev/zero`),
    /// so the input can be raw bytes of any size and `norms` may stop reading it early.
    static func run(_ arguments: [String], stdinPath: String) throws -> Result {
        try result(of: ChildProcess.run(
            executable, arguments: arguments, in: packageRoot,
            environment: ProcessInfo.processInfo.environment.merging(["NO_COLOR": "1"]) { $1 }, input: .file(stdinPath)
        ))
    }

    /// Runs `norms` with `input` as its standard input, byte for byte.
    static func run(_ arguments: [String], bytes input: [UInt8]) throws -> Result {
        try result(of: ChildProcess.run(
            executable, arguments: arguments, in: packageRoot,
            environment: ProcessInfo.processInfo.environment.merging(["NO_COLOR": "1"]) { $1 }, input: .bytes(Data(input))
        ))
    }
}
