import NormsPolicy
import NormsSource

// The decision written straight as JSON bytes: compact for `norms check --batch`, pretty for
// `norms check --format json` and `norms serve`.
//
// The compact bytes are exactly those of `json.compact` (Decision+JSON.swift): the same fields in the same
// order, the same escaping. A test compares the two on every example message; a field added to
// one must be added to the other.

extension Decision {
    /// Appends the decision as compact JSON: the bytes of `json.compact`.
    public func appendJSON(to output: inout JSONOutput) {
        output.appendRaw("{")
        appendJSONMembers(to: &output)
    }

    /// Appends the decision's members and its closing brace, without the opening brace, so that a
    /// caller can write members of its own first (`{"line":3,` then the decision's).
    public func appendJSONMembers(to output: inout JSONOutput) {
        if let leadingJSON {
            output.appendRaw(leadingJSON)
        } else {
            Self.appendLeadingJSON(policy: policy, level: level, to: &output)
        }
        output.appendBool(needsImmediateReply)
        output.appendRaw(",\"allowed\":")
        output.appendBool(allowed)
        output.appendRaw(",\"violations\":[")
        // By index rather than `enumerated()`, whose iterator hands out a copy of each element.
        for index in violations.indices {
            if index > 0 { output.appendByte(UInt8(ascii: ",")) }
            violations[index].appendJSON(to: &output)
        }
        output.appendRaw("],\"recipients\":[")
        for index in recipients.indices {
            if index > 0 { output.appendByte(UInt8(ascii: ",")) }
            recipients[index].appendJSON(to: &output)
        }
        output.appendRaw("]")
        if let trace {
            output.appendRaw(",\"trace\":[")
            for (index, step) in trace.enumerated() {
                if index > 0 { output.appendByte(UInt8(ascii: ",")) }
                step.json.appendCompact(to: &output)
            }
            output.appendRaw("]")
        }
        output.appendRaw(",\"level_by\":")
        output.appendString(levelBy)
        output.appendRaw("}")
    }

    /// Appends `"policy":NAME,"level":LEVEL,"needs_immediate_reply":`, the first members.
    static func appendLeadingJSON(policy: String, level: String, to output: inout JSONOutput) {
        output.appendRaw("\"policy\":")
        output.appendString(policy)
        output.appendRaw(",\"level\":")
        output.appendString(level)
        output.appendRaw(",\"needs_immediate_reply\":")
    }

    /// Appends the decision as `norms check --format json` prints it, before its final line feed:
    /// pretty JSON ending with the `version` member, the bytes of
    /// `json.versioned(Decision.jsonVersion).pretty`.
    public func appendPrettyJSON(to output: inout JSONOutput) {
        var compact = JSONOutput(capacity: 2048)
        appendJSON(to: &compact)
        Self.appendPrettyJSON(compact: compact.bytes, to: &output)
    }

    /// Appends a decision as `norms check --format json` prints it, from the compact JSON
    /// ``appendJSON(to:)`` wrote for it, for a caller that needs both forms.
    public static func appendPrettyJSON(compact: [UInt8], to output: inout JSONOutput) {
        var versioned = JSONOutput(capacity: compact.count + 16)
        versioned.appendRaw(compact)
        versioned.appendVersionMember()
        output.appendPretty(compact: versioned.bytes)
    }
}

extension JSONOutput {
    /// Ends the decision object just written with its `"version"` member: the object's closing
    /// brace becomes `,"version":N}`.
    package mutating func appendVersionMember() {
        if last == UInt8(ascii: "}") { removeLast() }
        appendRaw(",\"version\":")
        appendInt(Decision.jsonVersion)
        appendRaw("}")
    }
}

extension Violation {
    func appendJSON(to output: inout JSONOutput) {
        output.appendRaw(compactJSON)
    }

    /// The compact JSON of a violation with these fields.
    static func compactJSON(rule: String, severity: Severity, message: String, suggest: String?, source: SourceSpan) -> [UInt8] {
        var output = JSONOutput()
        output.appendRaw("{\"rule\":")
        output.appendString(rule)
        output.appendRaw(",\"severity\":")
        output.appendString(severity.rawValue)
        output.appendRaw(",\"message\":")
        output.appendString(message)
        output.appendRaw(",\"suggest\":")
        output.appendOptionalString(suggest)
        output.appendRaw(",\"source\":")
        output.appendString(source.description)
        output.appendRaw("}")
        return output.bytes
    }
}

extension RecipientDecision {
    func appendJSON(to output: inout JSONOutput) {
        if let leadingJSON {
            output.appendRaw(leadingJSON)
        } else {
            Self.appendLeadingJSON(id: id, timezone: timezone, to: &output)
        }
        output.appendTimestamp(localTime)
        output.appendRaw(state.stateAndNextKeyJSON)
        output.appendDuration(replyWithin)
        output.appendRaw(",\"deadline\":")
        output.appendTimestamp(deadline)
        output.appendRaw(notify.notifyAndNextKeyJSON)
        output.appendTimestamp(notifyAt)
        output.appendRaw(",\"escalation\":")
        if let escalation {
            output.appendRaw("{\"at\":")
            output.appendTimestamp(escalation.at)
            output.appendRaw(",\"via\":")
            output.appendString(escalation.via)
            output.appendRaw(",\"to\":")
            output.appendOptionalString(escalation.to)
            output.appendRaw("}")
        } else {
            output.appendRaw("null")
        }
        output.appendRaw(",\"rules\":[")
        switch ruleList {
        case .indices(let indices, let table):
            table.appendJSON(of: indices, to: &output)
        case .ids(let ids):
            for (index, rule) in ids.enumerated() {
                if index > 0 { output.appendByte(UInt8(ascii: ",")) }
                output.appendString(rule)
            }
        }
        output.appendRaw("],\"notes\":[")
        for (index, note) in notes.enumerated() {
            if index > 0 { output.appendByte(UInt8(ascii: ",")) }
            output.appendString(note)
        }
        output.appendRaw("],\"decided_by\":{\"reply_within\":")
        output.appendString(decidedBy.replyWithin)
        output.appendRaw(",\"notify\":")
        output.appendString(decidedBy.notify)
        output.appendRaw(",\"escalation\":")
        output.appendOptionalString(decidedBy.escalation)
        output.appendRaw("}}")
    }
}

extension RecipientDecision {
    /// Appends `{"id":ID,"timezone":ZONE,"local_time":`, the members before the local time.
    static func appendLeadingJSON(id: String, timezone: String, to output: inout JSONOutput) {
        output.appendRaw("{\"id\":")
        output.appendString(id)
        output.appendRaw(",\"timezone\":")
        output.appendString(timezone)
        output.appendRaw(",\"local_time\":")
    }
}

// A state or notification and the key after it are written at once: every append has a cost of
// its own, whatever its length.

extension RecipientState {
    /// `,"state":"STATE","reply_within":`.
    fileprivate var stateAndNextKeyJSON: StaticString {
        switch self {
        case .away: ",\"state\":\"away\",\"reply_within\":"
        case .holiday: ",\"state\":\"holiday\",\"reply_within\":"
        case .afterHours: ",\"state\":\"after_hours\",\"reply_within\":"
        case .focus: ",\"state\":\"focus\",\"reply_within\":"
        case .available: ",\"state\":\"available\",\"reply_within\":"
        }
    }
}

extension Notify {
    /// `,"notify":"NOTIFY","notify_at":`.
    fileprivate var notifyAndNextKeyJSON: StaticString {
        switch self {
        case .now: ",\"notify\":\"now\",\"notify_at\":"
        case .later: ",\"notify\":\"later\",\"notify_at\":"
        case .none: ",\"notify\":\"none\",\"notify_at\":"
        }
    }
}

extension JSONOutput {
    /// Appends a duration as a JSON string, the bytes of `PolicyDuration.description` (`4 business
    /// hours`, `30m`), without building the string.
    fileprivate mutating func appendDuration(_ duration: PolicyDuration) {
        switch duration {
        case .immediate: appendRaw("\"immediate\"")
        case .none: appendRaw("\"none\"")
        case .wallClock(let minutes) where minutes > 0 && minutes % 1440 == 0: appendCount(minutes / 1440, unit: "d")
        case .wallClock(let minutes) where minutes > 0 && minutes % 60 == 0: appendCount(minutes / 60, unit: "h")
        case .wallClock(let minutes): appendCount(minutes, unit: "m")
        case .businessHours(let count): appendCount(count, unit: count == 1 ? " business hour" : " business hours")
        case .businessDays(let count): appendCount(count, unit: count == 1 ? " business day" : " business days")
        }
    }

    /// `"COUNT UNIT"` as a JSON string; the unit needs no escaping.
    private mutating func appendCount(_ count: Int, unit: StaticString) {
        appendByte(UInt8(ascii: "\""))
        appendInt(count)
        appendRaw(unit)
        appendByte(UInt8(ascii: "\""))
    }

    /// Appends a timestamp as a JSON string, the bytes of `Timestamp.description`
    /// (`2026-11-25T09:30:00-08:00`), or `null` for `nil`, without building the string: four
    /// timestamps per recipient make this the costliest part of a decision's output otherwise.
    fileprivate mutating func appendTimestamp(_ stamp: Timestamp?) {
        guard let stamp else { return appendRaw("null") }
        let (date, second) = stamp.local
        // Years outside 0...9999 are padded differently; they never occur, but stay exact.
        guard (0...9999).contains(date.year) else { return appendString(stamp.description) }
        let magnitude = abs(stamp.offset)
        // `"2026-11-25T09:30:00-08:00"`: 27 bytes, written in place.
        appendInPlace(count: 27) { text in
            func put(_ separator: Unicode.Scalar, at index: Int) { text[index] = UInt8(ascii: separator) }
            func put(twoDigits value: Int, at index: Int) {
                text[index] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value / 10)
                text[index + 1] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value % 10)
            }
            put("\"", at: 0)
            put(twoDigits: date.year / 100, at: 1)
            put(twoDigits: date.year % 100, at: 3)
            put("-", at: 5)
            put(twoDigits: date.month, at: 6)
            put("-", at: 8)
            put(twoDigits: date.day, at: 9)
            put("T", at: 11)
            put(twoDigits: second / 3600, at: 12)
            put(":", at: 14)
            put(twoDigits: second / 60 % 60, at: 15)
            put(":", at: 17)
            put(twoDigits: second % 60, at: 18)
            put(stamp.offset < 0 ? "-" : "+", at: 20)
            put(twoDigits: magnitude / 3600, at: 21)
            put(":", at: 23)
            put(twoDigits: magnitude / 60 % 60, at: 24)
            put("\"", at: 26)
        }
    }
}
