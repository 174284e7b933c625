import Foundation

/// Runs one function over a stream of inputs on a fixed number of worker threads and hands the
/// outputs back in the order the inputs were given.
///
/// At most `window` inputs are ever taken and not yet handed back: ``submit(_:)`` returns the
/// oldest output as soon as the window is full, waiting for it if need be. So memory is bounded by
/// the window, however long the stream, and the caller writes each output as it gets it.
///
/// The caller drives everything from one thread: `submit` each input, writing what it returns;
/// then `next()` until it returns `nil`; then ``finish()``.
final class OrderedPipeline<Input: Sendable, Output: Sendable>: @unchecked Sendable {
    // Every stored property below the condition is read and written only while holding it.
    private let condition = NSCondition()
    private var queue: [(sequence: Int, input: Input)] = []
    private var outputs: [Int: Output] = [:]
    private var submitted = 0
    private var delivered = 0
    private var closed = false
    private var running = 0

    private let window: Int

    /// Starts `workers` threads.
    /// - Parameters:
    ///   - window: the most inputs out at once; at least `workers` keeps every thread busy.
    ///   - work: makes each worker's function, called here once per worker with its number
    ///     (0 first). A worker's function can so hold copies of its own of what it reads: threads
    ///     that retain and release the same objects contend for their reference counts.
    init(workers: Int, window: Int, work: (Int) -> @Sendable (Input) -> Output) {
        self.window = max(1, window)
        running = workers
        for worker in 0..<workers {
            let workersOwn = work(worker)
            let thread = Thread { [self] in runWorker(workersOwn) }
            // Room for nested JSON and evaluation, whatever the platform's default for threads.
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// Queues `input`; when the window is then full, waits for the oldest output and returns it.
    func submit(_ input: Input) -> Output? {
        condition.lock()
        queue.append((submitted, input))
        submitted += 1
        let isFull = submitted - delivered >= window
        condition.broadcast()
        condition.unlock()
        return isFull ? next() : nil
    }

    /// The next output in order, waiting for it; `nil` when every input has been handed back.
    func next() -> Output? {
        condition.lock()
        defer { condition.unlock() }
        guard delivered < submitted else { return nil }
        while outputs[delivered] == nil { condition.wait() }
        let output = outputs.removeValue(forKey: delivered)
        delivered += 1
        return output
    }

    /// Stops the workers once the queue is empty and waits until they have.
    func finish() {
        condition.lock()
        closed = true
        condition.broadcast()
        while running > 0 { condition.wait() }
        condition.unlock()
    }

    private func runWorker(_ work: @Sendable (Input) -> Output) {
        condition.lock()
        while true {
            while queue.isEmpty && !closed { condition.wait() }
            if queue.isEmpty { break }
            let (sequence, input) = queue.removeFirst()
            condition.unlock()
            let output = work(input)
            condition.lock()
            outputs[sequence] = output
            condition.broadcast()
        }
        running -= 1
        condition.broadcast()
        condition.unlock()
    }
}
