import ArgumentParser

extension Norms {
    /// `norms doc`.
    struct Doc: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Not available in this build yet.")

        func run() throws {
            throw ExitStatus.invalidInput
        }
    }
}
