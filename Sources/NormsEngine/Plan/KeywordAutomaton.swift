/// Finds every keyword of a policy in a text in one pass (Aho–Corasick over the UTF-8 bytes of
/// the lowercased text), instead of one search per keyword.
///
/// A keyword matches as a whole word, case-insensitively: the scalars right before and after it
/// must not be a letter, a digit, `_` or a combining mark. The cost is linear in the text's
/// length (plus the matches found), whatever the number of keywords.
struct KeywordAutomaton: Sendable {
    private struct Node: Sendable {
        /// Child nodes by byte, sorted by byte.
        var bytes: [UInt8] = []
        var children: [Int32] = []
        var failure: Int32 = 0
        /// The keyword ending here, if one does.
        var keyword: Int32 = -1
        /// The nearest node on the failure chain where a keyword ends (`-1`: none).
        var nextMatch: Int32 = -1
        /// The keyword's length in bytes, when one ends here.
        var length: Int32 = 0

        func child(_ byte: UInt8) -> Int32? {
            for index in bytes.indices where bytes[index] == byte { return children[index] }
            return nil
        }
    }

    private var nodes: [Node] = [Node()]
    /// Children of the root by byte (`-1`: none), for the state most text passes through.
    private var rootChildren = [Int32](repeating: -1, count: 256)
    /// The number of keywords.
    let count: Int

    /// - Parameter keywords: lowercased keywords, each with its id (`0..<keywords.count`); empty
    ///   keywords never match.
    init(keywords: [String]) {
        count = keywords.count
        for (id, keyword) in keywords.enumerated() where !keyword.isEmpty {
            var node = 0
            for byte in keyword.utf8 {
                if let next = nodes[node].child(byte) {
                    node = Int(next)
                } else {
                    nodes.append(Node())
                    nodes[node].bytes.append(byte)
                    nodes[node].children.append(Int32(nodes.count - 1))
                    node = nodes.count - 1
                }
            }
            nodes[node].keyword = Int32(id)
            nodes[node].length = Int32(keyword.utf8.count)
        }
        for (byte, child) in zip(nodes[0].bytes, nodes[0].children) { rootChildren[Int(byte)] = child }
        linkFailures()
    }

    /// Breadth-first: each node's failure is the longest proper suffix of its path that is a path.
    private mutating func linkFailures() {
        var queue = nodes[0].children.map(Int.init)
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for (byte, child) in zip(nodes[node].bytes, nodes[node].children) {
                var failure = Int(nodes[node].failure)
                while failure != 0, nodes[failure].child(byte) == nil { failure = Int(nodes[failure].failure) }
                let target = node == 0 ? 0 : Int(nodes[failure].child(byte) ?? 0)
                let childIndex = Int(child)
                nodes[childIndex].failure = Int32(target == childIndex ? 0 : target)
                let failureNode = nodes[Int(nodes[childIndex].failure)]
                nodes[childIndex].nextMatch = failureNode.keyword >= 0 ? nodes[childIndex].failure : failureNode.nextMatch
                queue.append(childIndex)
            }
        }
    }

    /// Which keywords occur as whole words in any of the texts, by id.
    func occurrences(in texts: [String?]) -> [Bool] {
        var found = [Bool](repeating: false, count: count)
        guard nodes.count > 1 else { return found }
        for case var text? in texts {
            // ASCII text, the common case, is lowercased byte by byte without building a string.
            let scanned = text.withUTF8 { utf8 in
                guard utf8.allSatisfy({ $0 < 0x80 }) else { return false }
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: utf8.count) { lowered in
                    for index in utf8.indices {
                        let byte = utf8[index]
                        lowered[index] = byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
                    }
                    scan(UnsafeBufferPointer(lowered), into: &found)
                }
                return true
            }
            if !scanned { Array(text.lowercased().utf8).withUnsafeBufferPointer { scan($0, into: &found) } }
        }
        return found
    }

    private func scan(_ text: UnsafeBufferPointer<UInt8>, into found: inout [Bool]) {
        var state = 0
        for position in 0..<text.count {
            let byte = text[position]
            while true {
                if state == 0 {
                    state = max(0, Int(rootChildren[Int(byte)]))
                    break
                }
                if let next = nodes[state].child(byte) {
                    state = Int(next)
                    break
                }
                state = Int(nodes[state].failure)
            }
            var match = nodes[state].keyword >= 0 ? state : Int(nodes[state].nextMatch)
            while match > 0 {
                let node = nodes[match]
                let end = position + 1
                let start = end - Int(node.length)
                if !found[Int(node.keyword)], WordBoundary.isBoundary(text, before: start), WordBoundary.isBoundary(text, after: end) {
                    found[Int(node.keyword)] = true
                }
                match = Int(node.nextMatch)
            }
        }
    }
}

/// Whether a keyword match stands alone as a word.
enum WordBoundary {
    /// Whether the scalar ending right before byte `start` is not part of a word.
    static func isBoundary(_ text: UnsafeBufferPointer<UInt8>, before start: Int) -> Bool {
        guard start > 0 else { return true }
        var lead = start - 1
        while lead > 0, text[lead] & 0xC0 == 0x80 { lead -= 1 }
        return !isWordScalar(decode(text, at: lead))
    }

    /// Whether the scalar starting at byte `end` is not part of a word.
    static func isBoundary(_ text: UnsafeBufferPointer<UInt8>, after end: Int) -> Bool {
        guard end < text.count else { return true }
        return !isWordScalar(decode(text, at: end))
    }

    /// A letter, a digit, `_`, or a combining mark (which joins the letter before it).
    static func isWordScalar(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        if scalar.isASCII {
            let value = scalar.value
            return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) || value == 0x5F
        }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return properties.isAlphabetic || properties.numericType != nil
        }
    }

    private static func decode(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Unicode.Scalar? {
        var iterator = text[index...].makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return nil
    }
}
