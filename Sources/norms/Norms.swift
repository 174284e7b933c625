import ArgumentParser

/// The `norms` command: team communication norms as a policy a program understands.
@main
struct Norms: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "norms",
        abstract: "Check, lint and test a team's communication norms.",
        discussion: """
            A policy is a YAML file that says which channel is for what, how fast a reply is \
            expected on each, when people can be reached and which urgent cases break through.

            Exit codes: 0 done, nothing failing; 1 findings at a failing severity, failed tests or \
            a message that is not allowed; 2 the job could not be done (unreadable file, unknown \
            name, a policy that does not load); 64 a malformed command line.
            """,
        version: NormsVersion.current,
        // Every subcommand names itself (`commandName:`): a name derived from the type costs a
        // runtime reflection over the type at every start.
        subcommands: [Check.self, Lint.self, Test.self, Diff.self, Doc.self, Schema.self, Init.self, Audit.self, Serve.self, CalendarCommand.self]
    )
}
