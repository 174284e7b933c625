import NormsPolicy
import NormsSource

extension PolicySchema {
    /// The reusable parts: value grammars, then the entries of each section.
    static var definitions: [(String, JSONValue)] {
        grammars + [
            ("holiday", holiday),
            ("channel", channel),
            ("team", team),
            ("person", person),
            ("calendar", calendar),
            ("rule", rule),
            ("conditions", conditions),
            ("effects", effects),
            ("lint", lint),
        ]
    }

    // MARK: - Grammars

    private static var grammars: [(String, JSONValue)] {
        let time = "(?:[01]?[0-9]|2[0-3]):[0-5][0-9]|24:00"
        let range = "\\s*(?:\(time))\\s*-\\s*(?:\(time))\\s*"
        let day = "(?:" + Weekday.allCases.map { anyCase($0.abbreviation) + "(?:" + anyCase(String($0.fullName.dropFirst(3))) + ")?" }
            .joined(separator: "|") + ")"
        let item = "\(day)(?:\\s*-\\s*\(day))?"
        let words = "weekdays|weekends|daily".split(separator: "|").map { anyCase(String($0)) }.joined(separator: "|")
        let daySet = "\\s*(?:\(words)|\(item)(?:\\s*,\\s*\(item))*)\\s*"
        let compactDaySet = "(?:\(words)|\(day)(?:-\(day))?(?:,\(day)(?:-\(day))?)*)"
        let date = "[0-9]{4}-[0-9]{2}-[0-9]{2}"
        let wallUnits = "m|mins?|minutes?|h|hours?|d|days?"
        let businessUnits = "bh|business\\s+hours?|bd|business\\s+days?"
        return [
            ("text", .object([("type", .array(["string", "number", "boolean"]))])),
            ("name", .object([("type", "string"), ("minLength", 1)])),
            ("path", .object([("type", "string"), ("minLength", 1)])),
            ("timezone", .object([
                ("description", "An IANA region id, such as Europe/Berlin, or UTC. An alias the time-zone database keeps (US/Eastern) is accepted with a warning; an abbreviation (EST) or a fixed offset (UTC+1, Etc/GMT-1) is not a zone, since its clocks never change."),
                ("anyOf", .array([
                    string(pattern: "^(?:UTC|(?!Etc/)[A-Z][A-Za-z_-]*(?:/[A-Za-z0-9_+-]+)+)$"),
                    enumeration(ZoneID.legacyNames.keys.sorted()),
                ])),
            ])),
            ("hourRange", string(pattern: "^\(range)$", "HH:MM-HH:MM, 24-hour; an end before the start runs overnight.")),
            ("daySet", string(pattern: "^\(daySet)$", "mon … sun, a range mon-fri, a list mon,wed,fri, or weekdays, weekends, daily.")),
            ("schedule", .object([
                ("description", "A map from day set to an hour range or a list of them; a day no key names is not a working day."),
                ("type", "object"),
                ("propertyNames", ref("daySet")),
                ("additionalProperties", oneOrMany(ref("hourRange"))),
            ])),
            ("recurringBlock", .object([
                ("description", "\"DAYSET HH:MM-HH:MM\", or {days, hours}."),
                ("anyOf", .array([
                    string(pattern: "^\\s*\(compactDaySet)\\s+\(range)$"),
                    object([("days", ref("daySet")), ("hours", ref("hourRange"))], required: ["days", "hours"]),
                ])),
            ])),
            ("date", string(pattern: "^\\s*\(date)\\s*$", "YYYY-MM-DD.")),
            ("dateRange", string(pattern: "^\\s*\(date)(?:\\.\\.\(date))?\\s*$", "YYYY-MM-DD, or FIRST..LAST with both ends included.")),
            ("duration", string(pattern: "^\\s*(?:\(anyCase("immediate"))|\(anyCase("none"))|[0-9]{1,7}\\s*(?:\(anyCaseWords(wallUnits))|\(anyCaseWords(businessUnits))))\\s*$",
                                "immediate, none, elapsed time (45m, 4h, 2d) or business time (4 business hours, 2 business days).")),
            ("wallClockDuration", string(pattern: "^\\s*[0-9]{1,7}\\s*(?:\(anyCaseWords(wallUnits)))\\s*$", "Elapsed time: 45m, 4h, 2d.")),
            ("recipientState", enumeration(RecipientState.allCases.map(\.rawValue))),
        ]
    }

    /// A pattern matching `word` in any letter case (JSON Schema patterns have no case-insensitive flag).
    static func anyCase(_ word: String) -> String {
        word.map { character in
            let lower = character.lowercased()
            let upper = character.uppercased()
            return lower == upper ? String(character) : "[\(lower)\(upper)]"
        }.joined()
    }

    /// ``anyCase(_:)`` applied to the letters of a pattern, leaving its `\s`, `?`, `+`, `|` alone.
    private static func anyCaseWords(_ pattern: String) -> String {
        var result = ""
        var escaped = false
        for character in pattern {
            if escaped || !character.isLetter {
                result.append(character)
                escaped = character == "\\" && !escaped
            } else {
                result += anyCase(String(character))
            }
        }
        return result
    }

    // MARK: - Sections

    private static var holiday: JSONValue {
        .object([("anyOf", .array([
            ref("dateRange"),
            object([("date", ref("date")), ("name", ref("text"))], required: ["date"]),
            object([("range", ref("dateRange")), ("name", ref("text"))], required: ["range"]),
        ]))])
    }

    private static var channel: JSONValue {
        object([
            ("mode", described("sync expects presence (phone, meeting); async can wait (e-mail, chat).", enumeration(ChannelMode.allCases.map(\.rawValue)))),
            ("reply_within", described("The default reply expectation on this channel; default none.", ref("duration"))),
            ("interrupts", described("Whether a message notifies the recipient; default true for sync, false for async.", .object([("type", "boolean")]))),
            ("min_level", described("The lowest level this channel may be used for.", ref("name"))),
            ("suggest", described("The channel to propose when this one is not allowed.", ref("name"))),
            ("requires", described("For meeting-like channels.", object([
                ("agenda", .object([("type", "boolean")])),
                ("notice", described("The invite is sent at least this long before the meeting.", ref("wallClockDuration"))),
                ("prework_notice", described("Materials are shared at least this long before the meeting.", ref("wallClockDuration"))),
            ]))),
            ("description", ref("text")),
        ])
    }

    private static var team: JSONValue {
        object([
            ("name", ref("text")),
            ("description", ref("text")),
            ("members", oneOrMany(ref("name"))),
            ("timezone", ref("timezone")),
            ("working_hours", ref("schedule")),
            ("focus", oneOrMany(ref("recurringBlock"))),
            ("channels", described("Per-channel overrides of reply_within and interrupts.", .object([
                ("type", "object"),
                ("additionalProperties", object([("reply_within", ref("duration")), ("interrupts", .object([("type", "boolean")]))])),
            ]))),
            ("backup", ref("name")),
            ("calendar", ref("calendar")),
        ])
    }

    /// `calendar:` of a person or team.
    private static var calendar: JSONValue {
        let patterns = oneOrMany(ref("text"))
        return .object([
            ("description", "An .ics file (relative to this file, inside the policy root), a list of them, or {files, away, focus}."),
            ("anyOf", .array([
                oneOrMany(ref("path")),
                object([
                    ("files", oneOrMany(ref("path"))),
                    ("away", described("What counts as away; default: out-of-office events and all-day events.", object([
                        ("out_of_office", .object([("type", "boolean")])),
                        ("all_day", .object([("type", "boolean")])),
                        ("categories", patterns),
                        ("summary", patterns),
                    ]))),
                    ("focus", described("What counts as focus; default: summary or category 'Focus time' or 'Focus'.", object([
                        ("categories", patterns),
                        ("summary", patterns),
                    ]))),
                ], required: ["files"]),
            ])),
        ])
    }

    private static var person: JSONValue {
        object([
            ("name", ref("text")),
            ("description", ref("text")),
            ("email", ref("text")),
            ("team", described("One team id or a list; the first is the home team.", oneOrMany(ref("name")))),
            ("timezone", ref("timezone")),
            ("working_hours", ref("schedule")),
            ("focus", oneOrMany(ref("recurringBlock"))),
            ("away", oneOrMany(ref("dateRange"))),
            ("backup", ref("name")),
            ("roles", oneOrMany(ref("name"))),
            ("calendar", ref("calendar")),
        ])
    }

    private static var rule: JSONValue {
        object([
            ("id", string(pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$", "A kebab-case id, unique across the policy and its bases.")),
            ("description", ref("text")),
            ("when", described("Conditions that must all hold; absent means always.", ref("conditions"))),
            ("unless", described("The rule does not apply when these all hold.", ref("conditions"))),
            ("then", described("What the rule does; at least one effect.", ref("effects"))),
            ("mode", enumeration(NormRule.Mode.allCases.map(\.rawValue))),
            ("owner", described("The person or team who answers for the rule.", ref("name"))),
            ("expires", described("After this date the rule is stale and lint fails.", ref("date"))),
            ("override", described("Replaces a base policy's rule with the same id.", .object([("type", "boolean")]))),
        ], required: ["id", "then"])
    }

    private static var conditions: JSONValue {
        object([
            ("channel", oneOrMany(ref("name"))),
            ("kind", oneOrMany(ref("name"))),
            ("level", described("A level, a list of levels, or a comparison such as \">= high\".", oneOrMany(ref("name")))),
            ("tags", .object([("anyOf", .array([
                oneOrMany(ref("name")),
                object([("any", oneOrMany(ref("name")))], required: ["any"]),
                object([("all", oneOrMany(ref("name")))], required: ["all"]),
            ]))])),
            ("keywords", oneOrMany(ref("name"))),
            ("from", described("Person, team or role ids, or external.", oneOrMany(ref("name")))),
            ("to", described("Person, team or role ids of the recipient.", oneOrMany(ref("name")))),
            ("recipient_state", oneOrMany(ref("recipientState"))),
        ])
    }

    private static var effects: JSONValue {
        let states = RecipientState.allCases.map(\.rawValue) + ["all"]
        var schema = object([
            ("level", described("Raise the message's level to this one.", ref("name"))),
            ("reply_within", ref("duration")),
            ("interrupt", described("true: notify now, whatever the state; false: never notify.", .object([("type", "boolean")]))),
            ("breaks_through", described("Recipient states this message may interrupt.", oneOrMany(enumeration(states)))),
            ("escalate", object([
                ("after", ref("duration")),
                ("via", ref("name")),
                ("to", described("backup (the default) or a person id.", ref("name"))),
            ], required: ["after", "via"])),
            ("violation", ref("text")),
            ("severity", enumeration(Severity.allCases.reversed().map(\.rawValue))),
            ("suggest", ref("name")),
        ])
        if case .object(var members) = schema {
            members.insert(("minProperties", 1), at: 1)
            schema = .object(members)
        }
        return schema
    }

    private static var lint: JSONValue {
        object([
            ("disable", described("Lint rule ids not reported for this policy.", oneOrMany(ref("name")))),
            ("severity", described("Severities that replace lint rules' defaults.",
                                   .object([("type", "object"), ("additionalProperties", enumeration(Severity.allCases.reversed().map(\.rawValue)))]))),
        ])
    }
}
