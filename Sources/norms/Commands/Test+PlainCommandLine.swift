import ArgumentParser

extension Norms.Test: PlainlyReadable {
    /// `norms test`'s options as ``PlainCommandLine`` reads them, without reflection.
    static let plainCommandLine = PlainCommandLine<Self>(
        // A configuration without a name would match no command line: the argument parser reads them all.
        commandName: configuration.commandName ?? "",
        initial: unset,
        options: [
            .init(name: "format", kind: .value) { command, text in
                guard let format = TestFormat(argument: text) else { return false }
                command.format = format
                return true
            },
            .init(name: "coverage", kind: .flag) { command, _ in command.coverage = true; return true },
            .init(name: "min-coverage", kind: .value) { command, text in
                guard let percent = Double(argument: text) else { return false }
                command.minCoverage = percent
                return true
            },
            .init(name: "config", kind: .value) { $0.config.config = $1; return true },
            .init(name: "root", kind: .value) { $0.root.root = $1; return true },
        ],
        positionals: [.init(isRepeating: true) { $0.paths.append($1); return true }],
        validate: { test in
            var config = test.config
            try config.validate()
            try test.root.validate()
            try test.validate()
        })

    /// `test` with every value at the default the argument parser gives it when the command line
    /// does not: a property wrapper that is not given a value holds none.
    private static func unset() -> Self {
        var test = Self()
        test.paths = []
        test.format = nil
        test.coverage = false
        test.minCoverage = nil
        test.config = .unset
        test.root = .unset
        return test
    }
}
