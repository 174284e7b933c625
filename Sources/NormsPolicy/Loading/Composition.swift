import NormsSource
import NormsYAML

/// Composes a policy with its bases (`extends`) into one YAML tree, before the model is built.
///
/// Decisions:
/// - `extends` is a path or a list of paths, relative to the folder of the file that names them,
///   inside the ``PolicyRoot``: a path outside it is an error naming the root, and nothing of the
///   file is read. A base that is not a policy (not YAML, not a mapping, or without a `norms` key,
///   and no line starting with `norms:`) is an error at the `extends` value that never quotes the
///   file, which may be any file of the project.
///   Bases load first, in the order listed, each after its own bases, then the file itself; a
///   file reached twice through different bases (a diamond) is included once, at its first place.
///   ``Policy/files`` lists them in that order.
/// - A cycle is an error at the `extends` value that closes it, naming the chain
///   (`a.yaml → b.yaml → a.yaml`); a base that cannot be read is an error at its `extends` value,
///   naming the resolved path. The rest of the policy still loads.
/// - Every file needs `norms: 1`; a file with another version is not used. `name` is required in
///   the policy's own file; a base's `name` is replaced by it.
/// - Merging works on the YAML trees, so every value keeps the span of the file it came from:
///   - mappings (`channels`, `teams`, `people`, `lint`, and the settings inside each entry, such as
///     a channel's `requires` or a team's `channels`) merge key by key, the later file winning; a
///     later key written empty (`teams:`) adds nothing;
///   - `working_hours` is a schedule, not a map: a later schedule replaces the whole earlier one,
///     since merging day keys would create overlapping days;
///   - scalars and lists (`holidays`, `levels`, `kinds`, `members`, `focus`, `lint.disable`) are
///     replaced by the later file's;
///   - `rules` concatenate, bases' rules first. A rule id defined twice is an error at the second,
///     unless the second comes from a later file and says `override: true`: it then replaces the
///     earlier rule in place, keeping that rule's place in policy order. `override: true` with no
///     earlier rule of that id is an error.
struct Composition {
    let limits: YAMLLimits
    let root: PolicyRoot
    let reader: NodeReader
    /// Where the bases' bytes come from.
    let files: any PolicyFileReader

    /// One file of the policy: its path and its top-level mapping.
    struct Document {
        let path: PolicyPath
        let root: YAMLNode
    }

    var log: DiagnosticLog { reader.log }

    /// Loads `top` and its bases and merges them.
    /// - Returns: the composed tree, or `nil` when `top` is not a usable policy at all (not YAML,
    ///   empty, not a mapping, or of another format version); and every file read, usable or
    ///   not, in load order, to sort diagnostics by.
    func compose(_ top: SourceFile) -> (tree: ComposedTree?, fileOrder: [String]) {
        var walk = Walk(composition: self)
        let topPath = PolicyPath(top.path, normalizing: false)
        walk.seen.insert(topPath.identity)
        guard let topRoot = walk.visit(top, at: topPath, reference: nil) else { return (nil, walk.fileOrder) }
        checkName(topRoot)
        let documents = walk.documents
        let (rules, duplicates) = rules(of: documents)
        var ownKeys: [String: SourceSpan] = [:]
        for entry in topRoot.mapping?.entries ?? [] {
            if let key = entry.keyText, ownKeys[key] == nil { ownKeys[key] = entry.key.span }
        }
        let tree = ComposedTree(root: merge(documents, span: topRoot.span), rules: rules, duplicateRules: duplicates,
                                files: documents.map(\.path.display), ownKeys: ownKeys)
        return (tree, walk.fileOrder)
    }

    // MARK: - One file

    /// Parses a file into its top-level mapping, reporting why when it is not one.
    func parse(_ source: SourceFile) -> YAMLNode? {
        let node: YAMLNode?
        do {
            node = try YAMLLoader(limits: limits).loadDocument(source)
        } catch {
            log.report(error.diagnostics)
            return nil
        }
        guard let node else {
            log.error(.emptyFile, "\(quotedPath: source.path) holds no policy", at: SourceSpan(file: source.path, at: source.position(offset: 0)),
                      help: "start the file with 'norms: 1', then 'name:', 'timezone:' and 'channels:'")
            return nil
        }
        guard node.mapping != nil else {
            reader.wrongType(Field(node: node, path: ""), expected: "a mapping of policy keys",
                             help: "a policy is a mapping that starts with 'norms: 1'")
            return nil
        }
        return node
    }

    /// Checks `norms: 1`; a file of another format version is not used.
    func checkVersion(_ root: YAMLNode) -> Bool {
        guard let entry = root.mapping?.entry("norms") else {
            reader.missingKey("norms", in: Field(node: root, path: ""), help: "add 'norms: 1' (the format version) as the first line")
            return true
        }
        guard case .int(let version)? = entry.value.scalar?.resolved else {
            reader.wrongType(Field(node: entry.value, path: "norms", key: entry.key), expected: "the format version 1",
                             help: "write 'norms: 1'")
            return true
        }
        guard version == 1 else {
            log.error(.unsupportedVersion, "unsupported format version \(version)", at: entry.value.span,
                      help: "this version of norms reads 'norms: 1' only")
            return false
        }
        return true
    }

    /// The paths a file extends, as written.
    func extends(_ root: YAMLNode) -> [Located<String>] {
        guard let entry = root.mapping?.entry("extends") else { return [] }
        return reader.strings(Field(node: entry.value, path: "extends", key: entry.key), expected: "a path") ?? []
    }

    private func checkName(_ root: YAMLNode) {
        guard root.mapping?.entry("name") == nil else { return }
        reader.missingKey("name", in: Field(node: root, path: ""),
                          help: "add 'name:' with the policy's name; a base policy's name is not inherited")
    }
}

// MARK: - Walk

extension Composition {
    /// The depth-first walk over `extends`.
    struct Walk {
        let composition: Composition
        /// The usable files, bases first.
        var documents: [Document] = []
        /// Every file reached so far (read or not), by identity.
        var seen: Set<String> = []
        /// The chain of files being loaded, outermost first.
        var stack: [PolicyPath] = []
        /// Every file read, usable or not, bases first.
        var fileOrder: [String] = []

        init(composition: Composition) {
            self.composition = composition
        }

        /// Loads a file after its bases; returns its top-level mapping when the file is usable.
        /// - Parameter reference: the `extends` value that named a base; `nil` for the policy itself.
        mutating func visit(_ source: SourceFile, at path: PolicyPath, reference: Located<String>?) -> YAMLNode? {
            if let reference, let problem = composition.notAPolicy(source) {
                composition.log.error(.extendsNotPolicy, "base \(quoted: reference.value) is not a policy: \(problem)", at: reference.span,
                                      help: "'extends' names policy files, which start with 'norms: 1'")
                return nil
            }
            guard let root = composition.parse(source), composition.checkVersion(root) else {
                fileOrder.append(source.path)
                return nil
            }
            stack.append(path)
            for reference in composition.extends(root) {
                visitBase(reference, from: path)
            }
            stack.removeLast()
            documents.append(Document(path: path, root: root))
            fileOrder.append(source.path)
            return root
        }

        private mutating func visitBase(_ reference: Located<String>, from path: PolicyPath) {
            let target = path.resolving(reference.value)
            guard composition.root.contains(target.display) else {
                composition.log.error(.extendsOutsideRoot,
                                      "base \(quoted: reference.value) is outside the policy root \(quoted: composition.root.path)",
                                      at: reference.span,
                                      help: "a policy may extend only files of its own project, below the nearest folder holding "
                                          + "'.git' or '.norms.yaml'; move the base there, or choose the root with --root")
                return
            }
            if let start = stack.firstIndex(where: { $0.identity == target.identity }) {
                let chain = (stack[start...].map(\.display) + [target.display]).joined(separator: " → ")
                composition.log.error(.extendsCycle, "policies extend each other in a cycle: \(chain)", at: reference.span,
                                      help: "remove one 'extends' of the chain: a base may not extend the policies built on it")
                return
            }
            guard seen.insert(target.identity).inserted else { return }
            let source: SourceFile
            do {
                source = try composition.files.read(path: target.display, maxBytes: composition.limits.maxBytes)
            } catch {
                let problem = switch (error as? SourceFileError)?.reason {
                case .missing?: "there is no file \(quotedPath: target.display)"
                case .isDirectory?: "\(quotedPath: target.display) is a folder"
                case .symbolicLinkLoop?: "\(quotedPath: target.display) is a symbolic link loop"
                case .unreadable?, nil: "\(quotedPath: target.display) cannot be read"
                case .tooLarge(let bytes, let limit)?: "\(quotedPath: target.display) is \(bytes) bytes, more than the limit of \(limit)"
                }
                composition.log.error(.extendsMissing, "cannot load base policy \(quoted: reference.value): \(problem)", at: reference.span,
                                      help: "the path is relative to the folder of \(quotedPath: path.display)")
                return
            }
            _ = visit(source, at: target, reference: reference)
        }
    }
}
