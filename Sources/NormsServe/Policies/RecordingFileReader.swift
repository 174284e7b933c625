import NIOConcurrencyHelpers
import NormsPolicy
import NormsSource

/// Reads a policy's files from the file system and notes every path a load reads or tries to
/// read: the bases it `extends` and its calendars, which `--watch` then watches with the policy.
/// It keeps the bytes of the files it read too, which the version's content hash covers.
final class RecordingFileReader: PolicyFileReader {
    private struct Record {
        var paths: [String] = []
        var contents: [[UInt8]] = []
    }

    private let reader = FileSystemPolicyReader()
    private let record = NIOLockedValueBox(Record())

    /// The paths read or tried, in the order first asked for.
    var paths: [String] { record.withLockedValue { $0.paths } }

    /// The bytes of every file read, in the order first read.
    var contents: [[UInt8]] { record.withLockedValue { $0.contents } }

    func read(path: String, maxBytes: Int) throws -> SourceFile {
        let isFirst = record.withLockedValue { record in
            guard !record.paths.contains(path) else { return false }
            record.paths.append(path)
            return true
        }
        let file = try reader.read(path: path, maxBytes: maxBytes)
        if isFirst { record.withLockedValue { $0.contents.append(file.bytes) } }
        return file
    }
}
