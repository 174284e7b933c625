/// Facts about the policy format that tools other than the loader rely on, such as the linter
/// telling a policy from other YAML files.
package enum PolicyFormat {
    /// The key that makes a YAML file a policy: `norms: 1`, the format version.
    package static let versionKey = "norms"

    /// Every top-level key of a policy, in the order the format reference lists them.
    package static var topLevelKeys: [String] { PolicyReader.topLevelKeys }
}
