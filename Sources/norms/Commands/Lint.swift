import ArgumentParser

extension Norms {
    /// `norms lint`.
    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Not available in this build yet.")

        func run() throws {
            throw ExitStatus.invalidInput
        }
    }
}
