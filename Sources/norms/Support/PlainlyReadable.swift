import ArgumentParser

/// A subcommand whose plain command lines ``PlainCommandLine`` reads, without swift-argument-parser's
/// reflection. Tests hold each table to what the argument parser lists for the command, and the
/// values it reads to what the argument parser parses from the same command lines.
protocol PlainlyReadable: ParsableCommand {
    /// The command's options and positionals, as the plain reader reads them.
    static var plainCommandLine: PlainCommandLine<Self> { get }
}

extension PlainlyReadable {
    /// The command a plain command line describes, with values the command accepts; `nil` leaves
    /// the line to the argument parser.
    static func readPlainly(_ arguments: [String]) -> Self? {
        plainCommandLine.read(arguments)
    }
}

extension Norms {
    /// The subcommands whose plain command lines are read without the argument parser.
    static var plainlyReadable: [any PlainlyReadable.Type] { [Check.self, Lint.self, Test.self] }

    /// The subcommand a plain command line describes, ready to run; `nil` for any other line, and
    /// for one whose values the command rejects: the argument parser reads those.
    static func readPlainly(_ arguments: [String]) -> (any PlainlyReadable)? {
        for command in plainlyReadable {
            if let read = command.readPlainly(arguments) { return read }
        }
        return nil
    }
}
