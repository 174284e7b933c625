import Foundation
import PackagePlugin

/// Generates `EmbeddedPolicies.swift` for the target that uses it: the package's `policies/`
/// files and the example messages they name, embedded so an installed `norms init` needs no
/// checkout. The generator runs again whenever one of those files changes.
@main
struct EmbedPolicies: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedPolicies.swift")
        let inputs = files(below: root.appendingPathComponent("policies")) + files(below: root.appendingPathComponent("examples/messages"))
        return [
            .buildCommand(
                displayName: "Embedding the policies and example messages in \(target.name)",
                executable: try context.tool(named: "EmbeddedPoliciesGenerator").url,
                arguments: [root.path, output.path],
                inputFiles: inputs,
                outputFiles: [output]
            ),
        ]
    }

    /// Every regular file below `folder`, so that a change to any of them runs the generator again.
    private func files(below folder: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        return walker.compactMap { item in
            guard let url = item as? URL, (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { return nil }
            return url
        }
    }
}
