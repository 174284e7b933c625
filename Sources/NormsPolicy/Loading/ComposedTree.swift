import NormsSource
import NormsYAML

/// A policy and its bases as one YAML tree, ready for ``PolicyReader``.
struct ComposedTree {
    /// The merged top-level mapping, spanning the policy's own file. `norms`, `extends` and
    /// `rules` are not in it: the first two were read file by file, the rules are ``rules``.
    var root: YAMLNode
    /// The rules of every file, bases first, with overrides applied and duplicates left out.
    var rules: [YAMLNode]
    /// Rules left out for repeating an id: read only to report their other problems too.
    var duplicateRules: [YAMLNode]
    /// The files, bases first in load order, the policy's own file last.
    var files: [String]
    /// Where each top-level key of the policy's own file is written, by its text.
    var ownKeys: [String: SourceSpan]
}
