import NormsSource

/// A YAML document that could not be turned into a node tree.
///
/// Every error has a real position: the span of the offending node, key, alias or byte.
public struct YAMLError: DiagnosticError, Sendable, Equatable {
    /// What went wrong.
    public enum Kind: Sendable, Equatable {
        /// libyaml rejected the text: its problem, and the context it was parsing with that context's position.
        case syntax(problem: String, context: String?, contextSpan: SourceSpan?)
        /// A mapping names the same key twice; `first` is where it was first named.
        case duplicateKey(key: String, first: SourceSpan)
        /// The input holds more than one document where one was expected.
        case multipleDocuments
        /// The input is not UTF-8 text YAML can read: a bad byte, a NUL, a control character, UTF-16.
        case invalidEncoding(String)
        /// A tag the loader does not understand (`!!python/object`, `!foo`, `!!set`), in short form.
        case unknownTag(String)
        /// A core tag on a node it does not fit (`!!int abc`, `!!map [1]`); `found` describes the node.
        case tagMismatch(tag: String, found: String)
        /// An alias names no anchor.
        case unknownAlias(String)
        /// An alias names an anchor on a collection that encloses it, which would make a cycle.
        case recursiveAlias(String)
        /// A merge key (`<<`) whose value is not a mapping or a sequence of mappings; `found` describes it.
        case invalidMerge(found: String)
        /// Nesting deeper than ``YAMLLimits/maxDepth``, aliases expanded.
        case tooDeep(limit: Int)
        /// More nodes, after alias expansion, than ``YAMLLimits/maxNodes``.
        case tooManyNodes(limit: Int)
        /// Input larger than ``YAMLLimits/maxBytes``.
        case tooLarge(bytes: Int, limit: Int)
    }

    /// What went wrong.
    public var kind: Kind
    /// Where the problem is.
    public var span: SourceSpan

    /// An error of the given kind at the given place.
    public init(_ kind: Kind, at span: SourceSpan) {
        self.kind = kind
        self.span = span
    }

    /// The error's one diagnostic, as ``DiagnosticError`` asks.
    public var diagnostics: [Diagnostic] { [diagnostic] }

    /// The error as one positioned diagnostic.
    public var diagnostic: Diagnostic {
        switch kind {
        case .syntax(let problem, let context, let contextSpan):
            let notes = context.map { [Diagnostic.Note($0, at: contextSpan)] } ?? []
            return Diagnostic(code: "yaml.syntax", message: "invalid YAML: \(problem)", span: span, notes: notes,
                              help: "fix the YAML syntax at this position (indentation, quotes, brackets)")
        case .duplicateKey(let key, let first):
            return Diagnostic(code: "yaml.duplicate-key", message: "duplicate key \(quoted: key)", span: span,
                              notes: [.init("\(quoted: key) is first defined here", at: first)],
                              help: "remove one of the two entries or merge them: YAML keeps only one")
        case .multipleDocuments:
            return Diagnostic(code: "yaml.multiple-documents", message: "more than one YAML document in this file", span: span,
                              help: "keep one document per file; remove the extra '---'")
        case .invalidEncoding(let detail):
            return Diagnostic(code: "yaml.encoding", message: detail, span: span, help: "save the file as UTF-8 text")
        case .unknownTag(let tag):
            return Diagnostic(code: "yaml.unknown-tag", message: "unsupported tag \(quoted: tag)", span: span,
                              help: "remove the tag; only the core tags !!str, !!int, !!float, !!bool, !!null, !!seq and !!map are allowed")
        case .tagMismatch(let tag, let found):
            return Diagnostic(code: "yaml.tag-mismatch", message: "tag \(quoted: tag) does not fit \(found)", span: span,
                              help: "remove the tag or change the value to match it")
        case .unknownAlias(let name):
            return Diagnostic(code: "yaml.unknown-alias", message: "alias '*\(name)' names no anchor", span: span,
                              help: "define '&\(name)' before using '*\(name)'")
        case .recursiveAlias(let name):
            return Diagnostic(code: "yaml.recursive-alias", message: "alias '*\(name)' is inside the node it names", span: span,
                              help: "move '*\(name)' out of the node anchored '&\(name)'; a node cannot contain itself")
        case .invalidMerge(let found):
            return Diagnostic(code: "yaml.invalid-merge", message: "merge key '<<' needs a mapping, found \(found)", span: span,
                              help: "merge a mapping ('<<: *defaults') or a list of mappings ('<<: [*a, *b]')")
        case .tooDeep(let limit):
            return Diagnostic(code: "yaml.too-deep", message: "nesting deeper than \(limit) levels", span: span,
                              help: "flatten the document; policies never need this much nesting")
        case .tooManyNodes(let limit):
            return Diagnostic(code: "yaml.too-many-nodes", message: "the document expands to more than \(limit) nodes (aliases included)", span: span,
                              help: "reduce the use of aliases; this looks like an alias bomb")
        case .tooLarge(let bytes, let limit):
            return Diagnostic(code: "yaml.too-large", message: "the file is \(bytes) bytes, more than the limit of \(limit)", span: span,
                              help: "split the file or raise the limit")
        }
    }
}

extension YAMLError {
    /// Input quoted in a message: cut to at most `limit` Unicode scalars, ending in `…` when
    /// cut, with line breaks shown as `\n` and `\r` so that the message stays on one line.
    static func excerpt(_ text: String, limit: Int = 40) -> String {
        let head = Array(text.unicodeScalars.prefix(limit + 1))
        let isCut = head.count > limit
        var shown = String.UnicodeScalarView()
        for scalar in isCut ? head.prefix(limit - 1) : head[...] {
            switch scalar {
            case "\n": shown.append(contentsOf: #"\n"#.unicodeScalars)
            case "\r": shown.append(contentsOf: #"\r"#.unicodeScalars)
            default: shown.append(scalar)
            }
        }
        return String(shown) + (isCut ? "…" : "")
    }
}
