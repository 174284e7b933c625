import Foundation
import FuzzSupport
import NormsEngine
import NormsPolicy
import NormsSource
import TeamNorms

/// A private folder holding the fixed policy's calendar: the input is written there, and the
/// policy loader reads it as a person's calendar and as a holiday calendar.
private let folder: String = {
    let path = NSTemporaryDirectory() + "teamnorms-fuzz-calendar-\(getpid())"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}()

private let policy = SourceFile(path: folder + "/policy.yaml", text: """
    norms: 1
    name: Calendar fuzzing
    timezone: Europe/Berlin
    channels:
      chat: {mode: async, reply_within: 4 business hours}
    holiday_calendars: input.ics
    people:
      jan:
        email: jan@example.com
        calendar: {files: input.ics, away: {summary: ["Out*"]}, focus: {categories: ["Focus*"]}}
      ana: {timezone: America/New_York, calendar: input.ics}
    """)

private let loader = PolicyLoader(root: PolicyRoot(folder))

/// The calendar reader (libical, the line finder, recurrence expansion) on arbitrary bytes, and,
/// when the policy loads, the evaluator on fixed messages to the calendar's owners.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCalendar(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Data(bytes: $0, count: size) } ?? Data()
    guard (try? bytes.write(to: URL(fileURLWithPath: folder + "/input.ics"))) != nil else { return 0 }
    let (loaded, _) = loader.loadCollecting(source: policy)
    guard let loaded else { return 0 }
    let evaluator = Evaluator(policy: loaded)
    for message in FixedMessages.messages(for: loaded) {
        _ = try? evaluator.evaluate(message)
    }
    return 0
}
