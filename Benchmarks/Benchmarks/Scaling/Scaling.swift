import Benchmark
import Foundation
import TeamNorms

/// Benchmarks of how cost grows with the policy: a decision against 10 to 10,000 rules, loading a
/// large policy (MB/s), and `norms check --batch` end to end (messages/s). Policies and messages come
/// from `Benchmarks/generate-policy.py`, written to a temporary folder when the benchmarks start.
/// Every figure is reported as percentiles; the median is p50.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .instructions, .mallocCountTotal], maxDuration: .seconds(3))

    let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("norms-scaling-\(getpid())")
    try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)

    // MARK: Decision cost against the number of rules

    for rules in [10, 100, 1_000, 10_000] {
        let policyPath = scratch.appendingPathComponent("p\(rules).yaml").path
        let messagesPath = scratch.appendingPathComponent("m\(rules).jsonl").path
        guard generate(rules: rules, policy: policyPath, messages: messagesPath, count: 1_000, root: root),
              let policy = try? PolicyLoader().load(path: policyPath) else { continue }
        let evaluator = Evaluator(policy: policy)
        let messages = readMessages(messagesPath)
        guard !messages.isEmpty else { continue }
        Benchmark("Decision, \(rules) rules (one message, mean of 1,000 messages)",
                  configuration: .init(scalingFactor: .kilo)) { benchmark in
            for index in benchmark.scaledIterations {
                blackHole(try? evaluator.evaluate(messages[index % messages.count]))
            }
        }
    }

    // MARK: Loading

    let largePath = scratch.appendingPathComponent("p3000.yaml").path
    if generate(rules: 3_000, policy: largePath, messages: nil, count: 0, root: root),
       let size = (try? FileManager.default.attributesOfItem(atPath: largePath))?[.size] as? Int {
        let bytesPerSecond = BenchmarkMetric.custom("load (KB/s)", polarity: .prefersLarger, useScalingFactor: false)
        Benchmark("Load a 3,000-rule policy", configuration: .init(metrics: [.wallClock, .instructions, .peakMemoryResident, bytesPerSecond])) { benchmark in
            for _ in benchmark.scaledIterations {
                let start = ContinuousClock.now
                blackHole(try? PolicyLoader().load(path: largePath))
                benchmark.measurement(bytesPerSecond, kilobytesPerSecond(size, since: start))
            }
        }
    }

    // MARK: Batch throughput, the command line end to end

    let norms = ProcessInfo.processInfo.environment["NORMS"] ?? root.appendingPathComponent(".build/release/norms").path
    let batchPolicy = scratch.appendingPathComponent("batch.yaml").path
    let batchInput = scratch.appendingPathComponent("batch.jsonl").path
    let lines = 20_000
    if FileManager.default.isExecutableFile(atPath: norms),
       generate(rules: 50, policy: batchPolicy, messages: batchInput, count: lines, root: root) {
        let messagesPerSecond = BenchmarkMetric.custom("messages/s", polarity: .prefersLarger, useScalingFactor: false)
        Benchmark("norms check --batch, 20,000 messages, 50 rules",
                  configuration: .init(metrics: [.wallClock, messagesPerSecond], maxDuration: .seconds(20), maxIterations: 10)) { benchmark in
            for _ in benchmark.scaledIterations {
                let start = ContinuousClock.now
                run(norms, ["check", "--policy", batchPolicy, "--batch", batchInput])
                let elapsed = seconds(since: start)
                benchmark.measurement(messagesPerSecond, Int(Double(lines) / max(elapsed, 1e-9)))
            }
        }
    } else {
        print("Skipping the batch benchmark: build the release `norms` first (swift build -c release --product norms in the"
              + " package's folder) or name it with NORMS=/path/to/norms")
    }
}

/// Runs `Benchmarks/generate-policy.py`; `false` when it failed.
private func generate(rules: Int, policy: String, messages: String?, count: Int, root: URL) -> Bool {
    var arguments = [root.appendingPathComponent("Benchmarks/generate-policy.py").path, String(rules), policy]
    if let messages { arguments += [messages, String(count)] }
    return run("/usr/bin/env", ["python3"] + arguments) == 0
}

/// Runs a program with its output discarded, and returns its exit status.
@discardableResult
private func run(_ program: String, _ arguments: [String]) -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    do { try process.run() } catch { return -1 }
    process.waitUntilExit()
    return process.terminationStatus
}

/// The messages of a JSON-lines file.
private func readMessages(_ path: String) -> [Message] {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
    return text.split(separator: "\n").compactMap { line in try? Message(json: String(line), path: path) }
}

private func seconds(since start: ContinuousClock.Instant) -> Double {
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

private func kilobytesPerSecond(_ bytes: Int, since start: ContinuousClock.Instant) -> Int {
    Int(Double(bytes) / 1024 / max(seconds(since: start), 1e-9))
}
