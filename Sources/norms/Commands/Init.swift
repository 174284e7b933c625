import ArgumentParser
import Foundation
import NormsEngine
import NormsPolicy
import NormsReporting
import NormsSource
import NormsYAML

extension Norms {
    /// `norms init`: writes a commented starter policy, with the base policies it extends.
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            abstract: "Write a commented starter policy.",
            discussion: """
                The templates are the example policies of the TeamNorms project, embedded in norms; \
                --list names them. A template that \
                extends a base policy is written together with that base, at the relative path its \
                'extends' names (policies/remote-async.yaml and policies/base/company.yaml), so the \
                comments and the split between company and team norms stay as they are. Beside the \
                policy go the example message its "Try it" line names (messages/NAME.yaml) and a starter \
                test (TEMPLATE.test.yaml) whose one case expects the decision that message gets, so \
                'norms lint', 'norms test' and 'norms check' all succeed right away. \
                norms init never overwrites a file: an existing policy file stops it (exit 2); an \
                existing base, message or test is kept and the new policy extends or uses it.
                """)

        @Option(help: "The template: the name of one of the project's example policies.")
        var template: String = StarterTemplate.defaultName

        @Argument(help: "Where to write the policy (default: policies/TEMPLATE.yaml); a folder receives TEMPLATE.yaml.",
                  completion: .file(extensions: ["yaml", "yml"]))
        var path: String?

        @Flag(help: "List the templates and exit.")
        var list = false

        func run() throws {
            if list {
                Console.write(StarterTemplate.all.map { "\($0.name)\t\($0.summary)\n" }.joined())
                return
            }
            guard let starter = StarterTemplate.named(template) else {
                let names = StarterTemplate.all.map(\.name)
                Console.report([Diagnostic(
                    code: "init.unknown-template", message: "unknown template \(quoted: template)", span: nil,
                    help: (Suggestions.didYouMean(template, in: names).map { $0 + " " } ?? "")
                        + "The templates are: \(names.joined(separator: ", ")).")])
                throw ExitStatus.invalidInput
            }
            let target = destination(for: starter)
            let plan = Plan(template: starter, target: target)
            if FileManager.default.fileExists(atPath: target) {
                Console.report([Diagnostic(
                    code: "init.file-exists", message: "\(quoted: target) already exists; norms init never overwrites a file",
                    span: nil, help: "name another path, such as 'norms init --template \(starter.name) policies/my-team.yaml'")])
                throw ExitStatus.invalidInput
            }
            do {
                try write(plan)
            } catch {
                Console.error("error: cannot write the starter policy: \(error.localizedDescription)")
                throw ExitStatus.invalidInput
            }
        }

        /// The file to write: PATH, PATH/NAME.yaml for a folder, or policies/ plus the template's own path.
        private func destination(for starter: StarterTemplate) -> String {
            guard let path else { return "policies/" + starter.path }
            var isFolder: ObjCBool = false
            if path.hasSuffix("/") || (FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue) {
                let fileName = starter.path.split(separator: "/").last.map(String.init) ?? starter.path
                return (path.hasSuffix("/") ? path : path + "/") + fileName
            }
            return path
        }

        /// Writes the bases that are missing, then the policy, and says what happened.
        private func write(_ plan: Plan) throws {
            var report: [String] = []
            for base in plan.bases {
                if let existing = FileManager.default.contents(atPath: base.target) {
                    if existing != Data(base.template.text.utf8) {
                        Console.error("note: kept the existing \(quoted: base.target); \(quoted: plan.target) extends it as it is")
                    }
                    report.append("Kept    \(base.target) (the base policy it extends, already there)")
                    continue
                }
                try Self.create(base.target, text: base.template.text)
                report.append("Wrote   \(base.target) (the base policy it extends)")
            }
            let example = StarterExample(template: plan.template, policyPath: plan.target)
            try Self.create(plan.target, text: example?.policyText(plan.template.text) ?? plan.template.text)
            report.insert("Wrote   \(plan.target) (template \(plan.template.name))", at: 0)
            if let example { report += try writeStarter(example, policy: plan.target) }
            report.append("Next: adapt it to your team, then read it back with 'norms doc \(plan.target)'.")
            Console.write(report.joined(separator: "\n") + "\n")
        }

        /// Writes the example message and the starter test, unless they exist, and says what happened.
        private func writeStarter(_ example: StarterExample, policy: String) throws -> [String] {
            var report: [String] = []
            if FileManager.default.fileExists(atPath: example.messagePath) {
                report.append("Kept    \(example.messagePath) (already there)")
            } else {
                try Self.create(example.messagePath, text: example.messageText)
                report.append("Wrote   \(example.messagePath) (an example message: '\(example.tryItLine.rewritten.dropFirst(4))')")
            }
            if FileManager.default.fileExists(atPath: example.testPath) {
                report.append("Kept    \(example.testPath) (already there)")
                return report
            }
            // A kept base that is not the template's may keep the policy from loading: no test then.
            let (loaded, diagnostics) = PolicyLoader().loadCollecting(path: policy)
            guard let loaded, !diagnostics.contains(where: { $0.severity == .error }),
                  let decision = try? Evaluator(policy: loaded).evaluate(try MessageInput.read(example.messagePath).message) else {
                Console.error("note: no starter test written: \(quoted: policy) does not load with the base it extends; see 'norms lint \(policy)'")
                return report
            }
            try Self.create(example.testPath, text: example.testText(expecting: decision))
            report.append("Wrote   \(example.testPath) (a starter test: 'norms test \(example.testPath)')")
            return report
        }

        private static func create(_ path: String, text: String) throws {
            let url = URL(fileURLWithPath: path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
            }
        }
    }
}

extension Norms.Init {
/// The files `norms init` writes for one template: the policy, and every base it extends
/// (directly or through another base), each at the path `extends` gives relative to the policy.
struct Plan {
    /// A base policy and where it goes.
    struct Base {
        var template: StarterTemplate
        var target: String
    }

    let template: StarterTemplate
    let target: String
    private(set) var bases: [Base] = []

    init(template: StarterTemplate, target: String) {
        self.template = template
        self.target = target
        var seen: Set<String> = [template.path]
        collectBases(of: template, writtenAt: target, seen: &seen)
    }

    /// Adds the bases a template names, depth first, each once.
    private mutating func collectBases(of template: StarterTemplate, writtenAt target: String, seen: inout Set<String>) {
        for reference in Self.extends(of: template) {
            let embedded = Self.join(Self.folder(of: template.path), reference)
            guard let base = StarterTemplate.file(at: embedded), seen.insert(base.path).inserted else { continue }
            let baseTarget = Self.join(Self.folder(of: target), reference)
            collectBases(of: base, writtenAt: baseTarget, seen: &seen)
            bases.append(Base(template: base, target: baseTarget))
        }
    }

    /// The paths a template's `extends` names, as written (one path or a list).
    static func extends(of template: StarterTemplate) -> [String] {
        let source = SourceFile(path: template.path, text: template.text)
        guard let root = try? YAMLLoader().loadDocument(source), let value = root.mapping?["extends"] else { return [] }
        if let items = value.sequence { return items.compactMap { $0.scalar?.string } }
        return value.scalar?.string.map { [$0] } ?? []
    }

    /// The folder part of a relative path, with its trailing slash ("" for a bare file name).
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
    }

    /// `folder` + `reference`, with `.` and `name/..` folded away; an absolute reference stays as is.
    static func join(_ folder: String, _ reference: String) -> String {
        if reference.hasPrefix("/") { return reference }
        let isAbsolute = folder.hasPrefix("/")
        var parts: [Substring] = []
        for part in (folder + reference).split(separator: "/") {
            switch part {
            case ".": continue
            case "..": if let last = parts.last, last != ".." { parts.removeLast() } else { parts.append(part) }
            default: parts.append(part)
            }
        }
        return (isAbsolute ? "/" : "") + parts.joined(separator: "/")
    }
}
}
