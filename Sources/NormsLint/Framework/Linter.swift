import Foundation
import NormsPolicy
import NormsSource
import NormsYAML

/// Lints policy files: reports every problem the loader finds as a finding of a documented rule,
/// runs the rules over the composed policy, then applies the policy's `lint` settings and the
/// `# norms:disable` comments.
///
/// The linter never prints and never throws; a path that cannot be read is a ``LintResult/problems``
/// entry, and everything wrong inside a readable file is a finding.
public struct Linter: Sendable {
    /// Today's date, for rules about dates (`expires`). Tests pass a fixed date; the command line
    /// passes the date in the local time zone.
    public var today: LocalDate
    /// The rules to run; every registered rule by default.
    public var rules: [any LintRule.Type]
    /// Loads each policy and its bases.
    public var loader: PolicyLoader
    /// The project configuration's `lint.disable` and `lint.severity`, for every policy; a policy's
    /// own `lint` settings take precedence over them.
    public var projectSettings: LintSettings
    /// Whether the files a run loads (their YAML trees and policies) and the rules' analyses of
    /// them are left to the end of the process instead of being freed when the run returns: for a
    /// command that exits once it has reported, as `norms lint` does, which spares freeing a large
    /// policy's objects one by one (some 3.5 million instructions for 1,000 rules) when the exit
    /// frees them all at once. Off by default, so that a program that lints many times keeps its
    /// memory; the files are held during the run either way.
    package var leavesFilesToProcessExit = false

    public init(
        today: LocalDate, rules: [any LintRule.Type] = LintRuleRegistry.rules, loader: PolicyLoader = PolicyLoader(),
        projectSettings: LintSettings = LintSettings()
    ) {
        self.today = today
        self.rules = rules
        self.loader = loader
        self.projectSettings = projectSettings
    }

    // MARK: - Entry points

    /// Lints files and folders: folders are searched for policies with ``PolicyFileFinder``.
    ///
    /// Finding nothing to lint is a problem (the run exits with status 2) unless `allowingEmpty`:
    /// a misspelt path or a folder of other files must not pass as a clean run.
    /// - Parameters:
    ///   - paths: files or folders; an empty list means the current folder.
    ///   - skippingNonPolicies: skip named files that are not policies and do not look like one,
    ///     as files found in a folder are (``PolicyFileFinder/skipsNonPolicies``).
    ///   - allowingEmpty: whether finding no file to lint is a clean run.
    ///   - filter: the project configuration's `include` and `exclude`.
    public func lint(paths: [String], skippingNonPolicies: Bool = false, allowingEmpty: Bool = false,
                     filter: PathFilter = .everything) -> LintResult {
        let searched = paths.isEmpty ? ["."] : paths
        let found = PolicyFileFinder(skipsNonPolicies: skippingNonPolicies, filter: filter, root: loader.root).find(searched)
        // Without a marker folder above a policy, its root is the folder named on the command line.
        let folders = searched.filter(FilePaths.isFolder)
        var result = lint(sources: found.files, rootFallback: { file in
            folders.first { $0 == "." ? !file.hasPrefix("/") : file.hasPrefix($0) }
        })
        result.problems = found.problems + result.problems
        result.skipped = found.skipped
        result.excluded = found.excluded
        if result.files.isEmpty, found.problems.isEmpty, !allowingEmpty {
            result.problems.append(Self.nothingToLint(in: searched, skipped: found.skipped.count, excluded: found.excluded.count))
        }
        return result
    }

    /// The problem of a run that found no file to lint.
    static func nothingToLint(in paths: [String], skipped: Int, excluded: Int = 0) -> Diagnostic {
        let places = paths.map { "'\($0)'" }.joined(separator: ", ")
        if excluded > 0, excluded == skipped {
            return Diagnostic(code: LintResult.nothingToLintCode,
                              message: "no policy to lint in \(places): the configuration's 'exclude' leaves out every file given",
                              span: nil, help: "name files that 'exclude' does not match, or change 'exclude' in the configuration")
        }
        let reason = switch skipped {
        case 0: "no YAML file"
        case 1: "1 YAML file, which is not a policy (no top-level 'norms' key)"
        default: "\(skipped) YAML files, none of them a policy (no top-level 'norms' key)"
        }
        return Diagnostic(code: LintResult.nothingToLintCode, message: "no policy to lint in \(places): found \(reason)", span: nil,
                          help: "name the policy files or their folder; pass --allow-empty where finding none is expected")
    }

    /// Lints one policy text; `extends` paths resolve relative to the folder of `source.path`.
    public func lint(source: SourceFile) -> [Finding] {
        lint(sources: [source]).findings
    }

    /// Lints several policies together: a file that another one extends counts as a base, and
    /// findings that two policies share (in a common base) are reported once.
    public func lint(sources: [SourceFile]) -> LintResult {
        lint(sources: sources, rootFallback: { _ in nil })
    }

    /// Lints several policies; `rootFallback` gives, for a policy's path, the folder its policy
    /// root falls back to when no marker folder lies above it and the loader has no root.
    private func lint(sources: [SourceFile], rootFallback: (String) -> String?) -> LintResult {
        let loaded = sources.map { load($0, rootFallback: rootFallback($0.path)) }
        let bases = Self.baseIdentities(of: loaded)
        var cache = FileTreeCache(files: loaded.map(\.tree), limits: loader.limits)
        var findings: [Finding] = []
        var contexts: [LintContext] = []
        for file in loaded {
            let isBase = bases.contains(PolicyFileFinder.identity(of: file.source.path))
            let (fileFindings, context) = check(file, isBase: isBase, cache: &cache)
            findings += fileFindings
            if leavesFilesToProcessExit { contexts.append(context) }
        }
        if leavesFilesToProcessExit { _ = Unmanaged.passRetained(LeftToProcessExit(files: loaded, contexts: contexts)) }
        return LintResult(findings: Self.sortedOnce(findings), files: sources.map(\.path))
    }

    /// What a run leaves to the end of the process (``leavesFilesToProcessExit``), held by a
    /// reference that is never released.
    private final class LeftToProcessExit {
        let files: [LoadedFile]
        let contexts: [LintContext]

        init(files: [LoadedFile], contexts: [LintContext]) {
            self.files = files
            self.contexts = contexts
        }
    }

    /// `findings` in ``Finding/isOrderedBefore(_:_:)`` order, each only once: findings that two
    /// policies share (in a common base) are reported once, the first of them kept.
    static func sortedOnce(_ findings: [Finding]) -> [Finding] {
        // Indices are sorted, so no finding is moved; the sort is stable, and equal findings have
        // the same file, position, rule and message, so they end up in one run of findings that
        // neither orders before the other, earliest first.
        let order = findings.indices.sorted { Finding.isOrderedBefore(findings[$0], findings[$1]) }
        var result: [Finding] = []
        result.reserveCapacity(findings.count)
        var runStart = 0
        for index in order {
            let finding = findings[index]
            if let last = result.last, Finding.isOrderedBefore(last, finding) { runStart = result.count }
            if !result[runStart...].contains(finding) { result.append(finding) }
        }
        return result
    }

    // MARK: - One file

    /// A file after loading: its tree and its policy.
    struct LoadedFile {
        let source: SourceFile
        let tree: LazyTree
        /// Where each top-level key of the file is written, when the loader read the file as a
        /// policy: the rules that point at a key need not parse the file again.
        var ownKeys: [String: SourceSpan]?
        let policy: Policy?
        let diagnostics: [Diagnostic]
        /// Whether the file is a policy; a file that is not runs only the rules that apply to any file.
        let isPolicy: Bool
    }

    private func load(_ source: SourceFile, rootFallback: String?) -> LoadedFile {
        let tree = LazyTree(source: source, limits: loader.limits)
        guard PolicyFileEvidence.isPolicy(source, limits: loader.limits) else {
            // Not a policy: only its YAML is read, so nothing it names (an `extends` of some other
            // format) is opened, and only the rules that apply to such files run.
            var diagnostics: [Diagnostic] = []
            do { _ = try YAMLLoader(limits: loader.limits).loadDocument(source) } catch { diagnostics = error.diagnostics }
            return LoadedFile(source: source, tree: tree, ownKeys: nil, policy: nil, diagnostics: diagnostics, isPolicy: false)
        }
        var loader = loader
        if loader.root == nil { loader.root = PolicyRoot.discover(forPolicyAt: source.path, fallback: rootFallback) }
        let (policy, diagnostics, ownKeys) = loader.loadCollectingWithKeys(source: source)
        return LoadedFile(source: source, tree: tree, ownKeys: ownKeys, policy: policy, diagnostics: diagnostics, isPolicy: true)
    }

    /// The file's findings, with the context the rules read it through.
    private func check(_ file: LoadedFile, isBase: Bool, cache: inout FileTreeCache) -> (findings: [Finding], context: LintContext) {
        let otherFiles = (file.policy?.files ?? []).filter { $0 != file.source.path }
        let comments = ([file.tree] + otherFiles.compactMap { cache.tree($0) }).flatMap(SuppressionComment.scan)
        let own = file.policy?.lint ?? LintSettingsReader.read(file.tree.node)
        let settings = LintSettings(disabled: projectSettings.disabled + own.disabled,
                                    severities: projectSettings.severities + own.severities)
        let context = LintContext(
            source: file.source, tree: file.tree, ownKeys: file.ownKeys, policy: file.policy, loaderDiagnostics: file.diagnostics,
            settings: own, suppressionComments: comments, today: today,
            loaderFindings: loaderFindings(file.diagnostics, fileStart: SourceSpan(file: file.source.path, at: file.source.position(offset: 0)))
        )
        var findings: [Finding] = []
        // A rule the policy disables never runs: its findings would all be dropped, and some rules
        // compare every pair of rules. The loader's rules still run: their errors cannot be disabled.
        let disabled = Set(settings.disabled.map(\.value))
        for rule in rules {
            let description = rule.description
            if disabled.contains(description.id), !(rule is any LoaderDiagnosticRule.Type) { continue }
            if description.requiresValidPolicy, file.policy == nil || context.hasLoadErrors { continue }
            if isBase, !description.appliesToBases { continue }
            if !file.isPolicy, !description.appliesToNonPolicies { continue }
            findings += rule.init().check(context)
        }
        return (LintConfiguration(settings: settings, comments: comments).apply(to: findings), context)
    }

    /// The loader's diagnostics as findings, by rule id.
    private func loaderFindings(_ diagnostics: [Diagnostic], fileStart: SourceSpan) -> [String: [Finding]] {
        var result: [String: [Finding]] = [:]
        for diagnostic in diagnostics {
            let ruleID = LintRuleRegistry.ruleID(forDiagnosticCode: diagnostic.code, in: rules)
            let severity = rules.first { $0.description.id == ruleID }?.description.defaultSeverity ?? diagnostic.severity
            var finding = Finding(ruleID: ruleID, severity: severity, message: diagnostic.message,
                                  span: diagnostic.span ?? fileStart, help: diagnostic.help, notes: diagnostic.notes,
                                  fix: diagnostic.fix)
            finding.isLoadError = diagnostic.severity == .error
            result[ruleID, default: []].append(finding)
        }
        return result
    }

    /// The files that some other linted policy extends, by identity.
    static func baseIdentities(of files: [LoadedFile]) -> Set<String> {
        var bases = Set<String>()
        for file in files {
            guard let policy = file.policy else { continue }
            let own = PolicyFileFinder.identity(of: file.source.path)
            for path in policy.files {
                let identity = PolicyFileFinder.identity(of: path)
                if identity != own { bases.insert(identity) }
            }
        }
        return bases
    }
}

/// Reads each base file at most once per run, for its suppression comments.
struct FileTreeCache {
    private let limits: YAMLLimits
    private var trees: [String: LazyTree?] = [:]

    init(files: [LazyTree], limits: YAMLLimits) {
        self.limits = limits
        for tree in files { trees[tree.source.path] = tree }
    }

    /// The file at `path`, its tree parsed when first asked for; `nil` when it cannot be read.
    mutating func tree(_ path: String) -> LazyTree? {
        if let cached = trees[path] { return cached }
        let tree = (try? SourceFile.read(path: path)).map { LazyTree(source: $0, limits: limits) }
        trees[path] = .some(tree)
        return tree
    }
}
