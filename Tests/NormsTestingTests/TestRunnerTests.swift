import Foundation
import NormsSource
import NormsTesting
import Testing

@Suite("Runs: discovery, exit codes and coverage")
struct TestRunnerTests {
    @Test func noTestsIsAnError() throws {
        let folder = try TemporaryFolder()
        try folder.write("small.yaml", SmallPolicy.text)
        try folder.write("notes/readme.md", "no tests here")
        let run = TestRunner().run(paths: [folder.path])
        #expect(run.problems.map(\.code) == ["test.no-tests"])
        #expect(run.exitCode() == 2)
    }

    @Test func missingPathIsAnError() throws {
        let folder = try TemporaryFolder()
        let run = TestRunner().run(paths: [folder.path + "/nope"])
        #expect(run.problems.map(\.code) == ["test.missing-path"])
        #expect(run.exitCode() == 2)
    }

    @Test func findsTestFilesRecursivelyAndSkipsHiddenFolders() throws {
        let folder = try TemporaryFolder()
        try folder.write("small.yaml", SmallPolicy.text)
        let one = "  - {name: one, message: \(SmallPolicy.email), expect: {level: normal}}\n"
        try folder.write("a/b/deep.test.yaml", SmallPolicy.testFile(policy: "../../small.yaml", one))
        try folder.write("top.test.yaml", SmallPolicy.testFile(one))
        try folder.write(".hidden/x.test.yaml", "not: [valid")
        try folder.write("other.yaml", "policy: x")
        let run = TestRunner().run(paths: [folder.path])
        #expect(run.suites.map { $0.path.replacingOccurrences(of: folder.path + "/", with: "") } == ["a/b/deep.test.yaml", "top.test.yaml"])
        #expect(run.exitCode() == 0)
        #expect(run.passedCount == 2)
    }

    @Test func failedCaseExitsOne() throws {
        let folder = try TemporaryFolder()
        try folder.write("small.yaml", SmallPolicy.text)
        let file = try folder.write("t.test.yaml", SmallPolicy.testFile("""
              - {name: good, message: \(SmallPolicy.email), expect: {level: normal}}
              - {name: bad, message: \(SmallPolicy.email), expect: {level: urgent}}

            """))
        let run = TestRunner().run(files: [file])
        #expect(run.passedCount == 1)
        #expect(run.failedCount == 1)
        #expect(run.exitCode() == 1)
    }

    @Test func policyThatDoesNotLoadExitsTwo() throws {
        let folder = try TemporaryFolder()
        try folder.write("broken.yaml", "norms: 1\nname: Broken\n")
        let file = try folder.write("t.test.yaml", SmallPolicy.testFile(
            policy: "broken.yaml", "  - {name: one, message: \(SmallPolicy.email), expect: {}}\n"))
        let run = TestRunner().run(files: [file])
        #expect(run.suites.first?.problems.map(\.code) == ["test.policy-not-loaded"])
        #expect(!run.problems.isEmpty)
        #expect(run.exitCode() == 2)
    }

    @Test func malformedTestFileExitsTwoAndOthersStillRun() throws {
        let folder = try TemporaryFolder()
        try folder.write("small.yaml", SmallPolicy.text)
        let bad = try folder.write("bad.test.yaml", SmallPolicy.testFile(
            "  - {name: one, message: \(SmallPolicy.email), expect: {levl: normal}}\n"))
        let good = try folder.write("good.test.yaml", SmallPolicy.testFile(
            "  - {name: one, message: \(SmallPolicy.email), expect: {level: normal}}\n"))
        let run = TestRunner().run(files: [bad, good])
        #expect(run.suites[0].problems.first?.help == "did you mean 'level'?")
        #expect(run.suites[1].results.count == 1)
        #expect(run.exitCode() == 2)
    }

    // Four rules. The outage case matches outages-are-urgent and urgent-breaks-through; the
    // decision-in-chat case matches no-chat-for-decisions; fyi-needs-no-reply is never matched:
    // 3 of 4 = 75%. A failing case still counts.
    @Test func coverageCountsRulesInAnyRecipientsDecision() throws {
        let folder = try TemporaryFolder()
        try folder.write("small.yaml", SmallPolicy.text)
        let file = try folder.write("t.test.yaml", SmallPolicy.testFile("""
              - {name: outage, message: \(SmallPolicy.outage), expect: {level: urgent}}
              - {name: decision, message: \(SmallPolicy.decisionInChat), expect: {level: urgent}}
              - {name: email, message: \(SmallPolicy.email), expect: {}}

            """))
        let run = TestRunner().run(files: [file])
        let coverage = try #require(run.coverage.first)
        #expect(run.coverage.count == 1)
        #expect(coverage.name == "Small Team")
        #expect(coverage.rules.map(\.id) == ["outages-are-urgent", "urgent-breaks-through", "no-chat-for-decisions", "fyi-needs-no-reply"])
        #expect(coverage.covered.count == 3)
        #expect(coverage.uncovered.map(\.id) == ["fyi-needs-no-reply"])
        #expect(coverage.uncovered.first?.source.start.line == 23)
        #expect(coverage.percent == 75)
        #expect(coverage.rules[0].cases == ["\(file):3"])
        #expect(run.belowCoverage(75).isEmpty)
        #expect(run.belowCoverage(75.1).count == 1)
        #expect(run.exitCode(minimumCoverage: 50) == 1) // the failing case
    }

    @Test func minimumCoverageFailsARunThatOtherwisePasses() throws {
        let folder = try TemporaryFolder()
        try folder.write("small.yaml", SmallPolicy.text)
        let file = try folder.write("t.test.yaml", SmallPolicy.testFile(
            "  - {name: fyi, message: \(SmallPolicy.fyi), expect: {}}\n"))
        let run = TestRunner().run(files: [file])
        #expect(run.coverage.first?.percent == 25)
        #expect(run.exitCode() == 0)
        #expect(run.exitCode(minimumCoverage: 25) == 0)
        #expect(run.exitCode(minimumCoverage: 100) == 1)
        let text = TestTextReporter().render(run, options: TestReportOptions(minimumCoverage: 100))
        #expect(text.contains("small.yaml (Small Team): 1 of 4 rules covered, 25% — below the minimum 100%"))
        #expect(text.contains("not covered: outages-are-urgent ("))
    }
}
