import NormsSource
import NormsYAML
import Testing

/// Every case of the YAML test suite: no crash or hang, a positioned error for each invalid
/// input, the exact JSON for each valid one, and each exception listed with its reason.
@Suite struct YAMLTestSuiteTests {
    @Test("yaml-test-suite case", .timeLimit(.minutes(5)), arguments: YAMLTestSuite.caseIDs)
    func suiteCase(_ id: String) throws {
        let (outcome, result) = try YAMLTestSuite.run(id)
        let expected = try YAMLTestSuite.expectedOutcome(id)
        #expect(outcome == expected, "\(id): expected \(expected), got \(outcome) \(describe(result))")
        let source = try YAMLTestSuite.source(id)
        switch result {
        case .failure(let error):
            #expect(!error.span.isSynthetic && error.span.start.line >= 1 && error.span.start.column >= 1)
            #expect(source.position(offset: error.span.start.offset) == error.span.start, "\(id): \(error)")
        case .success(let documents):
            for document in documents { expectSpansAgree(document, with: source, id: id) }
        }
    }

    @Test func everyListedExceptionNamesACaseAndAReason() {
        let ids = Set(YAMLTestSuite.caseIDs)
        for (id, expectation) in YAMLTestSuite.expectations {
            #expect(ids.contains(id), "listed case \(id) does not exist")
            #expect(!expectation.reason.isEmpty)
            let defaultOutcomes: [YAMLTestSuite.Outcome] = YAMLTestSuite.hasErrorFile(id) ? [.error] : [.match, .loaded]
            #expect(!defaultOutcomes.contains(expectation.outcome), "\(id) lists its default outcome")
        }
    }

    @Test func counts() throws {
        var counts: [YAMLTestSuite.Outcome: Int] = [:]
        for id in YAMLTestSuite.caseIDs {
            counts[try YAMLTestSuite.run(id).outcome, default: 0] += 1
        }
        let total = YAMLTestSuite.caseIDs.count
        let errorCases = YAMLTestSuite.caseIDs.filter(YAMLTestSuite.hasErrorFile).count
        print("""
            yaml-test-suite: \(total) cases; \(errorCases) with an error file: \(counts[.error, default: 0]) give an error, \
            \(counts[.accepted, default: 0]) accepted by libyaml (listed); \(total - errorCases) valid: \
            \(counts[.match, default: 0]) match their JSON, \(counts[.loaded, default: 0]) load (no JSON to compare), \
            \(counts[.differs, default: 0]) differ (listed), \(counts[.rejected, default: 0]) rejected (listed); \
            \(YAMLTestSuite.expectations.count) listed exceptions
            """)
        #expect(total == 402)
        #expect(counts.values.reduce(0, +) == total)
    }

    private func describe(_ result: Result<[YAMLNode], YAMLError>) -> String {
        switch result {
        case .success(let documents): "documents: \(documents.map { JSONValue($0)?.description ?? "(non-scalar key)" })"
        case .failure(let error): "error: \(error)"
        }
    }

    /// Every span lies in the file and agrees with ``SourceFile/position(offset:)``.
    private func expectSpansAgree(_ node: YAMLNode, with source: SourceFile, id: String) {
        var pending = [node]
        while let next = pending.popLast() {
            let span = next.span
            #expect(span.start <= span.end, "\(id): \(span)")
            #expect(source.position(offset: span.start.offset) == span.start, "\(id): start of \(next)")
            #expect(source.position(offset: span.end.offset) == span.end, "\(id): end of \(next)")
            switch next.content {
            case .scalar: break
            case .sequence(let items): pending += items
            case .mapping(let mapping): pending += mapping.entries.flatMap { [$0.key, $0.value] }
            }
        }
    }
}
