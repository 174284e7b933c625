import Foundation
@testable import norms
import Testing

/// The worker pool behind `norms check --batch --jobs N` and `norms audit --jobs N`: outputs in
/// input order, at most a window of inputs out at once, one function per worker.
@Suite struct OrderedPipelineTests {
    /// What the workers saw, shared with the test's thread.
    private final class Record: @unchecked Sendable {
        private let lock = NSLock()
        private var handedBack = 0
        private var problems: [String] = []
        private var workers: [Int] = []

        func delivered(_ count: Int) { lock.withLock { handedBack = count } }

        /// Notes a problem when input `index` starts while `window` or more inputs are already out.
        func started(_ index: Int, window: Int) {
            lock.withLock {
                if index >= handedBack + window {
                    problems.append("input \(index) started with only \(handedBack) handed back")
                }
            }
        }

        func made(worker: Int) { lock.withLock { workers.append(worker) } }

        var seenProblems: [String] { lock.withLock { problems } }
        var madeWorkers: [Int] { lock.withLock { workers } }
    }

    /// Runs `inputs` through a pipeline, as the batch does, and returns the outputs in the order
    /// they were handed back.
    private func run(_ inputs: [Int], workers: Int, window: Int, record: Record) -> [String] {
        let pipeline = OrderedPipeline<Int, String>(workers: workers, window: window) { worker in
            record.made(worker: worker)
            return { input in
                // A window below one is taken as one.
                record.started(input, window: max(1, window))
                // Later inputs of each group of four finish first, so order must be restored.
                usleep(UInt32((3 - input % 4) * 300))
                return "out-\(input)"
            }
        }
        var outputs: [String] = []
        for input in inputs {
            if let output = pipeline.submit(input) {
                outputs.append(output)
                record.delivered(outputs.count)
            }
        }
        while let output = pipeline.next() {
            outputs.append(output)
            record.delivered(outputs.count)
        }
        pipeline.finish()
        return outputs
    }

    @Test(arguments: [(1, 1), (2, 2), (3, 4), (4, 16)])
    func outputsComeBackInInputOrder(workers: Int, window: Int) {
        let record = Record()
        let outputs = run(Array(0..<200), workers: workers, window: window, record: record)
        #expect(outputs == (0..<200).map { "out-\($0)" })
        #expect(record.seenProblems.isEmpty)
    }

    @Test func noMoreThanTheWindowIsEverOut() {
        let record = Record()
        let outputs = run(Array(0..<120), workers: 3, window: 5, record: record)
        #expect(outputs.count == 120)
        #expect(record.seenProblems == [])
    }

    @Test func eachWorkerGetsItsOwnFunction() {
        let record = Record()
        _ = run(Array(0..<10), workers: 3, window: 6, record: record)
        #expect(record.madeWorkers == [0, 1, 2])
    }

    @Test func anEmptyStreamEndsAtOnce() {
        let record = Record()
        #expect(run([], workers: 2, window: 4, record: record) == [])
    }

    @Test func aWindowBelowOneIsOne() {
        let record = Record()
        let outputs = run(Array(0..<20), workers: 2, window: 0, record: record)
        #expect(outputs == (0..<20).map { "out-\($0)" })
        #expect(record.seenProblems == [])
    }
}
