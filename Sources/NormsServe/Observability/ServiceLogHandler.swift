import Foundation
import Logging
import NIOConcurrencyHelpers
import NormsSource

/// The service's log on standard error: readable lines for a person at a terminal (`--log-format
/// text`, the default), or one JSON object per line for a log collector (`--log-format json`).
///
/// Text lines escape every control character (a policy's file name cannot move a terminal's
/// cursor or start a line of its own); JSON lines escape as JSON does.
package struct ServiceLogHandler: LogHandler {
    /// How each line is written.
    package enum Format: String, Sendable, CaseIterable {
        /// `2026-03-02T09:00:00.000Z info: loaded policy team ... key=value`.
        case text
        /// `{"time":"2026-03-02T09:00:00.000Z","level":"info","message":"...","key":"value"}`.
        case json
    }

    package var metadata: Logger.Metadata = [:]
    package var logLevel: Logger.Level = .info
    private let format: Format
    private let write: @Sendable ([UInt8]) -> Void

    /// A handler writing lines in `format` to `write` (standard error when not given).
    package init(format: Format, write: (@Sendable ([UInt8]) -> Void)? = nil) {
        self.format = format
        self.write = write ?? Self.standardError
    }

    package subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    package func log(event: LogEvent) {
        let time = JSONResponse.time(Date())
        let merged = metadata.merging(event.metadata ?? [:]) { _, new in new }
        switch format {
        case .text:
            var line = "\(time) \(event.level): \(DisplayText.escaped(event.message.description))"
            for (key, value) in merged.sorted(by: { $0.key < $1.key }) {
                line += " \(DisplayText.escaped(key))=\(DisplayText.escaped(value.description))"
            }
            write(Array((line + "\n").utf8))
        case .json:
            var members: [(String, JSONValue)] = [
                ("time", .string(time)), ("level", .string(event.level.rawValue)),
                ("message", .string(event.message.description)),
            ]
            for (key, value) in merged.sorted(by: { $0.key < $1.key }) { members.append((key, .string(value.description))) }
            write(Array((JSONValue.object(members).compact + "\n").utf8))
        }
    }

    private static let standardErrorLock = NIOLock()

    private static let standardError: @Sendable ([UInt8]) -> Void = { bytes in
        standardErrorLock.withLock { FileHandle.standardError.write(Data(bytes)) }
    }
}
