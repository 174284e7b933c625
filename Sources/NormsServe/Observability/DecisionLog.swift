#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Logging
import NIOConcurrencyHelpers
import NIOPosix
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
/// the buffer out in the background, on a thread of its own (a slow disk never blocks the threads
/// that answer requests), many records per write. The buffer is bounded in records and in bytes:
/// a record that would pass either bound (the disk cannot keep up) is dropped and counted
/// (`norms_decision_log_dropped_total`), so a slow disk never slows an answer nor fills memory.
/// A record's bytes count until they are written. On shutdown the buffer is written out before
/// the log closes.
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

        /// The bytes the record takes in the buffer: its message, its decision, and the rest of
        /// its line (about 200 bytes).
        var byteCount: Int { message.count + decision.count + policy.utf8.count + hash.utf8.count + 128 }
    }

    private struct State {
        var pending: [Record] = []
        /// The bytes of the records taken and not yet written, pending or being written.
        var bufferedBytes = 0
        var waiter: CheckedContinuation<Void, Never>?
        var finished = false
        var reopenRequested = false
    }

    /// The default bound of the buffer in bytes (`--decision-log-buffer`): 64 MiB.
    package static let defaultBufferBytes = 64 << 20
    /// The most bytes one `write` call is handed.
    static let writeSliceBytes = 4 << 20

    /// The path written to.
    package let path: String
    private let capacity: Int
    private let bufferBytes: Int
    private let metrics: ServiceMetrics
    private let logger: Logger
    private let state = NIOLockedValueBox(State())
    private let file: NIOLockedValueBox<FileHandle>

    /// Opens (or creates, with mode 0640) the log for appending.
    /// - Parameters:
    ///   - capacity: the most records waiting to be written; more are dropped and counted.
    ///   - bufferBytes: the most bytes of records waiting to be written; more are dropped and counted.
    /// - Throws: ``ServeError`` when the file cannot be opened.
    package init(path: String, capacity: Int = 65_536, bufferBytes: Int = defaultBufferBytes,
                 metrics: ServiceMetrics, logger: Logger) throws(ServeError) {
        self.path = path
        self.capacity = capacity
        self.bufferBytes = bufferBytes
        self.metrics = metrics
        self.logger = logger
        self.file = NIOLockedValueBox(try Self.open(path))
    }

    /// Queues one record; never waits for the disk.
    package func record(_ record: Record) {
        let size = record.byteCount
        let waiter: CheckedContinuation<Void, Never>? = state.withLockedValue { state in
            guard !state.finished else { return nil }
            guard state.pending.count < capacity, state.bufferedBytes + size <= bufferBytes else {
                metrics.countDroppedLogRecord()
                return nil
            }
            state.pending.append(record)
            state.bufferedBytes += size
            defer { state.waiter = nil }
            return state.waiter
        }
        waiter?.resume()
    }

    /// Closes the file and opens the path again before the next write, for log rotation (SIGHUP).
    package func reopen() {
        let waiter: CheckedContinuation<Void, Never>? = state.withLockedValue { state in
            state.reopenRequested = true
            defer { state.waiter = nil }
            return state.waiter
        }
        waiter?.resume()
    }

    package func run() async throws {
        let thread = NIOThreadPool(numberOfThreads: 1)
        thread.start()
        await withGracefulShutdownHandler {
            while let (batch, reopen) = await nextBatch() {
                // File work blocks: it runs on the log's own thread, never on the threads that
                // answer requests.
                _ = try? await thread.runIfActive {
                    if reopen { self.reopenFile() }
                    self.write(batch)
                }
            }
        } onGracefulShutdown: {
            self.finish()
        }
        try? file.withLockedValue { try $0.close() }
        try? await thread.shutdownGracefully()
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

    /// The records waiting, and whether to reopen the file first, once there is either; `nil` when
    /// the log is finished and written out.
    private func nextBatch() async -> (records: [Record], reopen: Bool)? {
        while true {
            let (batch, finished, reopen) = state.withLockedValue { state in
                defer {
                    state.pending.removeAll(keepingCapacity: true)
                    state.reopenRequested = false
                }
                return (state.pending, state.finished, state.reopenRequested)
            }
            if !batch.isEmpty || reopen { return (batch, reopen) }
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

    /// Writes the records in slices of about ``writeSliceBytes`` at most, and frees their place
    /// in the buffer as each slice is written.
    private func write(_ batch: [Record]) {
        var output = JSONOutput(capacity: min(batch.reduce(0) { $0 + $1.byteCount }, Self.writeSliceBytes + (1 << 20)))
        var slice = (records: 0, bytes: 0)
        for (index, record) in batch.enumerated() {
            append(record, to: &output)
            slice.records += 1
            slice.bytes += record.byteCount
            guard output.count >= Self.writeSliceBytes || index == batch.count - 1 else { continue }
            do {
                try file.withLockedValue { try $0.write(contentsOf: output.bytes) }
            } catch {
                logger.error("cannot write the decision log \(path): \(error); \(slice.records) records lost")
            }
            let written = slice.bytes
            state.withLockedValue { $0.bufferedBytes -= written }
            output.removeAll()
            slice = (0, 0)
        }
    }

    private func append(_ record: Record, to output: inout JSONOutput) {
        output.appendRaw("{\"version\":1,\"id\":")
        output.appendString(UUID().uuidString.lowercased())
        output.appendRaw(",\"time\":")
        output.appendString(JSONResponse.time(record.time))
        output.appendRaw(",\"policy\":{\"name\":")
        output.appendString(record.policy)
        output.appendRaw(",\"hash\":")
        output.appendString(record.hash)
        output.appendRaw("},\"message\":")
        output.appendRaw(record.message)
        output.appendRaw(",\"decision\":")
        output.appendRaw(record.decision)
        output.appendRaw("}\n")
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

    /// Opens `path` for appending: every write goes to the end of the file, wherever another
    /// program (logrotate's `copytruncate`) left it; a new file gets mode 0640.
    private static func open(_ path: String) throws(ServeError) -> FileHandle {
        let descriptor = path.withCString { Self.openForAppending($0) }
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno))
            throw ServeError("cannot open the decision log \(quotedPath: path) for appending: \(reason)",
                             help: "name a file in a folder that exists and that the service may write to")
        }
        return FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }

    private static func openForAppending(_ path: UnsafePointer<CChar>) -> Int32 {
        #if canImport(Darwin)
        Darwin.open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o640)
        #elseif canImport(Musl)
        Musl.open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o640)
        #else
        Glibc.open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o640)
        #endif
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
