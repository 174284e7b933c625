import Foundation
import Logging
import NIOConcurrencyHelpers
import NormsSource
import ServiceLifecycle

/// The decision log (`--decision-log FILE`): one JSON line per decision, the audit trail that
/// `norms audit` replays. docs/serve.md gives the shape:
///
/// ```
/// {"version":1,"id":UUID,"time":RFC3339-UTC,"policy":{"name":NAME,"hash":"sha256:HEX"},"message":MESSAGE,"decision":DECISION}
/// ```
///
/// A request only appends its record to a bounded buffer under a short lock; this service writes
/// the buffer out in the background, many records per write. When the buffer is full (the disk
/// cannot keep up) the record is dropped and counted (`norms_decision_log_dropped_total`), so a
/// slow disk never slows an answer. On shutdown the buffer is written out before the log closes.
package final class DecisionLog: Service, Sendable {
    /// One decision to write.
    package struct Record: Sendable {
        var time: Date
        var policy: String
        var hash: String
        /// The message as received, on one line: JSON text.
        var message: [UInt8]
        /// The decision as compact JSON.
        var decision: [UInt8]
    }

    private struct State {
        var pending: [Record] = []
        var waiter: CheckedContinuation<Void, Never>?
        var finished = false
        var reopenRequested = false
    }

    /// The path written to.
    package let path: String
    private let capacity: Int
    private let metrics: ServiceMetrics
    private let logger: Logger
    private let state = NIOLockedValueBox(State())
    private let file: NIOLockedValueBox<FileHandle>

    /// Opens (or creates) the log for appending.
    /// - Parameter capacity: the most records waiting to be written; more are dropped and counted.
    /// - Throws: ``ServeError`` when the file cannot be opened.
    package init(path: String, capacity: Int = 65_536, metrics: ServiceMetrics, logger: Logger) throws(ServeError) {
        self.path = path
        self.capacity = capacity
        self.metrics = metrics
        self.logger = logger
        self.file = NIOLockedValueBox(try Self.open(path))
    }

    /// Queues one record; never waits for the disk.
    package func record(_ record: Record) {
        let waiter: CheckedContinuation<Void, Never>? = state.withLockedValue { state in
            guard !state.finished else { return nil }
            guard state.pending.count < capacity else {
                metrics.countDroppedLogRecord()
                return nil
            }
            state.pending.append(record)
            defer { state.waiter = nil }
            return state.waiter
        }
        waiter?.resume()
    }

    /// Closes the file and opens the path again after the next write, for log rotation (SIGHUP).
    package func reopen() {
        let waiter: CheckedContinuation<Void, Never>? = state.withLockedValue { state in
            state.reopenRequested = true
            defer { state.waiter = nil }
            return state.waiter
        }
        waiter?.resume()
    }

    package func run() async throws {
        await withGracefulShutdownHandler {
            while let batch = await nextBatch() { write(batch) }
        } onGracefulShutdown: {
            self.finish()
        }
        try? file.withLockedValue { try $0.close() }
    }

    /// Stops taking records; the ones waiting are still written.
    package func finish() {
        let waiter: CheckedContinuation<Void, Never>? = state.withLockedValue { state in
            state.finished = true
            defer { state.waiter = nil }
            return state.waiter
        }
        waiter?.resume()
    }

    // MARK: - Writing

    /// The records waiting, once there are any; `nil` when the log is finished and written out.
    private func nextBatch() async -> [Record]? {
        while true {
            let (batch, finished, reopen) = state.withLockedValue { state in
                defer {
                    state.pending.removeAll(keepingCapacity: true)
                    state.reopenRequested = false
                }
                return (state.pending, state.finished, state.reopenRequested)
            }
            if reopen { reopenFile() }
            if !batch.isEmpty { return batch }
            if finished { return nil }
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let resumeNow = state.withLockedValue { state in
                    guard state.pending.isEmpty, !state.finished, !state.reopenRequested else { return true }
                    state.waiter = continuation
                    return false
                }
                if resumeNow { continuation.resume() }
            }
        }
    }

    private func write(_ batch: [Record]) {
        var output = JSONOutput(capacity: batch.count * 1024)
        for record in batch {
            output.appendRaw("{\"version\":1,\"id\":")
            output.appendString(UUID().uuidString.lowercased())
            output.appendRaw(",\"time\":")
            output.appendString(JSONResponse.time(record.time))
            output.appendRaw(",\"policy\":{\"name\":")
            output.appendString(record.policy)
            output.appendRaw(",\"hash\":")
            output.appendString(record.hash)
            output.appendRaw("},\"message\":")
            output.bytes.append(contentsOf: record.message)
            output.appendRaw(",\"decision\":")
            output.bytes.append(contentsOf: record.decision)
            output.appendRaw("}\n")
        }
        do {
            try file.withLockedValue { try $0.write(contentsOf: output.bytes) }
        } catch {
            logger.error("cannot write the decision log \(path): \(error); \(batch.count) records lost")
        }
    }

    private func reopenFile() {
        do {
            let reopened = try Self.open(path)
            let old = file.withLockedValue { file in
                defer { file = reopened }
                return file
            }
            try? old.close()
        } catch {
            logger.error("cannot reopen the decision log: \(error.diagnostics.map(\.message).joined(separator: "; ")); writing on to the old file")
        }
    }

    private static func open(_ path: String) throws(ServeError) -> FileHandle {
        if !FileManager.default.fileExists(atPath: path) {
            _ = FileManager.default.createFile(atPath: path, contents: nil)
        }
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw ServeError("cannot open the decision log \(quotedPath: path) for writing",
                             help: "name a file in a folder that exists and that the service may write to")
        }
        do {
            try handle.seekToEnd()
        } catch {
            throw ServeError("cannot append to the decision log \(quotedPath: path): \(error)")
        }
        return handle
    }

    /// The message as received, made one line: JSON has line breaks only between tokens, so each
    /// CR or LF becomes a space; a byte-order mark is left out.
    package static func oneLine(_ body: some Collection<UInt8>) -> [UInt8] {
        var bytes = Array(body)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        for index in bytes.indices where bytes[index] == 0x0A || bytes[index] == 0x0D { bytes[index] = 0x20 }
        return bytes
    }
}
