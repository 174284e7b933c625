import NIOConcurrencyHelpers
import NormsPolicy
import NormsSource

/// Reads a policy's files from the file system and notes every path a load reads or tries to
/// read: the bases it `extends` and its calendars, which `--watch` then watches with the policy.
final class RecordingFileReader: PolicyFileReader {
    private let reader = FileSystemPolicyReader()
    private let read = NIOLockedValueBox<[String]>([])

    /// The paths read or tried, in the order first asked for.
    var paths: [String] { read.withLockedValue { $0 } }

    func read(path: String, maxBytes: Int) throws -> SourceFile {
        read.withLockedValue { if !$0.contains(path) { $0.append(path) } }
        return try reader.read(path: path, maxBytes: maxBytes)
    }
}
