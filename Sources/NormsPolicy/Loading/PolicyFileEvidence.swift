import NormsSource
import NormsYAML

/// What a YAML file's top level says about whether it is a policy: lint uses it to decide which
/// files to check, and to say why a file is not a policy.
///
/// Decisions:
/// - A file **is a policy** when a line starts with `norms:` — even when the YAML does not parse,
///   so that its syntax error is reported rather than hidden — or when its top-level mapping has
///   a `norms` key (written in flow style, `{norms: 1, …}`).
/// - Its top-level keys are those of its top-level mapping; when the YAML does not parse, they
///   are read from the lines that start with `key:` at column 1.
/// - A key is a **misspelt `norms`** when it is not `norms` but ``Suggestions`` offers `norms` for
///   it (`nroms`, `norm`, `Norms`); a line that starts with the word `norms` but no colon (`norms 1`)
///   is a `norms` key without its colon.
/// - A file **looks like a policy** when its top-level keys are mostly policy keys: the keys only a
///   policy uses (`timezone`, `working_hours`, `holidays`, `channels`, `teams`, `people`,
///   `default_level`, `immediate_window`) and a misspelt `norms` count 2, the policy keys other
///   formats use too (`name`, `description`, `extends`, `rules`, `lint`, `levels`, `kinds`) count 1;
///   it needs at least 4, and more than half of its top-level keys must be policy keys. So a
///   policy with a misspelt `norms` line looks like one, and a GitHub workflow (`name`, `on`,
///   `jobs`) or a stylelint configuration (`extends`, `rules`) does not.
public struct PolicyFileEvidence: Sendable {
    /// A top-level key and where it is written.
    public struct Key: Sendable, Equatable {
        public let name: String
        public let span: SourceSpan
    }

    /// What the file's top level holds.
    public enum TopLevel: Sendable, Equatable {
        /// Nothing but blank lines and comments.
        case empty
        case mapping
        case list
        case scalar
        /// YAML that does not parse.
        case unparsed
    }

    /// Whether the file is a policy (see the type's decisions).
    public let isPolicy: Bool
    public let topLevel: TopLevel
    /// The top-level keys, in file order.
    public let keys: [Key]
    /// The first top-level key that is a misspelt `norms`.
    public let misspeltVersionKey: Key?
    /// A line that starts with the word `norms` but has no colon after it, such as `norms 1`.
    public let versionKeyWithoutColon: Key?
    /// The top-level keys that are policy keys (a misspelt `norms` included), in file order.
    public let policyKeys: [String]
    /// Whether the top-level keys are mostly policy keys (see the type's decisions).
    public let looksLikePolicy: Bool

    /// Reads the evidence of one file.
    /// - Parameter limits: the YAML limits to parse the file with.
    public init(_ source: SourceFile, limits: YAMLLimits = .default) {
        var root: YAMLNode?
        do {
            root = try YAMLLoader(limits: limits).loadDocument(source)
            topLevel = switch root?.content {
            case nil: .empty
            case .mapping?: .mapping
            case .sequence?: .list
            case .scalar?: .scalar
            }
        } catch {
            topLevel = .unparsed
        }
        let lines = Self.lineKeys(source)
        if let mapping = root?.mapping {
            keys = mapping.entries.compactMap { entry in entry.key.scalar.map { Key(name: $0.value, span: entry.key.span) } }
        } else {
            keys = topLevel == .unparsed ? lines.keys : []
        }
        isPolicy = Self.hasVersionLine(source) || root?.mapping?.entry(PolicyFormat.versionKey) != nil
        versionKeyWithoutColon = lines.withoutColon
        misspeltVersionKey = keys.first { $0.name != PolicyFormat.versionKey && Self.isMisspeltVersionKey($0.name) }

        var score = 0
        var policyKeys: [String] = []
        for key in keys {
            let weight = if Self.onlyInPolicies.contains(key.name) || key == misspeltVersionKey {
                2
            } else if Self.sharedWithOtherFormats.contains(key.name) {
                1
            } else {
                0
            }
            guard weight > 0 else { continue }
            score += weight
            policyKeys.append(key.name)
        }
        self.policyKeys = policyKeys
        looksLikePolicy = score >= 4 && policyKeys.count * 2 > keys.count
    }

    /// Whether a file is a policy, reading no more than needed: a `norms:` line answers at once,
    /// otherwise the YAML is parsed for a flow-style `norms` key.
    public static func isPolicy(_ source: SourceFile, limits: YAMLLimits = .default) -> Bool {
        if hasVersionLine(source) { return true }
        let root = (try? YAMLLoader(limits: limits).loadDocument(source)) ?? nil
        return root?.mapping?.entry(PolicyFormat.versionKey) != nil
    }

    // MARK: - Key sets

    /// Policy keys that other YAML formats use too, which weigh less as evidence.
    static let sharedWithOtherFormats: Set<String> = ["name", "description", "extends", "rules", "lint", "levels", "kinds"]

    /// Policy keys that hardly any other format uses at the top level.
    static let onlyInPolicies: Set<String> = Set(PolicyFormat.topLevelKeys)
        .subtracting(sharedWithOtherFormats).subtracting([PolicyFormat.versionKey])

    /// Whether `name` is close enough to `norms` to be a misspelling of it.
    static func isMisspeltVersionKey(_ name: String) -> Bool {
        Suggestions.closest(to: name, in: [PolicyFormat.versionKey]) != nil
    }

    // MARK: - Lines

    /// Whether a line starts with the top-level key `norms:` (after a byte-order mark, if any).
    static func hasVersionLine(_ source: SourceFile) -> Bool {
        (1...max(1, source.lineCount)).contains { number in
            guard let line = source.line(number) else { return false }
            return line.hasPrefix("norms:") || line.hasPrefix("norms :") || line.hasPrefix("\u{FEFF}norms:")
        }
    }

    /// The keys of lines that start with `key:` at column 1, and the first line that starts with
    /// the word `norms` (in any case, or misspelt) without a colon after it.
    private static func lineKeys(_ source: SourceFile) -> (keys: [Key], withoutColon: Key?) {
        var keys: [Key] = []
        var withoutColon: Key?
        for number in 1...max(1, source.lineCount) {
            guard let line = source.line(number), let first = line.unicodeScalars.first,
                  first.properties.isAlphabetic || first == "_" else { continue }
            let scalars = Array(line.unicodeScalars)
            let word = String(String.UnicodeScalarView(scalars.prefix { $0.properties.isAlphabetic || $0 == "_" }))
            let afterWord = scalars.dropFirst(word.unicodeScalars.count).drop { $0 == " " || $0 == "\t" }
            let span = SourceSpan(file: source.path, start: source.position(line: number, column: 1),
                                  end: source.position(line: number, column: word.unicodeScalars.count + 1))
            if let colon = scalars.firstIndex(where: { $0 == ":" }),
               colon + 1 == scalars.count || scalars[colon + 1] == " " || scalars[colon + 1] == "\t" {
                var name = String(String.UnicodeScalarView(scalars[..<colon]))
                while name.last == " " || name.last == "\t" { name.removeLast() }
                keys.append(Key(name: name, span: SourceSpan(
                    file: source.path, start: source.position(line: number, column: 1),
                    end: source.position(line: number, column: name.unicodeScalars.count + 1))))
            } else if withoutColon == nil, afterWord.first != ":", isMisspeltVersionKey(word) {
                withoutColon = Key(name: word, span: span)
            }
        }
        return (keys, withoutColon)
    }
}
