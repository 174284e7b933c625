/// The codes of problems reading an input (a file, standard input, a line of a stream), whatever
/// it holds. Codes are stable: tests and CI configurations refer to them.
package enum IODiagnosticCode: String, DiagnosticCode, CaseIterable {
    /// The input is missing, a folder, or cannot be read.
    case unreadable = "io.unreadable"
    /// The input is longer than its limit.
    case tooLarge = "io.too-large"
    /// One line of a stream is longer than its limit.
    case lineTooLong = "io.line-too-long"
    /// A path's symbolic links lead back to themselves.
    case symlinkLoop = "io.symlink-loop"
}
