import Foundation
import Logging
import NIOPosix
import NormsSource
import ServiceLifecycle
import UnixSignals

/// Reloads the policies on SIGHUP (and reopens the decision log, for log rotation), and with
/// `--watch` whenever a served file, a base or a calendar it read, or a served folder's list of
/// YAML files changes.
///
/// Reloads read files and parse policies and calendars, which blocks: they run one at a time on a
/// thread of their own, never on the threads that answer requests, so a slow reload delays only
/// the next reload.
struct ReloadService: Service {
    let store: PolicyStore
    let decisionLog: DecisionLog?
    let watchInterval: Duration?
    let sources: PolicySources
    let logger: Logger

    func run() async throws {
        let thread = NIOThreadPool(numberOfThreads: 1)
        thread.start()
        defer { thread.shutdownGracefully { _ in } }
        try await cancelWhenGracefulShutdown {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    for await _ in await UnixSignalsSequence(trapping: .sighup) {
                        logger.notice("SIGHUP: reloading every policy")
                        decisionLog?.reopen()
                        try await thread.runIfActive { store.reload() }
                    }
                }
                if let watchInterval {
                    group.addTask { try await watch(every: watchInterval, on: thread) }
                }
                try await group.waitForAll()
            }
        }
    }

    private func watch(every interval: Duration, on thread: NIOThreadPool) async throws {
        var last = try await thread.runIfActive { fingerprints() }
        while true {
            try await Task.sleep(for: interval)
            let current = try await thread.runIfActive { fingerprints() }
            guard current != last else { continue }
            let changed = Set(current.keys.filter { current[$0] != last[$0] }).union(last.keys.filter { current[$0] == nil })
            logger.notice("files changed: reloading \(changed.sorted().joined(separator: ", "))")
            try await thread.runIfActive { store.reload(changedOnly: changed) }
            last = current
        }
    }

    /// The modification time and size of every served file, of the bases and calendars the
    /// policies' last loads read, and of every YAML file in a served folder, by path.
    private func fingerprints() -> [String: String] {
        var paths = Set(store.watchedPaths)
        for path in sources.paths where FilePaths.isFolder(path) {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            for name in names where FilePaths.isYAML(name) && !name.hasPrefix(".") {
                paths.insert(path.hasSuffix("/") ? path + name : path + "/" + name)
            }
        }
        var result: [String: String] = [:]
        for path in paths {
            let attributes = try? FileManager.default.attributesOfItem(atPath: path)
            let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? -1
            let size = (attributes?[.size] as? NSNumber)?.intValue ?? -1
            result[path] = "\(modified) \(size)"
        }
        return result
    }
}
