import ArgumentParser
import NormsReporting
import NormsServe

/// An option's closed set of values, named by their raw values.
///
/// swift-argument-parser's own `allValueStrings` and `defaultValueDescription` for such types
/// interpolate each value into a string, which goes through the runtime's reflection and its
/// protocol-conformance lookups at every start of `norms`: about half a million instructions for
/// one type. The raw values are the same strings, read directly. (Public because the library's
/// public format types take their witnesses from it.)
public protocol RawValueArgument: ExpressibleByArgument, CaseIterable, RawRepresentable where RawValue == String {}

extension RawValueArgument {
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
    public var defaultValueDescription: String { rawValue }
}

extension CheckFormat: RawValueArgument {}
extension LintReportFormat: RawValueArgument {}
extension ServiceLogHandler.Format: RawValueArgument {}
