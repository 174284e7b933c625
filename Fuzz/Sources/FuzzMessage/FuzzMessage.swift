import FuzzSupport
import NormsEngine
import NormsPolicy
import NormsSource
import NormsYAML
import TeamNorms

/// One `check --batch` line: arbitrary bytes read as JSON, then as a message, then evaluated
/// against a fixed policy (with and without a trace).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMessage(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let evaluator = FixedPolicy.evaluator
    let bytes = UnsafeBufferPointer(start: data, count: data == nil ? 0 : size)
    guard let node = try? JSONReader().read(bytes, file: "batch.jsonl", start: SourcePosition(line: 7, column: 1, offset: 120)),
          let message = try? MessageLoader().message(from: node)
    else { return 0 }
    _ = try? evaluator.evaluate(message)
    _ = try? evaluator.evaluate(message, trace: true)
    return 0
}
