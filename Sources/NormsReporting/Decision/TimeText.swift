import Foundation
import NormsEngine
import NormsPolicy

/// Short human forms of timestamps, in the timestamp's own offset.
enum TimeText {
    /// `09:30`.
    static func clock(_ stamp: Timestamp) -> String {
        let second = stamp.local.secondOfDay
        return two(second / 3600) + ":" + two(second / 60 % 60)
    }

    /// `09:30` on the same local day as `reference`, `Wed 13:00` within a week, else `2026-12-02 13:00`.
    static func relative(_ stamp: Timestamp, from reference: Timestamp) -> String {
        let day = stamp.local.date.daysSinceEpoch
        let referenceDay = Timestamp(instant: reference.instant, offset: stamp.offset).local.date.daysSinceEpoch
        if day == referenceDay { return clock(stamp) }
        if day > referenceDay && day - referenceDay < 7 { return "\(weekday(stamp)) \(clock(stamp))" }
        return "\(stamp.local.date) \(clock(stamp))"
    }

    /// `Wed 2026-11-25 09:30 -08:00`.
    static func full(_ stamp: Timestamp) -> String {
        let sign = stamp.offset < 0 ? "-" : "+"
        let magnitude = abs(stamp.offset)
        return "\(weekday(stamp)) \(stamp.local.date) \(clock(stamp)) \(sign)\(two(magnitude / 3600)):\(two(magnitude / 60 % 60))"
    }

    /// `Los Angeles` for `America/Los_Angeles`.
    static func city(_ zone: String) -> String {
        // Character by character: Foundation's replacingOccurrences asks the runtime for protocol
        // conformances, a scan of the binary costing more than the rest of the text answer.
        String((zone.split(separator: "/").last ?? Substring(zone)).map { $0 == "_" ? " " : $0 })
    }

    private static func weekday(_ stamp: Timestamp) -> String {
        let name = stamp.local.date.weekday.abbreviation
        return name.prefix(1).uppercased() + name.dropFirst()
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
