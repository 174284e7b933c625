import ArgumentParser
import NormsLint
import NormsPolicy
import NormsReporting
import NormsSource

/// `--config`: the project configuration file, else the nearest `.norms.yaml` (or `.norms.yml`)
/// at or above the current folder.
struct ConfigOption: ParsableArguments {
    @Option(help: ArgumentHelp(
        "The project configuration (default: the nearest .norms.yaml or .norms.yml at or above the current folder).",
        valueName: "FILE"), completion: .file(extensions: ["yaml", "yml"]))
    var config: String?

    /// No `--config`, as the argument parser leaves the group when the command line gives none (a
    /// property wrapper that is not given a value holds none): where ``PlainCommandLine`` starts.
    static var unset: Self {
        var option = Self()
        option.config = nil
        return option
    }

    /// The configuration in force; the defaults when there is no file.
    /// - Throws: ``ExitStatus/invalidInput`` after rendering every problem of the file (an unknown
    ///   key, a wrong value, an unknown lint rule id) to standard error.
    func load() throws -> ProjectConfiguration {
        guard let path = config ?? ProjectConfiguration.find() else { return ProjectConfiguration() }
        let loader = ProjectConfigurationLoader(lintFormats: LintReportFormat.allCases.map(\.rawValue),
                                                testFormats: TestFormat.allCases.map(\.rawValue))
        let configuration: ProjectConfiguration
        do {
            configuration = try loader.load(path: path)
        } catch {
            Console.report(error.diagnostics)
            throw ExitStatus.invalidInput
        }
        let unknown = unknownRuleIDs(in: configuration.lint.settings)
        if !unknown.isEmpty {
            Console.report(unknown)
            throw ExitStatus.invalidInput
        }
        return configuration
    }

    /// A problem for every rule id in `lint.disable` and `lint.severity` that names no lint rule.
    private func unknownRuleIDs(in settings: LintSettings) -> [Diagnostic] {
        let known = LintRuleRegistry.ids
        let named = settings.disabled + settings.severities.map(\.rule)
        return named.filter { !known.contains($0.value) }.map { name in
            Diagnostic(ConfigDiagnosticCode.unknownLintRule, message: "unknown lint rule \(quoted: name.value)", span: name.span,
                       help: Suggestions.didYouMean(name.value, in: known) ?? "run 'norms lint --list-rules' for every rule id")
        }
    }
}
