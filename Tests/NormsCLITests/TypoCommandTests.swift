import Foundation
import Testing

/// Every misspelt subcommand and option gets a did-you-mean and the usage status (64), in every
/// subcommand, before anything else about the command line is judged.
@Suite("command-line typos")
struct TypoCommandTests {
    @Test("typos a user made get the name they meant", arguments: [
        (["chek"], "Unknown subcommand 'chek'. Did you mean 'check'?"),
        (["lnit", "policies/"], "Unknown subcommand 'lnit'. Did you mean 'lint'?"),
        (["tset"], "Unknown subcommand 'tset'. Did you mean 'test'?"),
        (["check", "--chanel", "chat", "--from", "lena", "--to", "marcus", "--policy", "policies/remote-async.yaml"],
         "Unknown option '--chanel'. Did you mean '--channel'?"),
        (["check", "--polcy", "policies/oncall.yaml", "examples/messages/outage-at-night.yaml"],
         "Unknown option '--polcy'. Did you mean '--policy'?"),
        (["check", "--policy", "policies/oncall.yaml", "--batch", "--fromat", "text"], "Unknown option '--fromat'. Did you mean '--format'?"),
        (["lint", "--stict"], "Unknown option '--stict'. Did you mean '--strict'?"),
        (["lint", "policies/", "--skip-non-policy"], "Unknown option '--skip-non-policy'. Did you mean '--skip-non-policies'?"),
        (["test", "examples/", "--min-coverge", "90"], "Unknown option '--min-coverge'. Did you mean '--min-coverage'?"),
        (["diff", "a.yaml", "b.yaml", "--fail-on-changes"], "Unknown option '--fail-on-changes'. Did you mean '--fail-on-change'?"),
        (["doc", "policies/oncall.yaml", "--outptu", "x.md"], "Unknown option '--outptu'. Did you mean '--output'?"),
        (["init", "--templte", "support"], "Unknown option '--templte'. Did you mean '--template'?"),
        (["--versoin"], "Unknown option '--versoin'. Did you mean '--version'?"),
        (["check", "--hepl"], "Unknown option '--hepl'. Did you mean '--help'?"),
    ])
    func typo(arguments: [String], expected: String) throws {
        let result = try NormsProcess.run(arguments)
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("Error: \(expected)\nUsage: norms"), "\(result.stderr)")
    }

    @Test("a name nothing is close to lists the subcommands, or says only that the option is unknown")
    func noSuggestion() throws {
        let command = try NormsProcess.run(["frobnicate"])
        #expect(command.status == 64)
        #expect(command.stderr.hasPrefix("Error: Unknown subcommand 'frobnicate'. The subcommands are: check, lint, test,"))
        let option = try NormsProcess.run(["lint", "--zzzzzz"])
        #expect(option.status == 64)
        #expect(option.stderr.hasPrefix("Error: Unknown option '--zzzzzz'.\nUsage: norms lint"))
    }

    @Test("values, '--', '-' and --option=value are not names")
    func valuesAreNotNames() throws {
        // '--subject=--x' and a value after '--' must not be read as options.
        let result = try NormsProcess.run(["check", "--policy", "policies/oncall.yaml", "--channel", "phone", "--from", "ana",
                                           "--to", "ben", "--at", "2026-11-26T02:10:00Z", "--subject=--chanel"])
        #expect(result.status != 64, "\(result.stderr)")
        let terminated = try NormsProcess.run(["lint", "--", "--stict"])
        #expect(!terminated.stderr.contains("Did you mean"))
        #expect(terminated.status == 2)
        // An option that wants a value does not take '--' as one: what follows is positional.
        for arguments in [["lint", "--format", "--", "--stict"], ["check", "-o", "--", "--polcy"], ["--generate-completion-script", "--", "--x"]] {
            let result = try NormsProcess.run(arguments)
            #expect(!result.stderr.contains("Unknown option"), "\(arguments): \(result.stderr)")
        }
    }

    @Test("--help, --version and completion scripts exit cleanly, with no typo check in the way", arguments: [
        ["--help"], ["--version"], ["lint", "--help"], ["help", "lint"], ["--generate-completion-script", "bash"],
    ])
    func cleanExits(arguments: [String]) throws {
        let result = try NormsProcess.run(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.isEmpty)
        #expect(result.stderr.isEmpty, "\(result.stderr)")
    }

    /// Every long option of every subcommand, with two of its letters swapped, is suggested back:
    /// the check reads the command definitions, so it covers subcommands and options added later.
    @Test("every option of every subcommand, misspelt, is suggested back")
    func everyOption() throws {
        let dump = try NormsProcess.run(["--experimental-dump-help"])
        let tree = try #require(try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any])
        let root = try #require(tree["command"] as? [String: Any])
        var checked = 0
        for command in (root["subcommands"] as? [[String: Any]] ?? []) {
            let name = try #require(command["commandName"] as? String)
            if name == "help" { continue }
            let misspelt = String(name.dropLast())
            if misspelt.count >= 3 {
                let result = try NormsProcess.run([misspelt])
                #expect(result.stderr.contains("Did you mean '\(name)'?"), "\(misspelt): \(result.stderr)")
            }
            for argument in (command["arguments"] as? [[String: Any]] ?? []) {
                for entry in (argument["names"] as? [[String: Any]] ?? []) where entry["kind"] as? String == "long" {
                    let option = try #require(entry["name"] as? String)
                    guard option.count >= 4 else { continue }
                    var letters = Array(option)
                    letters.swapAt(1, 2)
                    if letters[1] == letters[2] { letters.swapAt(2, 3) }
                    let typo = "--" + String(letters)
                    let result = try NormsProcess.run([name, typo])
                    #expect(result.status == 64, "\(name) \(typo)")
                    #expect(result.stderr.hasPrefix("Error: Unknown option '\(typo)'. Did you mean '--\(option)'?"),
                            "\(name) \(typo): \(result.stderr)")
                    checked += 1
                }
            }
        }
        #expect(checked > 30)
    }
}
