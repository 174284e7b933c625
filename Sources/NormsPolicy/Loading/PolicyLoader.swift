import Foundation
import NormsCalendar
import NormsSource
import NormsYAML

/// Loads a policy file and its bases into a ``Policy``, collecting every problem on the way.
///
/// Loading runs in four steps, each reporting to the same list of diagnostics: ``Composition``
/// reads the file and its bases and merges their YAML trees; ``PolicyReader`` builds the model,
/// skipping only the values that cannot be used; ``ReferenceValidator`` checks every name used;
/// the diagnostics are sorted by file (bases first) and position.
public struct PolicyLoader: Sendable {
    /// The bounds applied to every YAML file read.
    public var limits: YAMLLimits
    /// The folder `extends` may name files in; `nil` finds it for each policy with
    /// ``PolicyRoot/discover(forPolicyAt:fallback:)``.
    public var root: PolicyRoot?
    /// Where the bytes of the policy file and its bases come from: the file system unless told.
    public var files: any PolicyFileReader
    /// Where the recurring events of the policy's calendars are expanded: by default three years
    /// either side of the moment the loader is created.
    package var calendarWindow: CalendarWindow

    public init(limits: YAMLLimits = .default, root: PolicyRoot? = nil, files: any PolicyFileReader = FileSystemPolicyReader()) {
        self.limits = limits
        self.root = root
        self.files = files
        self.calendarWindow = .around(Int64(Date().timeIntervalSince1970))
    }

    /// Loads a policy and its bases.
    /// - Parameter path: the policy file; `extends` paths are relative to its folder and must lie
    ///   inside the ``root``.
    /// - Throws: ``PolicyLoadError`` with every diagnostic, sorted by position, when any is an error.
    public func load(path: String) throws(PolicyLoadError) -> Policy {
        try Self.require(loadCollecting(path: path))
    }

    /// Loads a policy from text in memory; `extends` paths resolve relative to the folder of
    /// `source.path`.
    /// - Throws: ``PolicyLoadError`` with every diagnostic, sorted by position, when any is an error.
    public func load(source: SourceFile) throws(PolicyLoadError) -> Policy {
        try Self.require(loadCollecting(source: source))
    }

    /// Loads a policy and returns every diagnostic, for the linter.
    /// - Returns: the policy whenever one could be built, despite the diagnostics (values that
    ///   could not be read are left out or take their defaults); `nil` when the file is not a
    ///   usable policy at all: unreadable, not YAML, empty, not a mapping, or of another version.
    public func loadCollecting(path: String) -> (policy: Policy?, diagnostics: [Diagnostic]) {
        if let problem = PolicyRoot.namedFileProblem(path, root: root) {
            return (nil, [problem])
        }
        let source: SourceFile
        do {
            source = try files.read(path: path, maxBytes: limits.maxBytes)
        } catch let error as DiagnosticError {
            return (nil, error.diagnostics)
        } catch {
            return (nil, [Diagnostic(IODiagnosticCode.unreadable, message: "cannot read \(quotedPath: path)", span: nil)])
        }
        return loadCollecting(source: source)
    }

    /// Loads a policy from text in memory and returns every diagnostic; see ``loadCollecting(path:)``.
    public func loadCollecting(source: SourceFile) -> (policy: Policy?, diagnostics: [Diagnostic]) {
        let result = loadCollectingWithKeys(source: source)
        return (result.policy, result.diagnostics)
    }

    /// ``loadCollecting(source:)``, and where each top-level key of `source` itself is written
    /// (`nil` when it is not a usable policy), so that the linter need not parse the file again.
    package func loadCollectingWithKeys(source: SourceFile)
        -> (policy: Policy?, diagnostics: [Diagnostic], ownKeys: [String: SourceSpan]?) {
        let log = DiagnosticLog()
        let reader = NodeReader(log: log)
        let root = root ?? PolicyRoot.discover(forPolicyAt: source.path)
        var (composed, fileOrder) = Composition(limits: limits, root: root, reader: reader, files: files).compose(source)
        // Taken out of the optional, so the rule list has one owner and each rule's YAML is freed
        // as soon as it is read, rather than copied on the first change and kept to the end.
        guard var tree = composed.take() else { return (nil, log.sorted(fileOrder: fileOrder), nil) }
        var policy = PolicyReader(reader: reader).read(&tree)
        ReferenceValidator(policy: policy, log: log, fileOrder: tree.files).validate()
        var calendars = CalendarLoader(root: root, files: files, maxBytes: limits.maxBytes, window: calendarWindow, log: log)
        calendars.attach(to: &policy)
        return (policy, log.sorted(fileOrder: fileOrder), tree.ownKeys)
    }

    private static func require(_ result: (policy: Policy?, diagnostics: [Diagnostic])) throws(PolicyLoadError) -> Policy {
        guard let policy = result.policy, !result.diagnostics.contains(where: { $0.severity == .error }) else {
            throw PolicyLoadError(diagnostics: result.diagnostics)
        }
        return policy
    }
}
