import NormsAudit
import NormsEngine
import NormsReporting
import NormsSource
import NormsYAML

/// Reads logs for `norms audit`, evaluates their entries on worker threads and folds the
/// observations into one accumulator on the calling thread, in bounded memory: the reading is
/// the batch's (``BatchChecker/forEachChunk(of:_:)``), at most `2 × jobs` chunks are out at once,
/// and nothing of a line is kept once it is folded in.
struct AuditRunner {
    /// The most errors rendered in full; the rest are counted.
    static let reportedErrors = 10
    /// Records in one chunk of a CSV log.
    static let csvChunkRows = 256

    /// A chunk of work: JSON lines to read, or records a CSV reader made (or the errors of its rows).
    enum Chunk: Sendable {
        case lines(BatchChunk, label: String)
        case records([Result<AuditRecord, DiagnosticsError>])
    }

    let analyzer: LogAnalyzer
    let inputFormat: AuditInputFormat
    let mapping: ColumnMapping
    let jobs: Int

    /// Reads every log into `accumulator`.
    /// - Returns: the number of lines (rows) read, and whether a log could not be read to its end.
    func run(paths: [String], into accumulator: inout AuditAccumulator) -> (lines: Int, unreadable: Bool) {
        var lines = 0
        var shownErrors = 0
        var progress = BatchProgress(label: "log lines audited")
        func fold(_ results: [Result<Observation, DiagnosticsError>]) {
            for result in results {
                lines += 1
                switch result {
                case .success(let observation): accumulator.add(observation)
                case .failure(let error):
                    accumulator.addError()
                    if shownErrors < Self.reportedErrors { Console.report(error.diagnostics) }
                    shownErrors += 1
                }
            }
            progress.update(lines: lines)
        }
        let analyzer = self.analyzer
        let pipeline = OrderedPipeline<Chunk, [Result<Observation, DiagnosticsError>]>(workers: jobs, window: 2 * jobs) { worker in
            let own = worker == 0 ? analyzer : LogAnalyzer(evaluator: analyzer.evaluator.forAnotherThread())
            return { Self.observe($0, analyzer: own) }
        }
        var unreadable = false
        for path in paths {
            let submit = { (chunk: Chunk) in if let output = pipeline.submit(chunk) { fold(output) } }
            if let error = isCSV(path) ? readCSV(path, submit) : readJSONLines(path, submit) {
                Console.report(error)
                unreadable = true
            }
        }
        while let output = pipeline.next() { fold(output) }
        pipeline.finish()
        progress.clear()
        if shownErrors > Self.reportedErrors {
            Console.error("\(shownErrors - Self.reportedErrors) more lines had errors")
        }
        return (lines, unreadable)
    }

    private func isCSV(_ path: String) -> Bool {
        switch inputFormat {
        case .csv: true
        case .jsonl: false
        case .auto: path.lowercased().hasSuffix(".csv")
        }
    }

    /// Hands the log's lines over chunk by chunk. - Returns: the error that stopped the reading.
    private func readJSONLines(_ path: String, _ submit: (Chunk) -> Void) -> (any Error)? {
        let reader: BoundedReader
        do {
            reader = try NamedInput.reader(path)
        } catch {
            return error
        }
        return BatchChecker.forEachChunk(of: reader) { submit(.lines($0, label: reader.label.forAnotherThread())) }
    }

    /// Hands the CSV log's records over chunk by chunk. - Returns: the error that stopped the reading.
    private func readCSV(_ path: String, _ submit: (Chunk) -> Void) -> (any Error)? {
        let reader: CSVRecordReader
        do {
            try NamedInput.requireInsideProject(path)
            reader = try CSVRecordReader(path: path, mapping: mapping, standardInputLabel: MessageInput.standardInputLabel)
        } catch {
            return error
        }
        var records: [Result<AuditRecord, DiagnosticsError>] = []
        var stop: (any Error)?
        while true {
            do {
                guard let record = try reader.next() else { break }
                records.append(.success(record))
            } catch let error as DiagnosticsError {
                records.append(.failure(error))
            } catch {
                stop = error
                break
            }
            if records.count == Self.csvChunkRows {
                submit(.records(records))
                records = []
            }
        }
        if !records.isEmpty { submit(.records(records)) }
        return stop
    }

    /// Evaluates a chunk on a worker thread.
    private static func observe(_ chunk: Chunk, analyzer: LogAnalyzer) -> [Result<Observation, DiagnosticsError>] {
        switch chunk {
        case .records(let records):
            return records.map { $0.flatMap { observe($0, analyzer: analyzer) } }
        case .lines(let chunk, let label):
            let reader = JSONLineReader(label: label, maxLineBytes: BatchChecker.maxLineBytes)
            return chunk.bytes.withUnsafeBufferPointer { bytes in
                chunk.lines.map { line in
                    // A well-formed message line is read straight from its bytes; anything else goes
                    // through the node tree, which reports every problem with its position.
                    if let text = reader.text(of: line, in: bytes),
                       let record = JSONRecordReader().record(in: text.bytes, file: label, start: text.start) {
                        return observe(record, analyzer: analyzer)
                    }
                    return Result { () throws(DiagnosticsError) in try reader.node(of: line, in: bytes) }
                        .flatMap { node in
                            Result { () throws(InputError) in try JSONRecordReader().record(from: node) }
                                .mapError { DiagnosticsError($0.diagnostics) }
                                .flatMap { observe($0, analyzer: analyzer) }
                        }
                }
            }
        }
    }

    private static func observe(_ record: AuditRecord, analyzer: LogAnalyzer) -> Result<Observation, DiagnosticsError> {
        Result { () throws(InputError) in try analyzer.observe(record) }.mapError { DiagnosticsError($0.diagnostics) }
    }
}
