import ArgumentParser
import Foundation
import NormsSource

/// The subcommand and option names of a command tree, read from the command definitions, to catch a
/// misspelt name before parsing.
///
/// swift-argument-parser reports an unknown option only when nothing else goes wrong first: a
/// required option that is missing, or a `validate()` that rejects the rest, is reported instead, and an
/// unknown subcommand is an "unexpected argument". Checking every name up front, against the tree the
/// parser itself describes (`_dumpHelp()`, the source of `--experimental-dump-help` and of the man
/// page), gives every typo a did-you-mean, in every subcommand, including subcommands added later.
struct CommandLineNames: Decodable {
    /// One command: its name, its subcommands and its arguments.
    struct Command: Decodable {
        var commandName: String
        var aliases: [String]?
        var subcommands: [Command]?
        var arguments: [Argument]?

        /// The command a word names among the subcommands, by name or alias.
        func subcommand(named word: String) -> Command? {
            subcommands?.first { $0.commandName == word || ($0.aliases ?? []).contains(word) }
        }

        /// The argument a name (without dashes) names, long or short.
        func argument(named name: String, short: Bool) -> Argument? {
            arguments?.first { argument in
                (argument.names ?? []).contains { $0.name == name && ($0.kind == "short") == short }
            }
        }

        /// Every long option name, with its dashes, that this command accepts.
        var longNames: [String] {
            (arguments ?? []).flatMap { ($0.names ?? []).filter { $0.kind != "short" }.map { "--" + $0.name } }
        }

        var takesPositionals: Bool { (arguments ?? []).contains { $0.kind == "positional" } }
    }

    /// One argument: positional, option (takes a value) or flag.
    struct Argument: Decodable {
        struct Name: Decodable {
            var kind: String
            var name: String
        }

        var kind: String
        var names: [Name]?
    }

    /// What is wrong with a command line: the names of the commands it reached, and the sentence.
    struct Mistake: Equatable {
        var commandPath: [String]
        var message: String
    }

    var command: Command

    /// The names of `Root` and its subcommands, as the argument parser describes them.
    static func of(_ root: any ParsableCommand.Type) -> CommandLineNames? {
        try? JSONDecoder().decode(CommandLineNames.self, from: Data(root._dumpHelp().utf8))
    }

    /// Names every command line accepts, which the parser adds on its own.
    private static let builtIn: Set<String> = ["--help", "--version", "--generate-completion-script", "--experimental-dump-help"]

    /// The first unknown subcommand or long option in `arguments`, with a did-you-mean when a known
    /// name is close; `nil` when every name is known (the parser then reports anything else).
    func firstMistake(in arguments: [String]) -> Mistake? {
        // Shell completion calls the tool with its own `---completion` arguments.
        if arguments.contains(where: { $0.hasPrefix("---") }) { return nil }
        var current = command
        var path = [command.commandName]
        var index = 0
        // Skips an option's value; `--` is never one: everything after it is positional.
        func skipValue() {
            if index < arguments.count, arguments[index] != "--" { index += 1 }
        }
        while index < arguments.count {
            let word = arguments[index]
            index += 1
            if word == "--" { return nil }
            if word.hasPrefix("--") {
                let name = String(word.dropFirst(2).prefix { $0 != "=" })
                if let argument = current.argument(named: name, short: false) {
                    if argument.kind == "option", !word.contains("=") { skipValue() }
                    continue
                }
                if Self.builtIn.contains("--" + name) {
                    if name == "generate-completion-script", !word.contains("=") { skipValue() }
                    continue
                }
                let hint = Suggestions.closest(to: "--" + name, in: current.longNames + ["--help"])
                return Mistake(commandPath: path, message: "Unknown option '--\(DisplayText.escaped(name))'."
                    + (hint.map { " Did you mean '\($0)'?" } ?? ""))
            }
            if word.hasPrefix("-"), word.count > 1 {
                // A short option: the parser reports unknown ones itself; skip the value of one that takes it.
                if word.count == 2, current.argument(named: String(word.dropFirst()), short: true)?.kind == "option" { skipValue() }
                continue
            }
            guard let subcommands = current.subcommands, !subcommands.isEmpty else { continue }
            if let next = current.subcommand(named: word) {
                current = next
                path.append(next.commandName)
                continue
            }
            if word == "help" || current.takesPositionals { continue }
            let names = subcommands.map(\.commandName).filter { $0 != "help" }
            let hint = Suggestions.closest(to: word, in: names + subcommands.flatMap { $0.aliases ?? [] })
            return Mistake(commandPath: path, message: "Unknown subcommand '\(DisplayText.escaped(word))'."
                + (hint.map { " Did you mean '\($0)'?" } ?? " The subcommands are: \(names.joined(separator: ", "))."))
        }
        return nil
    }
}

extension Norms {
    /// When the command line does not parse, checks every subcommand and option name first, so that
    /// a typo is reported as one, with a did-you-mean, and exits with the usage status (64), instead
    /// of whatever else the parser or a `validate()` noticed first; otherwise runs as usual. The
    /// command line is parsed once; one that parses, or that asks for a clean exit (`--help`,
    /// `--version`, a completion script), never pays for reading the command tree.
    ///
    /// `Norms` is an `AsyncParsableCommand` (`serve` runs a server), so this entry point is `async`
    /// and runs the parsed command as the protocol's own `main()` does.
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        // A plain line of `check`, `lint` or `test` is read without the argument parser's
        // reflection; any other line, and one whose values the command rejects, goes to the argument parser.
        if var command = readPlainly(arguments) {
            do {
                try command.run()
            } catch {
                finish(with: error)
            }
            return
        }
        var command: any ParsableCommand
        do {
            command = try parseAsRoot(arguments)
        } catch {
            if exitCode(for: error) != .success, let mistake = CommandLineNames.of(Norms.self)?.firstMistake(in: arguments) {
                reportMistake(mistake)
            }
            exit(withError: error)
        }
        do {
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            finish(with: error)
        }
    }

    /// Exits as `exit(withError:)` does. An exit status alone prints nothing and exits directly:
    /// `exit(withError:)` would first build the command's usage, with the argument parser's
    /// reflection, to throw it away.
    private static func finish(with error: any Error) -> Never {
        if let status = error as? ExitCode { exitProcess(status.rawValue) }
        exit(withError: error)
    }

    /// Writes the mistake with the usage of the command it reached, and exits with the usage status.
    private static func reportMistake(_ mistake: CommandLineNames.Mistake) -> Never {
        var command: any ParsableCommand.Type = Norms.self
        for name in mistake.commandPath.dropFirst() {
            guard let next = command.configuration.subcommands.first(where: { $0._commandName == name }) else { break }
            command = next
        }
        let usage = Norms.usageString(for: command)
        Console.error("Error: \(mistake.message)\nUsage: \(usage)\n  See '\(mistake.commandPath.joined(separator: " ")) --help' for more information.")
        Norms.exit(withError: ExitStatus.usage)
    }
}

/// Ends the process with a status (the C library's `exit`, which a command's own `exit(withError:)`
/// hides inside its types).
private func exitProcess(_ status: Int32) -> Never {
    exit(status)
}
