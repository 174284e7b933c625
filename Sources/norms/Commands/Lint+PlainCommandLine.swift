import ArgumentParser
import NormsReporting

extension Norms.Lint: PlainlyReadable {
    /// `norms lint`'s options as ``PlainCommandLine`` reads them, without reflection.
    static let plainCommandLine = PlainCommandLine<Self>(
        // A configuration without a name would match no command line: the argument parser reads them all.
        commandName: configuration.commandName ?? "",
        initial: unset,
        options: [
            .init(name: "format", kind: .value) { command, text in
                guard let format = LintReportFormat(argument: text) else { return false }
                command.format = format
                return true
            },
            .init(name: "strict", kind: .flag) { command, _ in command.strict = true; return true },
            .init(name: "no-strict", kind: .flag) { command, _ in command.strict = false; return true },
            .init(name: "quiet", kind: .flag) { command, _ in command.quiet = true; return true },
            .init(name: "skip-non-policies", kind: .flag) { command, _ in command.skipNonPolicies = true; return true },
            .init(name: "allow-empty", kind: .flag) { command, _ in command.allowEmpty = true; return true },
            .init(name: "json-object", kind: .flag) { command, _ in command.jsonObject = true; return true },
            .init(name: "stdin-filename", kind: .value) { $0.stdinFilename = $1; return true },
            .init(name: "baseline", kind: .value) { $0.baseline = $1; return true },
            .init(name: "write-baseline", kind: .flag) { command, _ in command.writeBaseline = true; return true },
            .init(name: "fix", kind: .flag) { command, _ in command.fix = true; return true },
            .init(name: "config", kind: .value) { $0.config.config = $1; return true },
            .init(name: "root", kind: .value) { $0.root.root = $1; return true },
            .init(name: "list-rules", kind: .flag) { command, _ in command.listRules = true; return true },
        ],
        positionals: [.init(isRepeating: true) { $0.paths.append($1); return true }],
        validate: { lint in
            var config = lint.config
            try config.validate()
            try lint.root.validate()
            try lint.validate()
        })

    /// `lint` with every value at the default the argument parser gives it when the command line
    /// does not: a property wrapper that is not given a value holds none.
    private static func unset() -> Self {
        var lint = Self()
        lint.paths = []
        lint.format = nil
        lint.strict = nil
        lint.quiet = false
        lint.skipNonPolicies = false
        lint.allowEmpty = false
        lint.jsonObject = false
        lint.stdinFilename = nil
        lint.baseline = nil
        lint.writeBaseline = false
        lint.fix = false
        lint.config = .unset
        lint.root = .unset
        lint.listRules = false
        return lint
    }
}
