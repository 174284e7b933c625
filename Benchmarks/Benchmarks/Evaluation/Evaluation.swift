import Benchmark
import Foundation
import TeamNorms

/// Benchmarks of the decision path: loading a policy, and evaluating messages against it.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .instructions, .mallocCountTotal], maxDuration: .seconds(3))

    let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let policyPath = root.appendingPathComponent("policies/oncall.yaml").path

    Benchmark("Load policies/oncall.yaml with its base") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try PolicyLoader().load(path: policyPath))
        }
    }

    guard let policy = try? PolicyLoader().load(path: policyPath), let sender = policy.people.first?.id.value else { return }
    let evaluator = Evaluator(policy: policy)
    let recipients = policy.people.map(\.id.value)
    let channel = policy.channels[0].id.value
    // A week of messages, one every 97 minutes, so instants fall on every hour and weekday.
    let messages = (0..<100).map { index in
        Message(
            channel: Located(channel, at: .synthetic("bench")), from: Located(sender, at: .synthetic("bench")),
            to: [Located(recipients[index % recipients.count], at: .synthetic("bench"))],
            sentAt: Located(Timestamp(instant: 1_795_000_000 + index * 97 * 60, offset: 0), at: .synthetic("bench")),
            tags: index % 5 == 0 ? [Located("outage", at: .synthetic("bench"))] : [],
            span: .synthetic("bench"))
    }

    Benchmark("Evaluate one message (mean of 100 instants)", configuration: .init(scalingFactor: .kilo)) { benchmark in
        for index in benchmark.scaledIterations {
            blackHole(try evaluator.evaluate(messages[index % messages.count]))
        }
    }
}
