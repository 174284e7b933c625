import NormsSource

/// The JSON Schema (draft 2020-12) of the policy format, for editors such as yaml-language-server
/// and for CI checks outside `norms`.
///
/// The schema describes the shape of one policy file: its keys, their types and the value
/// grammars as patterns. What needs the whole policy — names that must be defined, a day named
/// twice, dates that do not exist — is left to `norms lint`. A file with `extends` may leave out
/// what its bases give (`name` aside: `timezone`, `channels`, a channel's `mode`); a file without
/// one must have them.
public enum PolicySchema {
    /// The schema's URI of the JSON Schema dialect.
    public static let dialect = "https://json-schema.org/draft/2020-12/schema"

    /// The schema as JSON, keys in a fixed order.
    public static var json: JSONValue {
        .object([
            ("$schema", .string(dialect)),
            ("$id", "https://teamnorms.dev/schema/norms-policy.schema.json"),
            ("title", "TeamNorms policy"),
            ("description", "A team's communication norms (policy format version 1): channels, reply expectations, working hours, focus time and the rules that combine them."),
            ("type", "object"),
            ("required", .array(["norms"])),
            ("properties", .object(topLevelProperties)),
            ("additionalProperties", false),
            ("if", .object([("not", .object([("required", .array(["extends"]))]))])),
            // Without a base, the file is the whole policy: it names itself, its zone and its
            // channels, and each channel its mode. With one, channel settings merge with the base's.
            ("then", .object([
                ("required", .array(["name", "timezone", "channels"])),
                ("properties", .object([
                    ("channels", .object([("additionalProperties", .object([("required", .array(["mode"]))]))])),
                ])),
            ])),
            ("$defs", .object(definitions)),
        ])
    }

    /// The schema as the text committed in `schema/norms-policy.schema.json`: indented JSON and a newline.
    public static var text: String { json.pretty + "\n" }

    // MARK: - Top level

    private static var topLevelProperties: [(String, JSONValue)] {
        [
            ("norms", described("The format version; only 1 exists.", ["const": 1])),
            ("name", described("The policy's name; required in the policy's own file.", ref("text"))),
            ("description", described("What the policy is for.", ref("text"))),
            ("extends", described("Base policies, relative to this file; they load first, in order.", oneOrMany(ref("path")))),
            ("timezone", described("Default IANA time zone of people and teams, such as Europe/Berlin.", ref("timezone"))),
            ("working_hours", described("Default working hours; default mon-fri 09:00-17:00.", ref("schedule"))),
            ("holidays", described("Days nobody in the policy works, in each recipient's own zone.",
                                   nullable(.object([("type", "array"), ("items", ref("holiday"))])))),
            ("holiday_calendars", described("Public-holiday feeds (.ics files, relative to this file) whose events add to holidays.",
                                            oneOrMany(ref("path")))),
            ("levels", described("Priority levels, least urgent first; default [low, normal, high, urgent].",
                                 .object([("type", "array"), ("items", ref("name")), ("minItems", 1), ("uniqueItems", true)]))),
            ("default_level", described("The level of a message that names none; default normal.", ref("name"))),
            ("immediate_window", described("How soon 'immediate' is, in elapsed time; default 15m.", ref("wallClockDuration"))),
            ("kinds", described("When present, the only message kinds allowed.",
                                .object([("type", "array"), ("items", ref("name")), ("uniqueItems", true)]))),
            ("channels", described("The ways to reach people, by id; at least one.",
                                   .object([("type", "object"), ("minProperties", 1), ("additionalProperties", ref("channel"))]))),
            ("teams", described("Teams by id; team and person ids share one namespace.",
                                nullable(.object([("type", "object"), ("additionalProperties", ref("team"))])))),
            ("people", described("People by id.", nullable(.object([("type", "object"), ("additionalProperties", ref("person"))])))),
            ("rules", described("Norms; evaluated independently of their order.", nullable(.object([("type", "array"), ("items", ref("rule"))])))),
            ("lint", described("Settings for norms lint.", ref("lint"))),
        ]
    }

    // MARK: - Helpers

    static func ref(_ name: String) -> JSONValue { .object([("$ref", .string("#/$defs/\(name)"))]) }

    static func described(_ text: String, _ schema: JSONValue) -> JSONValue {
        guard case .object(let members) = schema else { return schema }
        return .object([("description", .string(text))] + members)
    }

    static func described(_ text: String, _ members: KeyValuePairs<String, JSONValue>) -> JSONValue {
        described(text, .object(members.map { ($0.key, $0.value) }))
    }

    static func oneOrMany(_ item: JSONValue) -> JSONValue {
        .object([("anyOf", .array([item, .object([("type", "array"), ("items", item)])]))])
    }

    static func nullable(_ schema: JSONValue) -> JSONValue {
        .object([("anyOf", .array([schema, .object([("type", "null")])]))])
    }

    static func string(pattern: String, _ description: String? = nil) -> JSONValue {
        var members: [(String, JSONValue)] = [("type", "string"), ("pattern", .string(pattern))]
        if let description { members.insert(("description", .string(description)), at: 0) }
        return .object(members)
    }

    static func enumeration(_ values: [String]) -> JSONValue {
        .object([("enum", .array(values.map(JSONValue.string)))])
    }

    static func object(_ properties: [(String, JSONValue)], required: [String] = []) -> JSONValue {
        var members: [(String, JSONValue)] = [("type", "object"), ("properties", .object(properties))]
        if !required.isEmpty { members.append(("required", .array(required.map(JSONValue.string)))) }
        members.append(("additionalProperties", false))
        return .object(members)
    }
}
