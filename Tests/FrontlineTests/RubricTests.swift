import Foundation
import Testing

@testable import Frontline

/// A reply exercise answered with a fixed text, for grading tests.
struct FixedReply: ReplyExercise {
    let text: @Sendable (CustomerCall) -> String
    func reply(to call: CustomerCall) -> String { text(call) }
}

@Suite("Exercise rubrics")
struct RubricTests {
    func spec() throws -> ExerciseSpec {
        let url = PackagePaths.root.appendingPathComponent("Exercises/01-acknowledge-the-wait/.meta/config.json")
        return try JSONDecoder().decode(ExerciseSpec.self, from: Data(contentsOf: url))
    }

    @Test("A rubric declared in Swift writes into the metadata, and names its own problems")
    func applyRubric() throws {
        var spec = try spec()
        let rubric = Rubric(
            passMarks: [.empathy: 70, .clarity: 60, .resolution: 40], mustMention: ["name"],
            requiredCriteria: ["acknowledges-feeling"], forbiddenCriteria: ["talks-down"],
            customChecks: [.init(id: "envelope", dimension: .resolution, description: "Says where the card is", mustSay: [["envelope"]], advice: "Say the card is in the envelope.")])
        #expect(rubric.problems.isEmpty)
        rubric.apply(to: &spec)
        #expect(spec.passMark(.empathy) == 70 && spec.mustMention == ["name"] && spec.customChecks?.count == 1)
        let broken = Rubric(passMarks: [.empathy: 140], requiredCriteria: ["no-such-criterion"], customChecks: [.init(id: "x", dimension: .clarity, description: "x", mustSay: [[]], advice: "")])
        #expect(broken.problems.count == 3)
    }

    @Test("A custom check passes when one sentence says every group, and fails with its advice otherwise")
    func customCheck() throws {
        var spec = try spec()
        spec.customChecks = [.init(id: "envelope", dimension: .resolution, description: "Says where the new card is", mustSay: [["envelope", "letter"], ["card", "sim"]], advice: "Tell her the card is in the envelope.")]
        let evaluator = try ExerciseEvaluator(spec: spec)
        let good = evaluator.evaluate(.reply(FixedReply { call in
            "Hello \(call.name), \(call.details["days"] ?? "two") days without a working phone is really frustrating. I'll sort it out now. The new card is in the envelope with your contract; did you find it?"
        }))
        #expect(good.status == .passed, "\(good.checks.filter { !$0.passed }.map(\.message))")
        let bad = evaluator.evaluate(.reply(FixedReply { call in
            "Hello \(call.name), \(call.details["days"] ?? "two") days without a working phone is really frustrating. I'll sort it out with you now; is the phone switched on?"
        }))
        #expect(!bad.passes(.resolution))
        #expect(bad.failures(on: .resolution).contains { $0.message.contains("Tell her the card is in the envelope.") })
    }

    @Test("Feedback comes in the language of the call")
    func localisedFeedback() throws {
        let polish = try ReplyGrader().grade(reply: "Oczywiście, to proste, każdy to potrafi.", locale: "pl")
        let english = try ReplyGrader().grade(reply: "Obviously, anyone can do it.", locale: "en")
        let talk = try #require(english.findings.first { $0.criterion == "talks-down" })
        #expect(talk.message.contains("talks down"))
        if !Languages.polish.feedback.isEmpty {
            let finding = try #require(polish.findings.first { $0.criterion == "talks-down" })
            #expect(!finding.message.contains("talks down"), "Polish feedback for a Polish call")
            #expect(finding.message.contains(finding.evidence))
        }
    }

    @Test("A kind of finding with words of its own keeps them in Polish and Danish, with the plain word filled in")
    func localisedVariants() throws {
        let grader = ReplyGrader()
        let cases: [(locale: String, takenBack: String, official: String, plain: String)] = [
            (
                "pl", "Rozumiem, że to frustrujące, ale strajk był zapowiedziany.",
                "W celu zmiany taryfy proszę zadzwonić.", "żeby"
            ),
            (
                "da", "Jeg forstår, at det er frustrerende, men strejken var varslet.",
                "Vi skriver vedrørende din regning.", "om"
            ),
        ]
        for example in cases {
            let general = try #require(Languages.pack(for: example.locale)?.feedback["acknowledges-feeling"])
            let card = try grader.grade(reply: example.takenBack, locale: example.locale)
            let taken = try #require(card.findings.first { $0.criterion == "acknowledges-feeling" })
            #expect(taken.points < 16, "\(example.locale): a taken-back acknowledgement earns little")
            #expect(taken.advice != general.advice, "\(example.locale): the taken-back advice is its own")
            #expect(taken.message.contains(taken.evidence))
            let official = try grader.grade(reply: example.official, locale: example.locale)
            let wording = try #require(official.findings.first { $0.criterion == "officialese" })
            #expect(wording.advice.contains("\(example.plain)"), "\(example.locale): \(wording.advice)")
            #expect(!wording.advice.contains("{"), "\(example.locale): every placeholder is filled in")
        }
        let english = try grader.grade(
            reply: "Please ascertain whether the light is on prior to calling.", locale: "en")
        let advice = english.findings.filter { $0.criterion == "officialese" }.map(\.advice)
        #expect(
            advice == [
                "Say “find out” instead: plain words are quicker to follow.",
                "Say “before” instead: plain words are quicker to follow.",
            ])
    }
}
