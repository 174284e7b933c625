import FuzzSupport
import NormsEngine
import NormsPolicy
import NormsSource
import NormsYAML
import TeamNorms

/// The YAML loader on arbitrary bytes: it returns a node tree or throws a `YAMLError`, and never
/// crashes, hangs or grows without bound.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let source = FuzzInput.source(data, size, name: "input.yaml")
    _ = try? YAMLLoader().loadDocument(source)
    return 0
}
