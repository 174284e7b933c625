import ArgumentParser
import Foundation
@testable import norms
import NormsTestSupport
import Testing

/// The subcommands' own reader of plain command lines (each command's `plainCommandLine`) against
/// swift-argument-parser: each table must know exactly the options the argument parser knows for its
/// command, and on every command line the plain reader must either decline or give the values the
/// argument parser gives.
@Suite("plain command lines")
struct PlainCommandLineTests {
    /// What swift-argument-parser's `--experimental-dump-help` says about one argument.
    struct DumpedArgument: Decodable {
        struct Name: Decodable {
            var kind: String
            var name: String
        }

        var kind: String
        var names: [Name]?
        var isOptional: Bool
        var isRepeating: Bool
        var parsingStrategy: String
    }

    struct DumpedHelp: Decodable {
        struct Command: Decodable { var arguments: [DumpedArgument] }
        var command: Command
    }

    /// The names of the subcommands read plainly: the arguments of the tests that run for each.
    static let commandNames = Norms.plainlyReadable.map { $0.configuration.commandName ?? "?" }

    /// Runs a test for the plainly read subcommand of that name.
    static func forCommand(named name: String, _ test: (any PlainlyReadable.Type) throws -> Void) throws {
        try test(try #require(Norms.plainlyReadable.first { $0.configuration.commandName == name }))
    }

    /// Every value a parsed command holds, one line each, to compare two commands whole: what each
    /// property wrapper was given (the `value` of its `_parsedValue`), an option group's values within
    /// it. A wrapper given no value holds its definition instead, and shows as `<no value>`.
    static func values(of command: any ParsableArguments, in group: String = "") -> [String] {
        Mirror(reflecting: command).children.flatMap { property -> [String] in
            let name = group + (property.label ?? "?")
            let state = Mirror(reflecting: property.value).children.first { $0.label == "_parsedValue" }?.value
            guard let state, let value = Mirror(reflecting: state).children.first(where: { $0.label == "value" })?.value else {
                return ["\(name) <no value>"]
            }
            if let options = value as? any ParsableArguments { return values(of: options, in: name + ".") }
            return ["\(name) \(String(reflecting: value))"]
        }
    }

    /// What the argument parser makes of a command line: the command it parses and validates, or `nil`.
    static func parsedByArgumentParser(_ arguments: [String]) -> (any ParsableCommand)? {
        try? Norms.parseAsRoot(arguments)
    }

    @Test("the tables are the subcommands'", arguments: commandNames)
    func tablesNameTheirCommands(name: String) throws {
        try Self.forCommand(named: name) { command in
            #expect(Self.commandName(command) == name)
        }
    }

    /// The name a command's table reads as the first word.
    static func commandName<Command: PlainlyReadable>(_: Command.Type) -> String { Command.plainCommandLine.commandName }

    @Test("each table holds every option and flag the argument parser knows for its command, and no other", arguments: commandNames)
    func tableMatchesTheArgumentParser(name: String) throws {
        try Self.forCommand(named: name) { try Self.expectTableMatchesTheArgumentParser($0) }
    }

    static func expectTableMatchesTheArgumentParser<Command: PlainlyReadable>(_: Command.Type) throws {
        let dump = try JSONDecoder().decode(DumpedHelp.self, from: Data(Command._dumpHelp().utf8))
        let table = Command.plainCommandLine
        var expected: [String] = []
        var positionals: [Bool] = []
        for argument in dump.command.arguments {
            let names = argument.names ?? []
            if names.contains(where: { $0.name == "help" }) { continue }
            #expect(argument.parsingStrategy == "default", "\(names.map(\.name)) is not read the default way")
            if argument.kind == "positional" {
                #expect(argument.isOptional, "positional \(names.map(\.name)) must be optional")
                positionals.append(argument.isRepeating)
                continue
            }
            #expect(names.count == 1 && names[0].kind == "long", "\(names.map(\.name)): one long name expected")
            let kind: PlainCommandLine<Command>.Option.Kind =
                argument.kind == "flag" ? .flag : argument.isRepeating ? .list : .value
            #expect(!(argument.kind == "flag" && argument.isRepeating), "a repeatable flag counts: the table has no such kind")
            expected.append("\(names.first?.name ?? "?") \(kind) required: \(!argument.isOptional)")
        }
        let known = table.options.map { "\($0.name) \($0.kind) required: \($0.isRequired)" }
        #expect(known.sorted() == expected.sorted())
        #expect(table.positionals.map(\.isRepeating) == positionals)
        #expect(!table.positionals.dropLast().contains { $0.isRepeating }, "only the last positional may repeat")
    }

    /// Command lines the plain reader must take itself (the common ones), with the values expected.
    static let plainLines: [[String]] = [
        ["check", "--policy", "policies/oncall.yaml", "examples/messages/outage-at-night.yaml"],
        ["check", "examples/messages/outage-at-night.yaml", "--policy=policies/oncall.yaml", "--format", "json", "--explain"],
        ["check", "--policy", "p.yaml", "--channel", "chat", "--from", "ana", "--to", "ben,cy", "--to=dee", "--at", "2026-11-26T02:10:00Z",
         "--level=urgent", "--kind", "incident", "--tag", "a", "--tag=b", "--subject", "", "--body=--x", "--status", "ben=focus",
         "--status=cy=dnd", "--root", "."],
        ["check", "--policy", "p.yaml", "--batch", "-", "--jobs", "3", "--format=text"],
        ["check", "--batch", "--policy", "p.yaml", "lines.jsonl", "--explain", "--format", "json", "--jobs=+2"],
        ["check", "--policy", "-", "-"],
        ["lint"],
        ["lint", "policies/"],
        ["lint", "a.yaml", "--format", "json", "--json-object", "b", "--strict", "--baseline=base.json", "--config", ".norms.yaml", "--root", "."],
        ["lint", "policies/", "examples/", "--format=sarif", "--quiet", "--no-strict", "--allow-empty", "--skip-non-policies"],
        ["lint", "-", "--stdin-filename", "policies/oncall.yaml", "--format", "github"],
        ["lint", "--write-baseline", "--fix", "p.yaml", "--list-rules", "--strict", "--no-strict"],
        ["test"],
        ["test", "examples/", "--min-coverage", "100"],
        ["test", "examples/tests", "--min-coverage=75.5", "--coverage", "--format", "junit", "more", "--config", "c.yaml", "--root", "."],
    ]

    @Test("common command lines are read plainly, to the values the argument parser gives", arguments: plainLines)
    func commonLinesAreReadPlainly(arguments: [String]) throws {
        let plain = try #require(Norms.readPlainly(arguments), "declined \(arguments)")
        let parsed = try #require(Self.parsedByArgumentParser(arguments), "the argument parser rejects \(arguments)")
        #expect(ObjectIdentifier(type(of: plain)) == ObjectIdentifier(type(of: parsed)))
        #expect(Self.values(of: plain) == Self.values(of: parsed))
    }

    @Test("a check line's values, worked out by hand")
    func checkValuesByHand() throws {
        let check = try #require(Norms.readPlainly(Self.plainLines[2]) as? Norms.Check)
        let message = check.message
        #expect([check.policy, message.channel, message.from, message.at, message.level, message.kind, message.subject, message.body]
            == ["p.yaml", "chat", "ana", "2026-11-26T02:10:00Z", "urgent", "incident", "", "--x"])
        #expect(message.to == ["ben,cy", "dee"] && message.tags == ["a", "b"] && message.statuses == ["ben=focus", "cy=dnd"])
        #expect(check.messageFile == nil && !check.batch && check.format == nil && check.jobs == nil && !check.explain)
        #expect(check.root.root == ".")
    }

    @Test("a lint line's values, worked out by hand")
    func lintValuesByHand() throws {
        let lint = try #require(Norms.readPlainly(Self.plainLines[8]) as? Norms.Lint)
        #expect(lint.paths == ["a.yaml", "b"] && lint.format == .json && lint.jsonObject && lint.strict == true)
        #expect(lint.baseline == "base.json" && lint.config.config == ".norms.yaml" && lint.root.root == ".")
        #expect(!lint.quiet && !lint.skipNonPolicies && !lint.allowEmpty && !lint.writeBaseline && !lint.fix && !lint.listRules)
        #expect(lint.stdinFilename == nil)
        // An inverted flag given both ways holds the last, as the argument parser's does.
        #expect((Norms.readPlainly(Self.plainLines[11]) as? Norms.Lint)?.strict == false)
    }

    @Test("a test line's values, worked out by hand")
    func testValuesByHand() throws {
        let test = try #require(Norms.readPlainly(Self.plainLines[14]) as? Norms.Test)
        #expect(test.paths == ["examples/tests", "more"] && test.minCoverage == 75.5 && test.coverage && test.format == .junit)
        #expect(test.config.config == "c.yaml" && test.root.root == ".")
    }

    @Test("what the plain reader does not fully understand goes to the argument parser", arguments: [
        ["check", "--help"], ["check", "-h"], ["check", "--policy", "p.yaml", "m.yaml", "--help"], ["help", "check"],
        ["check", "--policy", "p.yaml", "--", "m.yaml"], ["check", "--policy", "p.yaml", "m.yaml", "--version"],
        ["check", "--policy", "p.yaml", "--chanel", "chat"], ["check", "--policy", "p.yaml", "m.yaml", "n.yaml"],
        ["check", "--policy", "p.yaml", "--channel", "a", "--channel", "b", "--from", "x", "--to", "y"],
        ["check", "--policy", "p.yaml", "--batch", "--batch", "m.jsonl"], ["check", "--policy", "p.yaml", "--batch=yes", "m.jsonl"],
        ["check", "--policy", "p.yaml", "--format", "xml", "m.yaml"], ["check", "--policy", "p.yaml", "--format"],
        ["check", "--policy", "p.yaml", "--body", "-x", "--channel", "c", "--from", "f", "--to", "t"],
        ["check", "m.yaml"], ["check", "--policy"], ["check", "--policy", "--batch"], ["check"], [],
        ["--policy", "p.yaml", "check", "m.yaml"], ["check", "--generate-completion-script", "bash"],
        ["check", "---completion", "check", "--", "--p"], ["check", "--policy", "p.yaml", "-", "--jobs", "2"],
        ["check", "--policy", "p.yaml", "--root", "/no/such/folder", "m.yaml"], ["check", "--policy", "p.yaml", "--batch", "--channel", "c"],
        ["check", "--policy", "p.yaml", "--=x", "m.yaml"], ["check", "--policy", "p.yaml", "-pm.yaml"], ["check", "--policy=", "m.yaml"],
        ["lint", "--help"], ["lint", "policies/", "-h"], ["help", "lint"], ["lint", "--version"], ["lint", "policies/", "--", "-x.yaml"],
        ["lint", "--quiet", "--quiet"], ["lint", "--strict", "--strict"], ["lint", "--strict=yes"], ["lint", "--format", "xml"],
        ["lint", "--format"], ["lint", "--format", "--quiet"], ["lint", "--format="], ["lint", "-", "policies/"],
        ["lint", "--stdin-filename", "x.yaml", "p.yaml"], ["lint", "--fix", "-"], ["lint", "--json-object", "--format", "sarif"],
        ["lint", "--root", "/no/such/folder"], ["lint", "--baseline", "a.json", "--baseline", "b.json"], ["lint", "-q"],
        ["lint", "--qiuet"], ["lint", "-x.yaml"], ["Lint", "policies/"],
        ["test", "--help"], ["help", "test"], ["test", "--min-coverage", "101"], ["test", "--min-coverage", "nan"],
        ["test", "--min-coverage", "-1"], ["test", "--min-coverage", "most"], ["test", "--format", "xml"],
        ["test", "--coverage", "--coverage"], ["test", "--coverage=1"], ["test", "examples/", "--", "--coverage"],
    ])
    func unusualLinesGoToTheArgumentParser(arguments: [String]) {
        #expect(Norms.readPlainly(arguments) == nil, "\(arguments)")
    }

    /// Values in generated lines, for options and positionals alike: words every option takes (among
    /// them each format and number some option takes)...
    static let words = [
        "p.yaml", "policies", "m.yaml", "chat", "ben,cy", "ben=focus", "json", "text", "sarif", "junit", "github", "2", "+3", "0",
        "75.5", "100", ".", "Sources", "2026-11-26T02:10:00Z", "", "a=b", "help", "check", "lint", "test", "-",
    ]
    /// ... and words that look like options, or that some options reject.
    static let oddWords = ["-x", "--x", "-1", "--1", "xml", "JSON", "101", "nan", "/no/such/folder", "soon", "bad", "=", "-h"]
    /// Pieces of command lines that no table reads.
    static let oddPieces: [[String]] = [
        ["--"], ["-h"], ["--help"], ["--version"], ["--chanel", "chat"], ["--qiuet"], ["-x"], ["-ab"], ["---x"], ["--=x"],
        ["--experimental-dump-help"], ["--generate-completion-script", "zsh"],
    ]

    /// A command line of a table's command: half the time one of its common lines, else its required
    /// options (usually); then options in both forms, flags, positionals and odd pieces, and perhaps
    /// two words swapped.
    static func generatedLine<Command>(for table: PlainCommandLine<Command>, random: inout SplitMix64) -> [String] {
        func pick<Item>(_ items: [Item]) -> Item { items[Int(random.next() % UInt64(items.count))] }
        let commonLines = plainLines.filter { $0.first == table.commandName }
        var arguments = [table.commandName]
        if !commonLines.isEmpty, random.next() % 2 == 0 {
            arguments = pick(commonLines)
        } else {
            for option in table.options where option.isRequired && random.next() % 4 != 0 {
                arguments += ["--\(option.name)", pick(words)]
            }
        }
        for _ in 0 ..< Int(random.next() % 5) {
            let unusual = random.next() % 4 == 0
            let value = pick(unusual ? oddWords : words)
            switch random.next() % 4 {
            case 0:
                arguments.append(value)
            case 1 where unusual:
                arguments += pick(oddPieces)
            default:
                let option = pick(table.options)
                let name = "--\(option.name)"
                if option.kind == .flag {
                    arguments.append(unusual ? "\(name)=\(value)" : name)
                } else if unusual && random.next() % 4 == 0 {
                    arguments.append(name)
                } else {
                    arguments += random.next() % 2 == 0 ? [name, value] : ["\(name)=\(value)"]
                }
            }
        }
        if arguments.count > 2, random.next() % 3 == 0 { arguments.swapAt(1, Int(random.next() % UInt64(arguments.count - 1)) + 1) }
        return arguments
    }

    @Test("generated command lines: the plain reader declines, or agrees with the argument parser", arguments: commandNames)
    func generatedLinesAgree(name: String) throws {
        try Self.forCommand(named: name) { Self.expectGeneratedLinesAgree($0) }
    }

    static func expectGeneratedLinesAgree<Command: PlainlyReadable>(_: Command.Type) {
        let table = Command.plainCommandLine
        var random = SplitMix64(seed: 0x5eed)
        var readPlainly = 0
        // Each parse by the argument parser costs a debug build tens of milliseconds: a few hundred lines.
        for _ in 0 ..< 500 {
            let arguments = generatedLine(for: table, random: &random)
            let parsed = parsedByArgumentParser(arguments)
            guard let plainReading = table.parse(arguments) else { continue }
            // A line read plainly whose values the command rejects is rejected by the argument parser too.
            guard (try? table.validate(plainReading)) != nil else {
                #expect(parsed == nil, "\(arguments) is valid to the argument parser")
                continue
            }
            readPlainly += 1
            guard let parsed else {
                Issue.record("read plainly, but the argument parser rejects \(arguments)")
                continue
            }
            #expect(parsed is Command, "\(arguments)")
            #expect(values(of: plainReading) == values(of: parsed), "\(arguments)")
        }
        // Enough lines get through for the comparison to mean something.
        #expect(readPlainly > 50, "\(readPlainly) lines of \(table.commandName) read plainly")
    }
}
