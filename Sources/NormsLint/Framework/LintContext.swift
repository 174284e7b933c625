import Foundation
import NormsPolicy
import NormsSource
import NormsYAML

/// What a lint rule sees of one linted policy file.
public struct LintContext: Sendable {
    /// The linted file's text.
    public let source: SourceFile
    /// The file's own YAML tree, parsed when a rule first asks for it.
    private let tree: LazyTree
    /// Where each top-level key of the file is written, as the loader found them; `nil` when the
    /// loader could not read the file as a policy.
    private let ownKeys: [String: SourceSpan]?
    /// The policy composed with its bases; `nil` when the file is not a usable policy at all.
    public let policy: Policy?
    /// Every diagnostic the policy loader reported, sorted by file and position.
    public let loaderDiagnostics: [Diagnostic]
    /// The policy's `lint` settings (from the composed policy, or read from the file itself when
    /// the policy could not be built).
    public let settings: LintSettings
    /// Every `# norms:disable` comment in the policy's files.
    public let suppressionComments: [SuppressionComment]
    /// Today's date, for rules about dates (`expires`); injected so that results are reproducible.
    public let today: LocalDate
    /// The loader's diagnostics as findings, by the id of the rule that reports them.
    private let loaderFindings: [String: [Finding]]
    /// The analysis of the policy's rule conditions, shared by the rules that compare conditions.
    private let analysis: LazyAnalysis

    package init(
        source: SourceFile, tree: LazyTree, ownKeys: [String: SourceSpan]? = nil, policy: Policy?, loaderDiagnostics: [Diagnostic],
        settings: LintSettings, suppressionComments: [SuppressionComment], today: LocalDate, loaderFindings: [String: [Finding]]
    ) {
        self.source = source
        self.tree = tree
        self.ownKeys = ownKeys
        self.policy = policy
        self.loaderDiagnostics = loaderDiagnostics
        self.settings = settings
        self.suppressionComments = suppressionComments
        self.today = today
        self.loaderFindings = loaderFindings
        self.analysis = LazyAnalysis(policy: policy)
    }

    /// The linted file's path.
    public var path: String { source.path }

    /// The file's top-level node, when it is YAML (without its bases: the composed policy is ``policy``).
    public var root: YAMLNode? { tree.node }

    /// The policy's rule conditions as sets, worked out once for every rule that asks; `nil` when
    /// there is no policy.
    var conditionLogic: ConditionLogic? { analysis.logic }

    /// The policy's teams and people with focus blocks of their own, with their working hours
    /// (``Availability/focusOwners()``), worked out once for every rule that asks.
    var focusOwners: [Availability.FocusOwner] { analysis.focusOwners }

    /// Whether the loader reported an error.
    public var hasLoadErrors: Bool { loaderDiagnostics.contains { $0.severity == .error } }

    /// The loader's diagnostics that the rule `ruleID` reports, as findings.
    public func loaderFindings(for ruleID: String) -> [Finding] {
        loaderFindings[ruleID] ?? []
    }

    /// The span of a top-level key of the linted file, such as `rules`.
    public func rootKeySpan(_ key: String) -> SourceSpan? {
        if let ownKeys { return ownKeys[key] }
        return root?.mapping?.entry(key)?.key.span
    }

    /// A zero-width span at the start of the linted file, for findings about the whole file.
    public var fileStart: SourceSpan {
        SourceSpan(file: source.path, at: source.position(offset: 0))
    }
}

/// A file's YAML tree, parsed at most once and only when needed: most runs never need it, and the
/// loader has parsed the file already.
package final class LazyTree: @unchecked Sendable {
    package let source: SourceFile
    private let limits: YAMLLimits
    private let lock = NSLock()
    /// `nil` until parsed; then the tree, or `.some(nil)` for a file that is not YAML.
    private var parsed: YAMLNode??

    package init(source: SourceFile, limits: YAMLLimits) {
        self.source = source
        self.limits = limits
    }

    package var node: YAMLNode? {
        lock.withLock {
            if let parsed { return parsed }
            let node: YAMLNode? = (try? YAMLLoader(limits: limits).loadDocument(source)) ?? nil
            parsed = .some(node)
            return node
        }
    }
}

/// The analyses of a policy that several rules share (its ``ConditionLogic``, its focus owners),
/// each built at most once and only when a rule needs it.
final class LazyAnalysis: @unchecked Sendable {
    private let policy: Policy?
    private let lock = NSLock()
    private var built: ConditionLogic??
    private var builtFocusOwners: [Availability.FocusOwner]?

    init(policy: Policy?) {
        self.policy = policy
    }

    var logic: ConditionLogic? {
        lock.withLock {
            if let built { return built }
            let logic = policy.map(ConditionLogic.init)
            built = .some(logic)
            return logic
        }
    }

    var focusOwners: [Availability.FocusOwner] {
        lock.withLock {
            if let builtFocusOwners { return builtFocusOwners }
            let owners = policy.map { Availability(policy: $0).focusOwners() } ?? []
            builtFocusOwners = owners
            return owners
        }
    }
}
