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
        json.withUnsafeBufferPointer { json in
            for (position, rule) in rules.enumerated() {
                if position > 0 { output.appendByte(UInt8(ascii: ",")) }
                let start = rule == 0 ? 0 : jsonEnds[rule - 1]
                output.appendRaw(UnsafeBufferPointer(rebasing: json[start..<jsonEnds[rule]]))
            }
        }
    }
}
