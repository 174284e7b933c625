/// The plain command lines of one subcommand, read by a small parser of their own before
/// swift-argument-parser runs.
///
/// swift-argument-parser learns a command's arguments by reflection: each type and protocol it asks
/// the runtime about is a scan of every protocol conformance of the binary, and a start of `norms`
/// asks dozens of them, more instructions than the whole of a small `norms check`. This parser
/// knows the options from a table instead, and stores their values into the command type itself,
/// so the command's own `validate()` and `run()` do the rest.
///
/// It reads only what it fully understands: the subcommand's name first, then long options as
/// `--name value` or `--name=value`, flags as `--name`, and positionals (the last may take every
/// further one, as a list of paths does), where a separate value is what the argument parser takes
/// for one (a word not starting with `-`, or `-` itself). Anything else declines (`nil`) and leaves
/// the command line to the argument parser, which then reports whatever is wrong with its usual
/// errors: `--`, `--name=` with nothing after the `=`, a short option, a built-in name (`--help`,
/// `--version`, completion), an unknown name, an option or flag given twice that holds one value,
/// a flag with a value, an option without one, a value its type does not accept, a required option
/// that is missing, a positional too many, values the command's `validate()`s reject.
struct PlainCommandLine<Command>: Sendable {
    /// One long option or flag of the table.
    struct Option: Sendable {
        /// What the option holds.
        enum Kind: Equatable, Sendable {
            /// One value: `--name value` or `--name=value`, at most once.
            case value
            /// A list: each `--name value` adds one.
            case list
            /// A flag: `--name`, at most once, without a value.
            case flag
        }

        /// The long name, without dashes.
        var name: String
        var kind: Kind
        /// Whether the command line must give it.
        var isRequired = false
        /// Stores a value into the command (a flag's is the empty string); `false` when the option
        /// does not accept the value, so that the argument parser reports it.
        var store: @Sendable (inout Command, String) -> Bool
    }

    /// One positional of the table.
    struct Positional: Sendable {
        /// Whether it takes every further positional too (a list, such as paths); only the last may.
        var isRepeating = false
        /// Stores a value into the command; `false` when it does not accept the value.
        var store: @Sendable (inout Command, String) -> Bool
    }

    /// The subcommand's name, the first word of the command line.
    var commandName: String
    /// The command with every value at its default: where the options and positionals are stored.
    var initial: @Sendable () -> Command
    var options: [Option]
    /// The positionals in order, the first value into the first; a value beyond these declines.
    var positionals: [Positional]
    /// What the argument parser runs after storing the values, and reports a failure of: the
    /// `validate()` of each option group and of the command.
    var validate: @Sendable (Command) throws -> Void

    /// The command a command line describes, when the command accepts its values; `nil` leaves the
    /// line to the argument parser, which reports whatever is wrong with it.
    func read(_ arguments: [String]) -> Command? {
        guard let command = parse(arguments), (try? validate(command)) != nil else { return nil }
        return command
    }

    /// The values a command line gives, before the command validates them, or `nil` when the
    /// argument parser should read the line.
    func parse(_ arguments: [String]) -> Command? {
        guard arguments.first == commandName else { return nil }
        var command = initial()
        var given = [Bool](repeating: false, count: options.count)
        var positional = 0
        var index = 1
        while index < arguments.count {
            let word = arguments[index]
            index += 1
            if Self.isValue(word) {
                guard positional < positionals.count, positionals[positional].store(&command, word) else { return nil }
                if !positionals[positional].isRepeating { positional += 1 }
                continue
            }
            guard word.hasPrefix("--") else { return nil }
            let nameAndValue = word.dropFirst(2)
            let name = nameAndValue.prefix { $0 != "=" }
            guard let found = options.firstIndex(where: { $0.name == name }) else { return nil }
            let option = options[found]
            guard option.kind == .list || !given[found] else { return nil }
            given[found] = true
            var value = name.endIndex < nameAndValue.endIndex ? String(nameAndValue[nameAndValue.index(after: name.endIndex)...]) : nil
            // The argument parser reads `--name=` as `--name` without its value.
            if value?.isEmpty == true { return nil }
            if option.kind == .flag {
                guard value == nil else { return nil }
                value = ""
            } else if value == nil {
                guard index < arguments.count, Self.isValue(arguments[index]) else { return nil }
                value = arguments[index]
                index += 1
            }
            guard let value, option.store(&command, value) else { return nil }
        }
        // By index rather than `zip`, whose generic iterator the runtime would build on every run.
        for slot in options.indices where options[slot].isRequired && !given[slot] { return nil }
        return command
    }

    /// Whether the argument parser takes a word for a value rather than an option: it does not start
    /// with a dash, or it is a single dash (standard input).
    static func isValue(_ word: String) -> Bool {
        word.first != "-" || word == "-"
    }
}
