import NormsEngine
import NormsPolicy
import NormsSource
import NormsYAML
import TeamNorms

/// What every fuzzer shares: how the input bytes become a source file, and a policy root that no
/// `extends` path can leave, so that a run never reads the file system and is the same on every
/// machine.
public enum FuzzInput {
    /// A folder that does not exist: every `extends` path is outside the root or missing.
    public static let rootFolder = "/nonexistent-teamnorms-fuzz"

    /// The loader the fuzzers use: default limits, the root above.
    public static let loader = PolicyLoader(root: PolicyRoot(rootFolder))

    /// The input as a policy file inside the root.
    public static func source(_ data: UnsafePointer<UInt8>?, _ size: Int, name: String = "policy.yaml") -> SourceFile {
        let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
        return SourceFile(path: rootFolder + "/" + name, bytes: bytes)
    }
}
