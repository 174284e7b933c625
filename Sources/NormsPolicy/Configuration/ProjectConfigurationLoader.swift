import NormsSource
import NormsYAML

/// Reads a project configuration file (``ProjectConfiguration``) through the same YAML layer and
/// readers as policies: every problem is a positioned error, an unknown key or value gets the
/// closest known one, and the file is bounded in size like any input.
public struct ProjectConfigurationLoader: Sendable {
    /// The names `lint.format` accepts.
    public var lintFormats: [String]
    /// The names `test.format` accepts.
    public var testFormats: [String]

    /// The top-level keys, and those of `lint:` and `test:`.
    public static let topLevelKeys = ["include", "exclude", "lint", "test"]
    public static let lintKeys = ["format", "strict", "baseline", "disable", "severity"]
    public static let testKeys = ["format", "min_coverage"]

    public init(lintFormats: [String], testFormats: [String]) {
        self.lintFormats = lintFormats
        self.testFormats = testFormats
    }

    /// Reads the configuration at `path`.
    /// - Throws: ``PolicyLoadError`` with every problem found, in file order.
    public func load(path: String) throws(PolicyLoadError) -> ProjectConfiguration {
        let source: SourceFile
        do {
            source = try SourceFile.read(path: path)
        } catch {
            throw PolicyLoadError(diagnostics: (error as? any DiagnosticError)?.diagnostics
                ?? [Diagnostic(IODiagnosticCode.unreadable, message: "cannot read \(quotedPath: path)", span: nil)])
        }
        return try load(source)
    }

    /// Reads a configuration's text.
    /// - Throws: ``PolicyLoadError`` with every problem found, in file order.
    public func load(_ source: SourceFile) throws(PolicyLoadError) -> ProjectConfiguration {
        var configuration = ProjectConfiguration(path: source.path)
        let node: YAMLNode?
        do {
            node = try YAMLLoader().loadDocument(source)
        } catch {
            throw PolicyLoadError(diagnostics: error.diagnostics)
        }
        // An empty file (or one holding only comments) is the default configuration.
        guard let node, !node.isNull else { return configuration }
        let log = DiagnosticLog()
        let reader = NodeReader(log: log, codes: ConfigDiagnosticCode.self)
        if let root = reader.map(Field(node: node, path: "", document: "the configuration"), known: Self.topLevelKeys,
                                 expected: "a mapping of configuration keys (include, exclude, lint, test)") {
            configuration.include = root["include"].flatMap { reader.strings($0, expected: "a path pattern") } ?? []
            configuration.exclude = root["exclude"].flatMap { reader.strings($0, expected: "a path pattern") } ?? []
            if let field = root["lint"], let lint = reader.map(field, known: Self.lintKeys) {
                configuration.lint.format = lint["format"].flatMap { name($0, among: lintFormats, reader: reader) }
                configuration.lint.strict = lint["strict"].flatMap(reader.bool)
                configuration.lint.baseline = lint["baseline"].flatMap { reader.string($0, expected: "a file path") }
                    .flatMap { insideFolder($0, of: configuration, log: log) }
                configuration.lint.settings = SettingsReader(reader: reader).lintSettings(from: lint)
            }
            if let field = root["test"], let test = reader.map(field, known: Self.testKeys) {
                configuration.test.format = test["format"].flatMap { name($0, among: testFormats, reader: reader) }
                configuration.test.minCoverage = test["min_coverage"].flatMap { percentage($0, log: log) }
            }
        }
        guard log.diagnostics.isEmpty else {
            throw PolicyLoadError(diagnostics: log.inFileOrder)
        }
        return configuration
    }

    /// A path written in the configuration when it stays below the configuration's folder with
    /// `..` and symbolic links resolved: a `.norms.yaml` from a pull request must not make lint
    /// read (and print) or write a file elsewhere.
    private func insideFolder(_ path: Located<String>, of configuration: ProjectConfiguration, log: DiagnosticLog) -> Located<String>? {
        let folder = PolicyRoot(configuration.folder)
        guard !folder.contains(configuration.resolve(path.value)) else { return path }
        log.report(Diagnostic(
            ConfigDiagnosticCode.pathOutsideFolder, message: "\(quotedPath: path.value) is outside the configuration's folder \(quotedPath: folder.path)",
            span: path.span, help: "name a file below the folder of the configuration, such as '.norms-baseline.json'"))
        return nil
    }

    /// One of `names`, with the closest one suggested for anything else.
    private func name(_ field: Field, among names: [String], reader: NodeReader) -> Located<String>? {
        guard let text = reader.string(field, expected: "one of " + names.joined(separator: ", ")) else { return nil }
        guard names.contains(text.value) else {
            reader.invalidValue(text, for: field, among: names)
            return nil
        }
        return text
    }

    /// A number from 0 to 100.
    private func percentage(_ field: Field, log: DiagnosticLog) -> Located<Double>? {
        let value: Double? = switch field.node.scalar?.resolved {
        case .int(let number)?: Double(number)
        case .float(let number)?: number
        default: nil
        }
        guard let value, (0...100).contains(value) else {
            log.error(ConfigDiagnosticCode.invalidValue, "expected a percentage from 0 to 100 for \(field.label), found \(field.node.foundDescription)",
                      at: field.span, help: "write a number such as 90 or 87.5")
            return nil
        }
        return Located(value, at: field.span)
    }
}
