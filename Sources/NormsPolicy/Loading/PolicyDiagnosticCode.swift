/// The codes of the diagnostics the policy loader reports, besides ``GrammarError/code`` for
/// values that do not fit their grammar and the `yaml.*` codes of the YAML parser.
///
/// Codes are stable: tests, editors and CI configurations refer to them, so a code is never
/// renamed or reused for another problem.
public enum PolicyDiagnosticCode: String, Sendable, Hashable, CaseIterable {
    // MARK: - Files and structure

    /// The file holds no YAML document.
    case emptyFile = "policy.empty-file"
    /// `norms` is not `1`.
    case unsupportedVersion = "policy.unsupported-version"
    /// A key that the map does not know.
    case unknownKey = "policy.unknown-key"
    /// A required key is absent.
    case missingKey = "policy.missing-key"
    /// A value of the wrong YAML type ("expected a string, found a sequence").
    case wrongType = "policy.wrong-type"
    /// A value outside a closed set (`mode: synch`).
    case invalidValue = "policy.invalid-value"
    /// Two keys that exclude each other (`date` and `range` in one holiday).
    case conflictingKeys = "policy.conflicting-keys"

    // MARK: - Values

    /// A time zone that the time-zone database does not know.
    case unknownTimezone = "policy.unknown-timezone"
    /// A time-zone abbreviation such as `EST` or `CET` (a fixed offset, or several places at once).
    case timezoneAbbreviation = "policy.timezone-abbreviation"
    /// A fixed offset such as `UTC+1`, `+01:00` or `Etc/GMT-1`, which ignores daylight saving time.
    case fixedOffsetTimezone = "policy.fixed-offset-timezone"
    /// A warning: an alias the time-zone database keeps for compatibility (`US/Eastern`, `GMT`).
    case legacyTimezone = "policy.legacy-timezone"
    /// A bare number where a duration with a unit is expected (`reply_within: 15`).
    case durationWithoutUnit = "policy.duration-without-unit"
    /// Business time, `immediate` or `none` where only elapsed time makes sense.
    case wallClockOnly = "policy.wall-clock-only"
    /// A weekday named by two keys of one weekly schedule.
    case duplicateDay = "policy.duplicate-day"
    /// A level named twice in `levels`.
    case duplicateLevel = "policy.duplicate-level"
    /// A kind named twice in `kinds`.
    case duplicateKind = "policy.duplicate-kind"
    /// `levels: []`.
    case emptyLevels = "policy.empty-levels"
    /// Custom levels without `normal`, and no `default_level` to say which is the default.
    case defaultLevelRequired = "policy.default-level-required"
    /// No channel at all.
    case emptyChannels = "policy.empty-channels"
    /// A rule whose `then` has no effect.
    case emptyEffects = "policy.empty-effects"
    /// A rule id that is not kebab-case.
    case invalidRuleID = "policy.invalid-rule-id"

    // MARK: - References

    case unknownChannel = "policy.unknown-channel"
    case unknownPerson = "policy.unknown-person"
    case unknownTeam = "policy.unknown-team"
    case unknownLevel = "policy.unknown-level"
    case unknownKind = "policy.unknown-kind"
    /// A name that must be a person, team or role (`from`, `to`, `owner`) and is none of them.
    case unknownReference = "policy.unknown-reference"
    /// An id used both for a person and a team.
    case personTeamClash = "policy.person-team-clash"
    /// A person named as their own backup.
    case selfBackup = "policy.self-backup"

    // MARK: - Rules

    /// Two rules with one id, the later one without `override: true`.
    case duplicateRuleID = "policy.duplicate-rule-id"
    /// `override: true` on a rule that no base policy defines.
    case overrideWithoutBase = "policy.override-without-base"
    /// A rule with a `level` effect whose conditions use `to` or `recipient_state`.
    case levelRuleDependsOnRecipient = "policy.level-rule-depends-on-recipient"

    // MARK: - Composition

    /// Policies that extend each other in a loop.
    case extendsCycle = "policy.extends-cycle"
    /// A base policy file that does not exist or cannot be read.
    case extendsMissing = "policy.extends-missing"
    /// A base path outside the policy root (see ``PolicyRoot``).
    case extendsOutsideRoot = "policy.extends-outside-root"
    /// A file named on the command line that a symbolic link takes outside its policy root.
    case fileOutsideRoot = "policy.file-outside-root"
    /// A base file that is not a policy: not YAML, not a mapping, or without `norms`.
    case extendsNotPolicy = "policy.extends-not-policy"
}
