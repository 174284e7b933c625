#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import NormsEngine
import NormsReporting
import NormsSource

/// `norms check --batch`: one JSON message per input line, exactly one output line per input line.
///
/// The main thread reads lines through a ``BoundedReader`` into chunks, hands the chunks to `jobs`
/// worker threads, each with its own ``Evaluator`` of the policy, and writes each chunk's output
/// as soon as every chunk before it is written, so the output is in input order. At most
/// `2 × jobs` chunks are out at once, each at most ``chunkLines`` lines and about ``chunkBytes``
/// bytes (one line of up to ``maxLineBytes`` may take a chunk past it), so memory stays bounded
/// however long the input.
/// docs/batch.md describes the output.
struct BatchChecker {
    /// The longest line, in bytes, without its line break: 1 MiB.
    static let maxLineBytes = 1 << 20
    /// The most lines in one chunk.
    static let chunkLines = 256
    /// A chunk takes no more lines once it holds this many bytes.
    static let chunkBytes = 1 << 20

    let evaluator: Evaluator
    let explain: Bool
    let format: CheckFormat
    /// The number of worker threads; 1 checks every line on the main thread.
    let jobs: Int

    /// Runs over a JSON-lines file, or standard input for `-`, and writes the summary line to
    /// standard error.
    /// - Returns: the tally of the whole run.
    /// - Throws: ``ExitStatus/invalidInput`` when the input cannot be opened or read.
    func run(path: String) throws -> BatchTally {
        let reader: BoundedReader
        do {
            reader = try NamedInput.reader(path)
        } catch {
            Console.report(error)
            throw ExitStatus.invalidInput
        }
        let checker = BatchLineChecker(evaluator: evaluator, explain: explain, format: format, label: reader.label,
                                       maxLineBytes: Self.maxLineBytes)
        var tally = BatchTally()
        var progress = BatchProgress()
        func emit(_ output: BatchChunkOutput) {
            Self.writeOutput(output.bytes)
            tally += output.tally
            progress.update(lines: tally.messages)
        }
        var readError: (any Error)?
        if jobs <= 1 {
            readError = Self.forEachChunk(of: reader) { emit(checker.check($0)) }
        } else {
            let pipeline = OrderedPipeline(workers: jobs, window: 2 * jobs) { worker in
                let own = worker == 0 ? checker : checker.forAnotherThread()
                return { own.check($0) }
            }
            readError = Self.forEachChunk(of: reader) { chunk in
                if let output = pipeline.submit(chunk) { emit(output) }
            }
            while let output = pipeline.next() { emit(output) }
            pipeline.finish()
        }
        progress.clear()
        if let readError { Console.report(readError) }
        Console.error(tally.summary)
        if readError != nil { throw ExitStatus.invalidInput }
        return tally
    }

    /// Reads the input chunk by chunk, calling `body` with each (`norms audit` reads the same way).
    /// - Returns: the error that stopped the reading early, if one did.
    static func forEachChunk(of reader: BoundedReader, _ body: (BatchChunk) -> Void) -> (any Error)? {
        var chunk = BatchChunk()
        do {
            while let line = try reader.readLine(appendingTo: &chunk.bytes, maxBytes: Self.maxLineBytes) {
                chunk.lines.append(line)
                if chunk.lines.count == Self.chunkLines || chunk.bytes.count >= Self.chunkBytes {
                    body(chunk)
                    chunk = BatchChunk()
                }
            }
        } catch {
            if !chunk.lines.isEmpty { body(chunk) }
            return error
        }
        if !chunk.lines.isEmpty { body(chunk) }
        return nil
    }

    /// Writes bytes to standard output as they are: the batch's output is already escaped JSON or
    /// escaped text.
    private static func writeOutput(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buffer in
            var written = 0
            while written < buffer.count {
                let result = write(1, buffer.baseAddress! + written, buffer.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    return
                }
                written += result
            }
        }
    }
}
