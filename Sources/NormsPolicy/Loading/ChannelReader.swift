import NormsSource
import NormsYAML

/// Reads one entry of `channels`.
struct ChannelReader {
    let reader: NodeReader

    static let keys = ["mode", "reply_within", "interrupts", "min_level", "suggest", "requires", "description"]
    static let requirementKeys = ["agenda", "notice", "prework_notice"]

    /// Reads a channel. A channel that cannot be fully read is still returned (as `async` when its
    /// mode is unusable), so references to it do not report a second problem.
    func channel(id: Located<String>, field: Field) -> Channel {
        let fallbackMode = Located(ChannelMode.async, at: .synthetic("missing mode"))
        guard let map = reader.map(field, known: Self.keys, required: ["mode"], missingHelp: [
            "mode": "add 'mode: sync' for a channel that expects presence (phone, meeting) or 'mode: async' for one that can wait (e-mail, chat)",
        ], expected: "a mapping of channel settings") else {
            return Channel(id: id, mode: fallbackMode)
        }
        return Channel(
            id: id,
            description: map.optional("description").flatMap { reader.text($0) },
            mode: map["mode"].flatMap { reader.choice($0, of: ChannelMode.self) } ?? fallbackMode,
            replyWithin: map["reply_within"].flatMap { reader.duration($0) },
            interrupts: map["interrupts"].flatMap(reader.bool),
            minLevel: map["min_level"].flatMap { reader.string($0, expected: "a level name") },
            suggest: map["suggest"].flatMap { reader.string($0, expected: "a channel id") },
            requires: map["requires"].flatMap(requirements)
        )
    }

    /// Reads `requires: {agenda: BOOL, notice: D, prework_notice: D}` (wall-clock durations).
    private func requirements(_ field: Field) -> MeetingRequirements? {
        guard let map = reader.map(field, known: Self.requirementKeys) else { return nil }
        return MeetingRequirements(
            agenda: map["agenda"].flatMap(reader.bool),
            notice: map["notice"].flatMap(reader.minutes),
            preworkNotice: map["prework_notice"].flatMap(reader.minutes)
        )
    }
}
