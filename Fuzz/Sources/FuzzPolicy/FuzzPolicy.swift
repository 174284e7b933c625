import FuzzSupport
import NormsEngine
import NormsPolicy
import NormsSource
import NormsYAML
import TeamNorms

/// The policy loader on arbitrary bytes, and, when a policy loads, the evaluator on a few fixed
/// messages and on messages built from the policy's own channels and people.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPolicy(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let (policy, _) = FuzzInput.loader.loadCollecting(source: FuzzInput.source(data, size))
    guard let policy else { return 0 }
    let evaluator = Evaluator(policy: policy)
    for message in FixedMessages.messages(for: policy) {
        _ = try? evaluator.evaluate(message, trace: true)
    }
    return 0
}
