/// Counts of keys from an unbounded set (senders, say) in bounded memory, for a top-N list.
///
/// Up to ``capacity`` distinct keys the counts are exact. Past it, the Space-Saving algorithm
/// (Metwally, Agrawal and El Abbadi, 2005) keeps ``capacity`` keys: a new key takes the place of
/// the least counted one and inherits its count, so any key counted more than n / capacity times
/// is kept and a kept count overstates by at most the count it inherited.
public struct TopCounter: Sendable {
    public let capacity: Int
    private var counts: [String: Int] = [:]
    /// Whether every count is exact: no key was ever evicted.
    public private(set) var isExact = true

    public init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    public mutating func add(_ key: String) {
        if let count = counts[key] {
            counts[key] = count + 1
        } else if counts.count < capacity {
            counts[key] = 1
        } else {
            // Space-Saving: the new key replaces the least counted, and inherits its count.
            let least = counts.min { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }!
            counts.removeValue(forKey: least.key)
            counts[key] = least.value + 1
            isExact = false
        }
    }

    /// The `limit` most counted keys, most first; ties by key.
    public func top(_ limit: Int) -> [(key: String, count: Int)] {
        counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(limit).map { ($0.key, $0.value) }
    }
}
