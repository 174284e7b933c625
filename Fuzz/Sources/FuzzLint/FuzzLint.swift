import FuzzSupport
import NormsLint
import NormsEngine
import NormsPolicy
import NormsSource
import NormsYAML
import TeamNorms

/// Every lint rule on arbitrary bytes read as a policy, with a fixed date for the rules about dates.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLint(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    _ = linter.lint(source: FuzzInput.source(data, size))
    return 0
}

private let linter = Linter(today: LocalDate(year: 2026, month: 11, day: 20)!, loader: FuzzInput.loader)
