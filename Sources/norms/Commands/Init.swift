import ArgumentParser

extension Norms {
    /// `norms init`.
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Not available in this build yet.")

        func run() throws {
            throw ExitStatus.invalidInput
        }
    }
}
