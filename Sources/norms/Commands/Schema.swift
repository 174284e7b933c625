import ArgumentParser

extension Norms {
    /// `norms schema`.
    struct Schema: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Not available in this build yet.")

        func run() throws {
            throw ExitStatus.invalidInput
        }
    }
}
