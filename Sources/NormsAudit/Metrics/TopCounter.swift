import NormsSource

/// Counts of keys from an unbounded set (senders, say) in bounded memory and time, for a top-N
/// list.
///
/// Up to ``capacity`` distinct keys the counts are exact. Past it, the Space-Saving algorithm
/// (Metwally, Agrawal and El Abbadi, 2005) keeps ``capacity`` keys: a new key takes the place of
/// the least counted one and inherits its count, so any key counted more than n / capacity times
/// is kept and a kept count overstates by at most the count it inherited. The keys are kept in a
/// binary heap ordered by count, so finding the least counted takes no scan. A key longer than
/// ``maxKeyBytes`` is counted by its start and a hash of the whole, so memory is bounded in bytes
/// as well as in keys.
public struct TopCounter: Sendable {
    public let capacity: Int
    /// The longest key kept as it is, in UTF-8 bytes.
    public static let maxKeyBytes = 256
    /// The keys and counts, the least counted (then the greatest key) first: a binary min-heap.
    private var heap: [(key: String, count: Int)] = []
    /// Where each key is in ``heap``.
    private var position: [String: Int] = [:]
    /// Whether every count is exact: no key was ever evicted.
    public private(set) var isExact = true

    public init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    public mutating func add(_ key: String) {
        let key = Self.bounded(key)
        if let index = position[key] {
            heap[index].count += 1
            siftDown(index)
        } else if heap.count < capacity {
            heap.append((key, 1))
            position[key] = heap.count - 1
            siftUp(heap.count - 1)
        } else {
            // Space-Saving: the new key replaces the least counted, and inherits its count.
            let least = heap[0]
            position.removeValue(forKey: least.key)
            heap[0] = (key, least.count + 1)
            position[key] = 0
            siftDown(0)
            isExact = false
        }
    }

    /// The `limit` most counted keys, most first; ties by key.
    public func top(_ limit: Int) -> [(key: String, count: Int)] {
        Array(heap.sorted { $0.count != $1.count ? $0.count > $1.count : $0.key < $1.key }.prefix(limit))
    }

    /// A key as counted: itself up to ``maxKeyBytes``, else its first whole characters within
    /// that many bytes, `…#` and the FNV-1a hash of all its bytes, in hexadecimal.
    static func bounded(_ key: String) -> String {
        guard key.utf8.count > maxKeyBytes else { return key }
        var start = String.UnicodeScalarView()
        var length = 0
        for scalar in key.unicodeScalars {
            length += UTF8.width(scalar)
            if length > maxKeyBytes - 20 { break }
            start.append(scalar)
        }
        let hex = String(FNV1a.hash(key), radix: 16)
        return String(start) + "…#" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Whether the entry at `a` goes before the one at `b`: fewer counts, then the greater key.
    private func precedes(_ a: Int, _ b: Int) -> Bool {
        heap[a].count != heap[b].count ? heap[a].count < heap[b].count : heap[a].key > heap[b].key
    }

    private mutating func swapAt(_ a: Int, _ b: Int) {
        heap.swapAt(a, b)
        position[heap[a].key] = a
        position[heap[b].key] = b
    }

    private mutating func siftUp(_ start: Int) {
        var index = start
        while index > 0, precedes(index, (index - 1) / 2) {
            swapAt(index, (index - 1) / 2)
            index = (index - 1) / 2
        }
    }

    private mutating func siftDown(_ start: Int) {
        var index = start
        while true {
            var first = index
            for child in [2 * index + 1, 2 * index + 2] where child < heap.count && precedes(child, first) { first = child }
            guard first != index else { return }
            swapAt(index, first)
            index = first
        }
    }
}
