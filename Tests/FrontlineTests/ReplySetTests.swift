import Foundation
import Testing

@testable import Frontline

/// Reply sets to the seed calls, each written in seven styles a trainer would rank.
struct ReplySet: Decodable, Sendable, CustomTestStringConvertible {
    let id: String
    let customer: String
    let replies: [String: String]
    var locale = "en"

    var testDescription: String { "\(locale)/\(id)" }

    private enum CodingKeys: String, CodingKey { case id, customer, replies }

    /// Every reply set in every `reply-sets-*.json` fixture.
    static let all: [ReplySet] = {
        struct File: Decodable {
            let locale: String
            let calls: [ReplySet]
        }
        let folder = PackagePaths.fixtures
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasPrefix("reply-sets-") && $0.hasSuffix(".json") }.sorted().flatMap { name -> [ReplySet] in
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path),
                let file = try? JSONDecoder().decode(File.self, from: data)
            else { return [] }
            return file.calls.map { set in
                var set = set
                set.locale = file.locale
                return set
            }
        }
    }()
}

/// "better beats worse on a dimension", as a careful trainer would rank two reply styles.
struct TrainerRanking: Sendable {
    let dimension: ScoreDimension
    let better: String
    let worse: String

    /// The orderings every reply set must show.
    static let all: [TrainerRanking] = [
        // Empathy: the genuine reply beats every other style; stuffing and condescension never beat warmth.
        .init(dimension: .empathy, better: "excellent", worse: "generic"),
        .init(dimension: .empathy, better: "excellent", worse: "cold"),
        .init(dimension: .empathy, better: "excellent", worse: "vague"),
        .init(dimension: .empathy, better: "excellent", worse: "condescending"),
        .init(dimension: .empathy, better: "excellent", worse: "stuffed"),
        .init(dimension: .empathy, better: "excellent", worse: "jargon"),
        .init(dimension: .empathy, better: "vague", worse: "cold"),
        .init(dimension: .empathy, better: "vague", worse: "condescending"),
        .init(dimension: .empathy, better: "vague", worse: "stuffed"),
        .init(dimension: .empathy, better: "cold", worse: "condescending"),
        // Clarity: plain steps beat hedging and jargon.
        .init(dimension: .clarity, better: "excellent", worse: "vague"),
        .init(dimension: .clarity, better: "excellent", worse: "jargon"),
        .init(dimension: .clarity, better: "cold", worse: "vague"),
        .init(dimension: .clarity, better: "cold", worse: "jargon"),
        .init(dimension: .clarity, better: "generic", worse: "jargon"),
        // Resolution: acting beats sympathising.
        .init(dimension: .resolution, better: "excellent", worse: "generic"),
        .init(dimension: .resolution, better: "excellent", worse: "vague"),
        .init(dimension: .resolution, better: "excellent", worse: "stuffed"),
        .init(dimension: .resolution, better: "cold", worse: "vague"),
        .init(dimension: .resolution, better: "cold", worse: "stuffed"),
    ]
}

@Suite("Replies are ranked as a trainer would rank them")
struct ReplySetTests {
    @Test("The fixtures hold reply sets for every seed call in every language")
    func fixturesPresent() {
        let calls = [
            "sim-after-porting", "stranded-driver", "fever-no-ambulance", "hide-number", "coded-call", "taxi-roof",
            "no-signal-underground", "lost-phone", "overcharged",
        ]
        for locale in ["en"] {
            let ids = Set(ReplySet.all.filter { $0.locale == locale }.map(\.id))
            #expect(ids == Set(calls), "\(locale) reply sets: \(ids.sorted())")
        }
    }

    @Test("Each call's replies order as a trainer would order them", arguments: ReplySet.all)
    func ordering(_ set: ReplySet) throws {
        let grader = ReplyGrader()
        var cards: [String: Scorecard] = [:]
        for (style, reply) in set.replies {
            cards[style] = try grader.grade(reply: reply, customer: set.customer, locale: set.locale)
        }
        for ranking in TrainerRanking.all {
            let better = try #require(cards[ranking.better], "\(set.id) has no \(ranking.better) reply")
            let worse = try #require(cards[ranking.worse], "\(set.id) has no \(ranking.worse) reply")
            #expect(
                better.score(ranking.dimension) > worse.score(ranking.dimension),
                "\(set.id): \(ranking.better) (\(better.score(ranking.dimension))) should beat \(ranking.worse) (\(worse.score(ranking.dimension))) on \(ranking.dimension)")
        }
    }

    @Test("Stacking stock sympathy onto a genuine reply never raises its empathy", arguments: ReplySet.all)
    func stuffingNeverPays(_ set: ReplySet) throws {
        let grader = ReplyGrader()
        let genuine = try #require(set.replies["excellent"])
        let stock = try #require(Languages.pack(for: set.locale)).phrases(for: .apology).prefix(4)
            .map { $0.prefix(1).uppercased() + $0.dropFirst() + "." }.joined(separator: " ")
        let stuffed = stock + " " + genuine + " " + stock
        let base = try grader.grade(reply: genuine, customer: set.customer, locale: set.locale)
        let padded = try grader.grade(reply: stuffed, customer: set.customer, locale: set.locale)
        #expect(padded.empathy <= base.empathy, "\(set.id): stuffing took empathy from \(base.empathy) to \(padded.empathy)")
    }

    @Test("Grading is deterministic: the same reply gives the same scorecard", arguments: ReplySet.all.prefix(3))
    func deterministic(_ set: ReplySet) throws {
        let grader = ReplyGrader()
        for reply in set.replies.values {
            let first = try grader.grade(reply: reply, customer: set.customer, locale: set.locale)
            let second = try grader.grade(reply: reply, customer: set.customer, locale: set.locale)
            #expect(first == second)
        }
    }

    @Test(
        "A feeling named and then taken back with “but” earns little, unless the agent turns to an action",
        arguments: [
            ("en", "I understand it's disappointing, but the strike was announced well in advance.",
                "I understand it's disappointing, but I've already put the refund through."),
            ("en", "I appreciate you're frustrated. However, our engineers are very busy.",
                "I appreciate you're frustrated. However, I've booked the first slot tomorrow."),
            ("pl", "Rozumiem, że to frustrujące, ale strajk był zapowiadany.",
                "Rozumiem, że to frustrujące, ale już zleciłam zwrot."),
            ("da", "Jeg kan godt forstå, at det er frustrerende, men strejken var varslet.",
                "Jeg kan godt forstå, at det er frustrerende, men jeg har allerede bestilt en tekniker."),
        ])
    func takenBack(_ locale: String, _ justified: String, _ turnedToAction: String) throws {
        let grader = ReplyGrader()
        func acknowledgement(_ reply: String) throws -> Int {
            try grader.grade(reply: reply, locale: locale).findings.filter { $0.criterion == "acknowledges-feeling" }
                .reduce(0) { $0 + $1.points }
        }
        let taken = try acknowledgement(justified)
        let kept = try acknowledgement(turnedToAction)
        #expect(taken > 0 && taken <= 4, "\(justified): \(taken)")
        #expect(kept >= 16, "\(turnedToAction): \(kept)")
    }
}
