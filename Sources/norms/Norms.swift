import ArgumentParser

/// The `norms` command: team communication norms as a policy a program understands.
@main
struct Norms: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "norms",
        abstract: "Check, lint and test a team's communication norms.",
        discussion: """
            A policy is a YAML file that says which channel is for what, how fast a reply is \
            expected on each, when people can be reached and which urgent cases break through.
            """,
        version: NormsVersion.current,
        subcommands: []
    )
}
