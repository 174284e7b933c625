/// Finds the line each libical error of one component is about, in time linear in the
/// component's lines and the errors' lengths.
///
/// libical's `X-LIC-ERROR` messages end with what they could not read and name the property
/// ("Can't parse as DATE-TIME value in DTEND property. Removing entire property: notadate"). An
/// error is put on the first line, in file order, whose text the message ends with (after one of
/// its first `: `), else whose value it ends with, else whose name it names as a word; a line not
/// yet named by an earlier error goes first, so two errors about two equal lines point at both.
struct ErrorLineIndex {
    /// The lines (numbers, in file order) with one text, value or name, and the first of them
    /// that may still be unclaimed.
    private struct Pool {
        var lines: [Int] = []
        var next = 0
    }

    private var byText: [String: Pool] = [:]
    private var byValue: [String: Pool] = [:]
    private var byName: [String: Pool] = [:]
    private var claimed: Set<Int> = []

    /// The most `: ` separators, and characters, of a message looked at.
    private static let maxSeparators = 8
    private static let maxLookedAt = 1_000

    init(_ lines: [CalendarOutline.ContentLine]) {
        for line in lines where line.name != "X-LIC-ERROR" {
            if line.text.count >= 3 { byText[Self.key(line.text[...]), default: Pool()].lines.append(line.line) }
            if let colon = line.text.firstIndex(of: ":") {
                let value = line.text[line.text.index(after: colon)...]
                if value.count >= 3 { byValue[Self.key(value), default: Pool()].lines.append(line.line) }
            }
            if line.name.count >= 2 { byName[line.name, default: Pool()].lines.append(line.line) }
        }
    }

    /// The line `message` is about, now claimed; `nil` when no line fits.
    mutating func claim(_ message: String) -> Int? {
        let endings = Self.endings(of: message)
        let words = Self.words(of: message)
        let tiers: [(pools: WritableKeyPath<ErrorLineIndex, [String: Pool]>, keys: [String])] = [
            (\.byText, endings), (\.byValue, endings), (\.byName, words),
        ]
        for tier in tiers {
            if let line = firstUnclaimed(in: tier.pools, keys: tier.keys) {
                claimed.insert(line)
                return line
            }
        }
        for tier in tiers {
            if let line = tier.keys.compactMap({ self[keyPath: tier.pools][$0]?.lines.first }).min() { return line }
        }
        return nil
    }

    private mutating func firstUnclaimed(in pools: WritableKeyPath<ErrorLineIndex, [String: Pool]>, keys: [String]) -> Int? {
        var best: Int?
        for key in keys {
            guard var pool = self[keyPath: pools][key] else { continue }
            // Claims only grow, so each pool's cursor moves forward once over its lines in all.
            while pool.next < pool.lines.count, claimed.contains(pool.lines[pool.next]) { pool.next += 1 }
            self[keyPath: pools][key] = pool
            if pool.next < pool.lines.count { best = min(best ?? .max, pool.lines[pool.next]) }
        }
        return best
    }

    /// The message whole, and what follows each of its first `: `, as keys.
    private static func endings(of message: String) -> [String] {
        var result = [key(message[...])]
        var rest = message.prefix(maxLookedAt)[...]
        while result.count <= maxSeparators, let separator = rest.firstRange(of: ": ") {
            let ending = message[separator.upperBound...].drop { $0 == " " }
            result.append(key(ending))
            rest = rest[separator.upperBound...]
        }
        return result
    }

    /// The upper-cased words of the message: runs of letters, digits and `-`.
    private static func words(of message: String) -> [String] {
        message.prefix(maxLookedAt).uppercased()
            .split { !($0.isLetter || $0.isNumber || $0 == "-") }
            .filter { $0.count >= 2 }
            .map(String.init)
    }

    /// The start of a text, as long as an outline keeps of a line.
    private static func key(_ text: Substring) -> String {
        String(text.prefix(CalendarOutline.maxKeptText))
    }
}
