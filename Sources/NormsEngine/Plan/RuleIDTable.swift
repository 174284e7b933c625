import NormsSource

/// The ids of a policy's rules by rule index, as strings and as JSON strings escaped once, when
/// the plan is made: a decision keeps the indices of its matching rules and this table, and
/// writes each id's bytes as they are.
final class RuleIDTable: Sendable {
    /// The ids, by rule index.
    let ids: [String]
    /// Every id as a JSON string, one after another.
    private let json: [UInt8]
    /// Where each id's JSON ends in ``json``, by rule index.
    private let jsonEnds: [Int]

    init(ids: [String]) {
        self.ids = ids
        var output = JSONOutput()
        var ends: [Int] = []
        ends.reserveCapacity(ids.count)
        for id in ids {
            output.appendString(id)
            ends.append(output.count)
        }
        json = output.bytes
        jsonEnds = ends
    }

    /// Appends the ids of `rules` (rule indices) as the members of a JSON array, comma-separated.
    func appendJSON(of rules: [Int], to output: inout JSONOutput) {
        guard !rules.isEmpty else { return }
        // The length of it all first, so that room is made once rather than for each id.
        var length = rules.count - 1
        for rule in rules { length += jsonEnds[rule] - jsonStart(of: rule) }
        json.withUnsafeBufferPointer { json in
            output.appendInPlace(count: length) { target in
                var written = 0
                for rule in rules {
                    if written > 0 {
                        target[written] = UInt8(ascii: ",")
                        written += 1
                    }
                    let start = jsonStart(of: rule)
                    (target + written).initialize(from: json.baseAddress! + start, count: jsonEnds[rule] - start)
                    written += jsonEnds[rule] - start
                }
            }
        }
    }

    /// Where the JSON of rule `rule`'s id starts in ``json``.
    private func jsonStart(of rule: Int) -> Int {
        rule == 0 ? 0 : jsonEnds[rule - 1]
    }
}
