/// The version `norms --version` prints.
enum NormsVersion {
    static let current = "0.1.0"
}
