import Foundation
import Testing

@testable import Frontline

/// One criterion example, named for the test report.
struct CriterionCase: Sendable, CustomTestStringConvertible {
    let criterion: any Criterion
    let example: CriterionExample

    var testDescription: String { "\(criterion.definition.id) — \(example)" }

    static let all: [CriterionCase] = Criteria.all.flatMap { criterion in
        criterion.definition.examples.map { CriterionCase(criterion: criterion, example: $0) }
    }
}

@Suite("Criterion examples")
struct CriterionExampleTests {
    @Test("Every example triggers, or stays silent, as declared", arguments: CriterionCase.all)
    func example(_ testCase: CriterionCase) throws {
        let example = testCase.example
        let location = SourceLocation(
            fileID: example.fileID, filePath: example.filePath, line: example.line, column: 1)
        let language = try #require(Languages.pack(for: example.locale), sourceLocation: location)
        let context = ReplyContext(reply: example.reply, customer: example.customer, language: language)
        let findings = testCase.criterion.evaluate(context)
        check(findings, for: example, context: context, at: location)

        // The same example after harmless leading white space must give the same findings, shifted.
        let shifted = ReplyContext(reply: "\n  " + example.reply, customer: example.customer, language: language)
        let shiftedFindings = testCase.criterion.evaluate(shifted)
        #expect(
            shiftedFindings.map { $0.range.map { TextSpan(start: $0.start - 3, end: $0.end - 3) } }
                == findings.map(\.range),
            "leading white space changed the findings", sourceLocation: location)
    }

    private func check(
        _ findings: [Finding], for example: CriterionExample, context: ReplyContext, at location: SourceLocation
    ) {
        let quoted = findings.map { "\($0.points) “\($0.evidence)”" }.joined(separator: ", ")
        switch example.expectation {
        case .doesNotTrigger:
            #expect(findings.isEmpty, "expected no finding, got: \(quoted)", sourceLocation: location)
        case .triggers:
            #expect(!findings.isEmpty, "expected a finding, got none", sourceLocation: location)
            let marked = example.markedSpans
            if !marked.isEmpty {
                let found = Set(findings.compactMap(\.range))
                #expect(
                    found == Set(marked),
                    "findings point at \(findings.compactMap(\.range).map { "“\(context.reply.quote($0))”" }), expected \(marked.map { "“\(context.reply.quote($0))”" })",
                    sourceLocation: location)
            }
        }
        for finding in findings {
            #expect(finding.criterion == (findings.first?.criterion ?? ""), sourceLocation: location)
            #expect(!finding.advice.isEmpty && !finding.message.isEmpty, sourceLocation: location)
            if let range = finding.range {
                #expect(finding.evidence == context.reply.quote(range), sourceLocation: location)
                #expect(!finding.evidence.isEmpty, sourceLocation: location)
            }
        }
    }
}

@Suite("Criteria registry")
struct CriteriaRegistryTests {
    @Test("Every criterion file is registered, and every registered criterion has a file")
    func everyCriterionIsRegistered() throws {
        let folder = PackagePaths.sources.appendingPathComponent("Frontline/Evaluation")
        var files: Set<String> = []
        for dimension in ["Empathy", "Clarity", "Resolution", "General"] {
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(dimension).path)
            files.formUnion(names.filter { $0.hasSuffix(".swift") }.map { String($0.dropLast(6)) })
        }
        let registered = Set(Criteria.all.map { String(describing: type(of: $0)) })
        #expect(files.subtracting(registered).isEmpty, "criterion files not in Criteria.all: \(files.subtracting(registered).sorted())")
        #expect(registered.subtracting(files).isEmpty, "registered criteria without a file: \(registered.subtracting(files).sorted())")
    }

    @Test("Ids are unique kebab-case, rationales are one sentence, and each criterion has both kinds of example")
    func definitionsAreComplete() {
        var ids: Set<String> = []
        for criterion in Criteria.all {
            let definition = criterion.definition
            #expect(ids.insert(definition.id).inserted, "duplicate id \(definition.id)")
            #expect(definition.id.allSatisfy { $0.isLowercase || $0 == "-" }, "id \(definition.id) is not kebab-case")
            #expect(!definition.rationale.isEmpty && definition.rationale.count <= 160, "\(definition.id): rationale length")
            #expect(!definition.name.isEmpty)
            for locale in Set(definition.examples.map(\.locale)) {
                let examples = definition.examples.filter { $0.locale == locale }
                #expect(examples.contains { $0.expectation == .triggers }, "\(definition.id) has no triggering \(locale) example")
                #expect(examples.contains { $0.expectation == .doesNotTrigger }, "\(definition.id) has no clean \(locale) example")
            }
        }
    }

    @Test("Every criterion has examples in every shipped language", arguments: Languages.all.map(\.code))
    func examplesInEveryLanguage(_ code: String) {
        for criterion in Criteria.all {
            let definition = criterion.definition
            #expect(
                definition.examples.contains { $0.locale == code && $0.expectation == .triggers }
                    && definition.examples.contains { $0.locale == code && $0.expectation == .doesNotTrigger },
                "\(definition.id) lacks \(code) examples of both kinds")
        }
    }

    @Test("Every language pack compiles cleanly, with no duplicate phrases within a cue", arguments: Languages.all.map(\.code))
    func lexiconsCompile(_ code: String) throws {
        let pack = try #require(Languages.pack(for: code))
        #expect(pack.lexicon.problems.isEmpty, "\(pack.lexicon.problems)")
        for cue in Cue.allCases {
            let phrases = pack.phrases(for: cue).map(pack.folding.fold)
            let duplicates = Dictionary(grouping: phrases, by: { $0 }).filter { $0.value.count > 1 }.keys
            #expect(duplicates.isEmpty, "\(code) \(cue): duplicate phrases \(duplicates.sorted())")
            #expect(!phrases.isEmpty, "\(code) has no phrases for \(cue)")
        }
    }
}
