import ArgumentParser

extension Norms {
    /// `norms test`.
    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Not available in this build yet.")

        func run() throws {
            throw ExitStatus.invalidInput
        }
    }
}
