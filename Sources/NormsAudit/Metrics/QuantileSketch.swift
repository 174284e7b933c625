import Foundation

/// Quantiles of a stream of non-negative whole numbers (seconds) in bounded memory.
///
/// The first ``exactLimit`` values are kept as they are, so a small log's median and p90 are exact.
/// Past that, values go into logarithmic buckets, each `[γ^k, γ^(k+1))` with γ = 1.02, and a
/// quantile is reported as its bucket's geometric middle: within 1 % of a value of that rank.
/// Zero has a bucket of its own and is exact. The buckets cover up to 2^62 in about 2,200 slots.
public struct QuantileSketch: Sendable, Equatable {
    /// How many values are kept exactly before the sketch switches to buckets.
    public static let exactLimit = 512
    static let gamma = 1.02
    private static let logGamma = log(gamma)

    public private(set) var count = 0
    private var exact: [Int] = []
    private var zeros = 0
    private var buckets: [Int: Int] = [:]

    public init() {}

    /// Adds one value; negative values count as zero.
    public mutating func add(_ value: Int) {
        count += 1
        if buckets.isEmpty, exact.count < Self.exactLimit {
            exact.append(max(0, value))
            return
        }
        if !exact.isEmpty {
            let kept = exact
            exact = []
            for old in kept { place(old) }
        }
        place(max(0, value))
    }

    /// The `q`-quantile by nearest rank: the ⌈q·n⌉-th smallest value (the smallest for `q` = 0);
    /// `nil` when no value was added.
    public func quantile(_ q: Double) -> Int? {
        guard count > 0 else { return nil }
        let rank = max(1, Int((q * Double(count)).rounded(.up)))
        if buckets.isEmpty {
            return exact.sorted()[rank - 1]
        }
        if rank <= zeros { return 0 }
        var seen = zeros
        for key in buckets.keys.sorted() {
            seen += buckets[key]!
            if seen >= rank { return Int((pow(Self.gamma, Double(key) + 0.5)).rounded()) }
        }
        return nil
    }

    private mutating func place(_ value: Int) {
        guard value > 0 else {
            zeros += 1
            return
        }
        buckets[Int(log(Double(value)) / Self.logGamma), default: 0] += 1
    }
}
