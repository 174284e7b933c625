import ArgumentParser
import NormsReporting

extension Norms.Check: PlainlyReadable {
    /// `norms check`'s options as ``PlainCommandLine`` reads them, without reflection.
    static let plainCommandLine = PlainCommandLine<Self>(
        // A configuration without a name would match no command line: the argument parser reads them all.
        commandName: configuration.commandName ?? "",
        initial: unset,
        options: [
            .init(name: "policy", kind: .value, isRequired: true) { $0.policy = $1; return true },
            .init(name: "channel", kind: .value) { $0.message.channel = $1; return true },
            .init(name: "from", kind: .value) { $0.message.from = $1; return true },
            .init(name: "to", kind: .list) { $0.message.to.append($1); return true },
            .init(name: "at", kind: .value) { $0.message.at = $1; return true },
            .init(name: "level", kind: .value) { $0.message.level = $1; return true },
            .init(name: "kind", kind: .value) { $0.message.kind = $1; return true },
            .init(name: "tag", kind: .list) { $0.message.tags.append($1); return true },
            .init(name: "subject", kind: .value) { $0.message.subject = $1; return true },
            .init(name: "body", kind: .value) { $0.message.body = $1; return true },
            .init(name: "status", kind: .list) { $0.message.statuses.append($1); return true },
            .init(name: "batch", kind: .flag) { command, _ in command.batch = true; return true },
            .init(name: "format", kind: .value) { command, text in
                guard let format = CheckFormat(argument: text) else { return false }
                command.format = format
                return true
            },
            .init(name: "jobs", kind: .value) { command, text in
                guard let jobs = Int(argument: text) else { return false }
                command.jobs = jobs
                return true
            },
            .init(name: "explain", kind: .flag) { command, _ in command.explain = true; return true },
            .init(name: "root", kind: .value) { $0.root.root = $1; return true },
        ],
        positionals: [.init { $0.messageFile = $1; return true }],
        validate: { check in
            var message = check.message
            try message.validate()
            try check.root.validate()
            try check.validate()
        })

    /// `check` with every value at the default the argument parser gives it when the command line
    /// does not: a property wrapper that is not given a value holds none.
    private static func unset() -> Self {
        var check = Self()
        check.policy = ""
        var message = MessageOptions()
        message.channel = nil
        message.from = nil
        message.to = []
        message.at = nil
        message.level = nil
        message.kind = nil
        message.tags = []
        message.subject = nil
        message.body = nil
        message.statuses = []
        check.message = message
        check.messageFile = nil
        check.batch = false
        check.format = nil
        check.jobs = nil
        check.explain = false
        check.root = .unset
        return check
    }
}
