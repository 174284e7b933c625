import NormsPolicy
import NormsSource

/// Where a policy names each of its calendar files, so that a problem found inside a calendar is
/// reported at the policy line that brought the file in (where `# norms:disable` can silence it),
/// with a note at the calendar's own line.
struct CalendarReferences {
    /// The first place naming each file, by the path the loader read it from.
    private let references: [String: Located<String>]

    init(_ policy: Policy?) {
        var references: [String: Located<String>] = [:]
        let named = (policy?.people.compactMap(\.calendar) ?? []).flatMap(\.files)
            + (policy?.teams.compactMap(\.calendar) ?? []).flatMap(\.files)
            + (policy?.holidayCalendars ?? [])
        for reference in named {
            let path = FilePaths.normalize(FilePaths.resolve(reference.value, from: reference.span.file))
            if references[path] == nil { references[path] = reference }
        }
        self.references = references
    }

    /// The loader's findings for a rule, each inside a calendar moved to the calendar's reference.
    static func findings(of rule: String, in context: LintContext) -> [Finding] {
        let references = CalendarReferences(context.policy)
        return context.loaderFindings(for: rule).map { finding in
            guard let reference = references.references[finding.span.file] else { return finding }
            var moved = finding
            moved.message = "calendar \(quoted: reference.value), line \(finding.span.start.line): \(finding.message)"
            moved.notes = [Diagnostic.Note("the calendar's line", at: finding.span)] + finding.notes
            moved.span = reference.span
            return moved
        }
    }
}
