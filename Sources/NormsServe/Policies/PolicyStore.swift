import Foundation
import Logging
import NIOConcurrencyHelpers
import NormsEngine
import NormsPolicy
import NormsSource

/// Every served policy, swapped whole on each reload.
///
/// Requests read a policy's serving ``ServedPolicy/Version`` under a lock held only for the read;
/// the version is a value, so a request in flight finishes on the version it started with while a
/// reload puts a new one in place. A version that fails to load never replaces a serving one.
package final class PolicyStore: Sendable {
    private let sources: PolicySources
    private let root: PolicyRoot?
    private let metrics: ServiceMetrics
    private let logger: Logger
    private let policies = NIOLockedValueBox<[String: ServedPolicy]>([:])
    /// The names in the order the command line gives them.
    private let order = NIOLockedValueBox<[String]>([])
    /// Reloads run one at a time.
    private let reloading = NIOLock()

    package init(sources: PolicySources, root: PolicyRoot?, metrics: ServiceMetrics, logger: Logger) {
        self.sources = sources
        self.root = root
        self.metrics = metrics
        self.logger = logger
    }

    /// Loads every policy for the first time.
    /// - Throws: ``ServeError`` when a path does not exist, no policy is found, or two files would
    ///   serve under one name; a policy file that does not load is not an error here: it is reported
    ///   and the service starts without it (`/readyz` says so).
    package func loadAll() throws(ServeError) {
        let entries = try sources.entries()
        guard !entries.isEmpty else {
            throw ServeError("no policy file in \(sources.paths.map { "\(quotedPath: $0)" }.joined(separator: ", "))",
                             help: "name policy files, or folders holding YAML files with a 'norms: 1' line")
        }
        reloading.withLock {
            for entry in entries { load(entry, isReload: false) }
            order.withLockedValue { $0 = entries.map(\.name) }
        }
    }

    /// Loads every policy again, and policies new to a served folder; a file that is gone stops
    /// being served.
    /// - Parameter changedOnly: when given, only these files (and new ones) are loaded again.
    package func reload(changedOnly: Set<String>? = nil) {
        reloading.withLock {
            let known = Set(policies.withLockedValue { $0.values.map(\.path) })
            let entries: [PolicySources.Entry]
            do throws(ServeError) {
                entries = try sources.entries(keeping: known)
            } catch {
                logger.error("reload skipped: \(error.diagnostics.map(\.message).joined(separator: "; "))")
                return
            }
            // A policy loads again when its file, a base or a calendar its last load read changed.
            let read = policies.withLockedValue { served in
                Dictionary(served.values.map { ($0.path, $0.lastAttempt.files) }, uniquingKeysWith: { first, _ in first })
            }
            for entry in entries where changedOnly.map({ changed in
                !known.contains(entry.path) || !changed.isDisjoint(with: read[entry.path] ?? [entry.path])
            }) ?? true {
                load(entry, isReload: known.contains(entry.path))
            }
            let names = Set(entries.map(\.name))
            let removed = policies.withLockedValue { served in
                let gone = served.keys.filter { !names.contains($0) }
                for name in gone { served[name] = nil }
                return gone
            }
            for name in removed.sorted() { logger.notice("policy \(name) is no longer served: its file is gone") }
            order.withLockedValue { $0 = entries.map(\.name) }
        }
    }

    /// The serving version of the policy `name`, or why there is none.
    package func version(of name: String) -> Result<ServedPolicy.Version, ServiceError> {
        // Only the version leaves the lock on the way every request takes.
        let found: Result<ServedPolicy.Version, ServiceError>? = policies.withLockedValue { served in
            guard let index = served.index(forKey: name) else { return nil }
            if let version = served.values[index].serving { return .success(version) }
            return .failure(.policyNotLoaded(served.values[index]))
        }
        return found ?? .failure(.unknownPolicy(name, known: names))
    }

    /// The policy `name`, whatever its state.
    package func policy(_ name: String) -> ServedPolicy? {
        policies.withLockedValue { $0[name] }
    }

    /// Every policy, in command-line order.
    package var all: [ServedPolicy] {
        let names = order.withLockedValue { $0 }
        let served = policies.withLockedValue { $0 }
        return names.compactMap { served[$0] }
    }

    /// The names served, in command-line order.
    package var names: [String] { order.withLockedValue { $0 } }

    /// The files `--watch` watches: every policy file, and the bases and calendars its last load read.
    package var watchedPaths: [String] { all.flatMap { [$0.path] + $0.lastAttempt.files } }

    // MARK: - Loading one file

    private func load(_ entry: PolicySources.Entry, isReload: Bool) {
        let now = Date()
        let (version, diagnostics, files) = Self.loadVersion(path: entry.path, root: root, at: now)
        let attempt = ServedPolicy.LoadAttempt(at: now, diagnostics: diagnostics, succeeded: version != nil, files: files)
        policies.withLockedValue { served in
            var policy = served[entry.name] ?? ServedPolicy(name: entry.name, path: entry.path, serving: nil, lastAttempt: attempt)
            if let version { policy.serving = version }
            policy.lastAttempt = attempt
            served[entry.name] = policy
        }
        if isReload { metrics.countReload(policy: entry.name, failed: version == nil) }
        if let version {
            logger.info("loaded policy \(entry.name) from \(entry.path) (\(version.hash), \(version.ruleCount) rules)")
            for warning in diagnostics { logger.warning("\(warning.description)") }
        } else {
            let kept = isReload && policy(entry.name)?.serving != nil
            let consequence = kept ? "the previous version keeps serving" : "it is not served until it loads"
            logger.error("policy \(entry.name) did not load from \(entry.path); \(consequence)")
            for diagnostic in diagnostics { logger.error("\(diagnostic.description)") }
        }
    }

    /// A version of the policy at `path`, or the diagnostics that keep it from loading; and the
    /// files the load read or tried to read: the policy file, its bases and its calendars.
    package static func loadVersion(path: String, root: PolicyRoot?, at date: Date)
        -> (version: ServedPolicy.Version?, diagnostics: [Diagnostic], files: [String]) {
        let source: SourceFile
        do {
            source = try SourceFile.read(path: path)
        } catch let error as any DiagnosticError {
            return (nil, error.diagnostics, [path])
        } catch {
            return (nil, [Diagnostic(IODiagnosticCode.unreadable, message: "cannot read \(quotedPath: path)", span: nil)], [path])
        }
        let reader = RecordingFileReader()
        let (policy, diagnostics) = PolicyLoader(root: root, files: reader).loadCollecting(source: source)
        let files = [path] + reader.paths.filter { $0 != path }
        guard let policy, !diagnostics.contains(where: { $0.severity == .error }) else { return (nil, diagnostics, files) }
        let version = ServedPolicy.Version(
            evaluator: Evaluator(policy: policy), hash: ContentHash.sha256(files: [source.bytes] + reader.contents), loadedAt: date, warnings: diagnostics)
        return (version, diagnostics, files)
    }
}
