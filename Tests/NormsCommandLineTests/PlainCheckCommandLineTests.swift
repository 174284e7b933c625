import ArgumentParser
import Foundation
@testable import norms
import NormsTestSupport
import Testing

/// `norms check`'s own reader of plain command lines (`Norms.Check.plainCommandLine`) against
/// swift-argument-parser: it must know exactly the options the argument parser knows, and on every
/// command line either decline or give the values the argument parser gives.
@Suite("plain norms check command lines")
struct PlainCheckCommandLineTests {
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

    /// Every value of a parsed `check`, one line each, to compare two of them whole.
    static func values(of check: Norms.Check) -> [String] {
        let message = check.message
        return [
            "policy \(check.policy)", "channel \(message.channel ?? "<none>")", "from \(message.from ?? "<none>")", "to \(message.to)",
            "at \(message.at ?? "<none>")", "level \(message.level ?? "<none>")", "kind \(message.kind ?? "<none>")", "tag \(message.tags)",
            "subject \(message.subject ?? "<none>")", "body \(message.body ?? "<none>")", "status \(message.statuses)",
            "file \(check.messageFile ?? "<none>")", "batch \(check.batch)", "format \(check.format?.rawValue ?? "<none>")",
            "jobs \(check.jobs.map(String.init) ?? "<none>")", "explain \(check.explain)", "root \(check.root.root ?? "<none>")",
        ]
    }

    /// What the argument parser makes of a command line: the `check` it parses and validates, or `nil`.
    static func parsedByArgumentParser(_ arguments: [String]) -> Norms.Check? {
        (try? Norms.parseAsRoot(arguments)) as? Norms.Check
    }

    @Test("the table holds every option and flag the argument parser knows for check, and no other")
    func tableMatchesTheArgumentParser() throws {
        let dump = try JSONDecoder().decode(DumpedHelp.self, from: Data(Norms.Check._dumpHelp().utf8))
        let table = Norms.Check.plainCommandLine
        var expected: [String] = []
        var positionals = 0
        for argument in dump.command.arguments {
            let names = argument.names ?? []
            if names.contains(where: { $0.name == "help" }) { continue }
            #expect(argument.parsingStrategy == "default", "\(names.map(\.name)) is not read the default way")
            if argument.kind == "positional" {
                #expect(argument.isOptional && !argument.isRepeating, "positional \(names.map(\.name)) must be optional and single")
                positionals += 1
                continue
            }
            #expect(names.count == 1 && names[0].kind == "long", "\(names.map(\.name)): one long name expected")
            let kind: PlainCommandLine<Norms.Check>.Option.Kind =
                argument.kind == "flag" ? .flag : argument.isRepeating ? .list : .value
            #expect(!(argument.kind == "flag" && argument.isRepeating), "a repeatable flag counts: the table has no such kind")
            expected.append("\(names.first?.name ?? "?") \(kind) required: \(!argument.isOptional)")
        }
        let known = table.options.map { "\($0.name) \($0.kind) required: \($0.isRequired)" }
        #expect(known.sorted() == expected.sorted())
        #expect(table.positionals.count == positionals)
        #expect(table.commandName == Norms.Check.configuration.commandName)
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
    ]

    @Test("common command lines are read plainly, to the values the argument parser gives", arguments: plainLines)
    func commonLinesAreReadPlainly(arguments: [String]) throws {
        let plain = try #require(Norms.Check.readPlainly(arguments), "declined \(arguments)")
        let parsed = try #require(Self.parsedByArgumentParser(arguments), "the argument parser rejects \(arguments)")
        #expect(Self.values(of: plain) == Self.values(of: parsed))
    }

    @Test("the third line's values, worked out by hand")
    func valuesByHand() throws {
        let check = try #require(Norms.Check.readPlainly(Self.plainLines[2]))
        #expect(Self.values(of: check) == [
            "policy p.yaml", "channel chat", "from ana", "to [\"ben,cy\", \"dee\"]", "at 2026-11-26T02:10:00Z", "level urgent",
            "kind incident", "tag [\"a\", \"b\"]", "subject ", "body --x", "status [\"ben=focus\", \"cy=dnd\"]", "file <none>",
            "batch false", "format <none>", "jobs <none>", "explain false", "root .",
        ])
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
        ["lint", "policies/"], ["--policy", "p.yaml", "check", "m.yaml"], ["check", "--generate-completion-script", "bash"],
        ["check", "---completion", "check", "--", "--p"], ["check", "--policy", "p.yaml", "-", "--jobs", "2"],
        ["check", "--policy", "p.yaml", "--root", "/no/such/folder", "m.yaml"], ["check", "--policy", "p.yaml", "--batch", "--channel", "c"],
        ["check", "--policy", "p.yaml", "--=x", "m.yaml"], ["check", "--policy", "p.yaml", "-pm.yaml"], ["check", "--policy=", "m.yaml"],
    ])
    func unusualLinesGoToTheArgumentParser(arguments: [String]) {
        #expect(Norms.Check.readPlainly(arguments) == nil, "\(arguments)")
    }

    /// Pieces of `check` command lines: every option in both forms, flags, values that look like
    /// options, missing and rejected values, positionals, and names the plain reader does not take.
    static let pieces: [[String]] = [
        ["--policy", "p.yaml"], ["--policy=p.yaml"], ["--policy", "q.yaml"], ["--policy="], ["--policy", "-"],
        ["--channel", "chat"], ["--channel=phone"], ["--channel", ""], ["--from", "ana"], ["--from=ben"],
        ["--to", "ben"], ["--to=cy,dee"], ["--to", " ,eve"], ["--at", "2026-11-26T02:10:00Z"], ["--at=soon"],
        ["--level", "urgent"], ["--kind=incident"], ["--tag", "a"], ["--tag=b"], ["--subject", "hello"], ["--subject=--x"],
        ["--body", "text"], ["--body", "-x"], ["--body=a=b"], ["--status", "ben=focus"], ["--status=cy=dnd"], ["--status", "bad"],
        ["--batch"], ["--batch=1"], ["--explain"], ["--format", "json"], ["--format=text"], ["--format", "xml"], ["--format", "JSON"],
        ["--jobs", "2"], ["--jobs=0"], ["--jobs", "x"], ["--jobs", "+3"], ["--jobs=-1"], ["--jobs", "-1"],
        ["--root", "."], ["--root=Sources"], ["--root", "/no/such/folder"],
        ["m.yaml"], ["-"], ["lines.jsonl"], ["help"], [""], ["check"],
        ["--"], ["-h"], ["--help"], ["--version"], ["--chanel", "chat"], ["-x"], ["-ab"], ["--policy"], ["--to"], ["---x"],
        ["--experimental-dump-help"], ["--generate-completion-script", "zsh"],
    ]

    /// Pieces whose values every option accepts, so that generated lines often get as far as the values.
    static let ordinaryPieces = pieces.filter { piece in
        piece.count == 2 && piece[0].hasPrefix("--") && !piece[1].hasPrefix("-") && !["--format", "--jobs", "--root", "--status"].contains(piece[0])
    }

    @Test("generated command lines: the plain reader declines, or agrees with the argument parser")
    func generatedLinesAgree() {
        var random = SplitMix64(seed: 0x5eed)
        var readPlainly = 0
        // Each parse by the argument parser costs a debug build tens of milliseconds: a few hundred lines.
        for _ in 0 ..< 500 {
            var arguments = ["check"]
            if random.next() % 4 != 0 { arguments += ["--policy", "p.yaml"] }
            for _ in 0 ..< Int(random.next() % 7) {
                let from = random.next() % 3 == 0 ? Self.pieces : Self.ordinaryPieces
                arguments += from[Int(random.next() % UInt64(from.count))]
            }
            if arguments.count > 2, random.next() % 3 == 0 { arguments.swapAt(1, Int(random.next() % UInt64(arguments.count - 1)) + 1) }
            let parsed = Self.parsedByArgumentParser(arguments)
            guard let plainReading = Norms.Check.plainCommandLine.parse(arguments) else { continue }
            // A line read plainly whose values the command rejects is rejected by the argument parser too.
            guard plainReading.isValid else {
                #expect(parsed == nil, "\(arguments) is valid to the argument parser")
                continue
            }
            readPlainly += 1
            guard let parsed else {
                Issue.record("read plainly, but the argument parser rejects \(arguments)")
                continue
            }
            #expect(Self.values(of: plainReading) == Self.values(of: parsed), "\(arguments)")
        }
        // Enough lines get through for the comparison to mean something.
        #expect(readPlainly > 50)
    }
}
