import CICal
import Foundation

/// The one way into libical.
///
/// libical keeps global state: the error number of the last call, whether errors abort, and the
/// cache of zones it builds from the system's zone database. Its calls are not safe from two
/// threads at once, so every use goes through ``withLock(_:)``, which also sets that state up
/// once: errors are reported (as `X-LIC-ERROR` properties and return values), never fatal, and
/// zones named by a `TZID` that the file does not define come from the system's zone database
/// (`/usr/share/zoneinfo`, the same one Foundation and the engine read), not from a copy built
/// into the library.
enum LibICal {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var isSetUp = false

    /// Runs `body` while no other thread uses libical.
    static func withLock<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        if !isSetUp {
            icalerror_set_errors_are_fatal(0)
            icaltimezone_set_builtin_tzdata(0)
            isSetUp = true
        }
        icalerror_clear_errno()
        return try body()
    }

    /// The longest zone id looked up; longer ones name no zone.
    static let maxZoneIDBytes = 255

    /// A zone of the system's database by its IANA id (`America/New_York`), or `nil`; `UTC` is
    /// libical's own UTC zone. Call inside ``withLock(_:)``.
    static func systemZone(_ id: String) -> OpaquePointer? {
        if id == "UTC" || id == "Etc/UTC" { return icaltimezone_get_utc_timezone() }
        guard !id.isEmpty, id.utf8.count <= maxZoneIDBytes else { return nil }
        return icaltimezone_get_builtin_timezone(id)
    }

    /// A C string as Swift text (invalid UTF-8 repaired), or `nil`.
    static func text(_ pointer: UnsafePointer<CChar>?) -> String? {
        pointer.map { String(decoding: UnsafeRawBufferPointer(start: $0, count: strlen($0)), as: UTF8.self) }
    }
}
