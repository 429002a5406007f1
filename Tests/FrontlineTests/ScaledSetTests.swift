import Foundation
import Testing

@testable import Frontline

/// A text rated on its own, on a scale, on one or more dimensions (higher is better), as public rating data is.
struct ScaledText: Decodable, Sendable {
    let id: String
    let locale: String
    let reply: String
    let customer: String?
    let ratings: [String: Double]
}

/// A set of texts rated one by one rather than ranked in groups, so that grading is checked across topics: a polite
/// request about one page must outscore a rude one about another.
///
/// Helpers who never saw the grader wrote and rated them: requests by politeness (read as empathy), replies to people
/// sharing a problem by empathy, texts at three reading levels (read as clarity), and replies to the seed calls in
/// three languages on all three dimensions, Polish and Danish replies to everyday complaints, more replies to people
/// sharing a problem, and replies across services in three languages. The held-out call replies, the Polish and Danish
/// set and the second empathy set were never tuned on; the set across services shaped `says-what-happens-next`.
struct ScaledSet: Sendable, CustomTestStringConvertible {
    let name: String
    /// The least rank correlation (Spearman) each rated dimension must reach.
    let correlation: [ScoreDimension: Double]

    var testDescription: String { name }

    static let all = [
        ScaledSet(name: "scaled-politeness", correlation: [.empathy: 0.75]),
        ScaledSet(name: "scaled-empathy", correlation: [.empathy: 0.75]),
        ScaledSet(name: "scaled-reading-levels", correlation: [.clarity: 0.9]),
        ScaledSet(name: "scaled-call-replies", correlation: [.empathy: 0.65, .clarity: 0.7, .resolution: 0.7]),
        ScaledSet(
            name: "scaled-call-replies-held-out", correlation: [.empathy: 0.65, .clarity: 0.78, .resolution: 0.58]),
        ScaledSet(name: "scaled-replies-pl-da", correlation: [.empathy: 0.65, .clarity: 0.68, .resolution: 0.68]),
        ScaledSet(name: "scaled-empathy-held-out", correlation: [.empathy: 0.75]),
        ScaledSet(
            name: "scaled-replies-three-languages", correlation: [.empathy: 0.68, .clarity: 0.65, .resolution: 0.7]),
    ]

    /// The set's texts, one JSON object per line.
    func texts() throws -> [ScaledText] {
        let url = PackagePaths.fixtures.appendingPathComponent("\(name).jsonl")
        let data = try #require(FileManager.default.contents(atPath: url.path), "missing fixture \(url.path)")
        return try data.split(separator: UInt8(ascii: "\n")).map {
            try JSONDecoder().decode(ScaledText.self, from: Data($0))
        }
    }
}

/// Spearman's rank correlation, with tied values given the mean of the ranks they span.
enum RankCorrelation {
    /// The correlation of the ranks of `xs` and `ys` (equal lengths), from -1 to 1; 0 when either does not vary.
    static func spearman(_ xs: [Double], _ ys: [Double]) -> Double {
        let (left, right) = (ranks(xs), ranks(ys))
        let count = Double(left.count)
        let (meanLeft, meanRight) = (left.reduce(0, +) / count, right.reduce(0, +) / count)
        var covariance = 0.0
        var varianceLeft = 0.0
        var varianceRight = 0.0
        for (x, y) in zip(left, right) {
            covariance += (x - meanLeft) * (y - meanRight)
            varianceLeft += (x - meanLeft) * (x - meanLeft)
            varianceRight += (y - meanRight) * (y - meanRight)
        }
        guard varianceLeft > 0, varianceRight > 0 else { return 0 }
        return covariance / (varianceLeft * varianceRight).squareRoot()
    }

    /// Each value's rank from 0, ties sharing the mean of their ranks.
    static func ranks(_ values: [Double]) -> [Double] {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var ranks = Array(repeating: 0.0, count: values.count)
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count && values[order[end + 1]] == values[order[start]] { end += 1 }
            for position in start...end { ranks[order[position]] = Double(start + end) / 2 }
            start = end + 1
        }
        return ranks
    }
}

@Suite("Scores rise with ratings across texts on different topics")
struct ScaledSetTests {
    @Test("Rank correlation reaches the set's floor on every rated dimension", arguments: ScaledSet.all)
    func correlatesWithRatings(_ set: ScaledSet) throws {
        let texts = try set.texts()
        #expect(texts.count >= 80, "\(set.name) has too few texts to say anything")
        let grader = ReplyGrader()
        let cards = try texts.map { try grader.grade(reply: $0.reply, customer: $0.customer, locale: $0.locale) }
        for (dimension, floor) in set.correlation {
            let rated = texts.indices.filter { texts[$0].ratings[dimension.rawValue] != nil }
            #expect(rated.count == texts.count, "\(set.name): some texts have no \(dimension) rating")
            let ratings = rated.map { texts[$0].ratings[dimension.rawValue]! }
            let scores = rated.map { Double(cards[$0].score(dimension)) }
            let correlation = RankCorrelation.spearman(ratings, scores)
            #expect(correlation >= floor, "\(set.name) \(dimension): Spearman \(correlation) below \(floor)")
        }
    }

    @Test("Every scaled set in the fixtures is checked")
    func everySetListed() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: PackagePaths.fixtures.path)
            .filter { $0.hasPrefix("scaled-") && $0.hasSuffix(".jsonl") }
            .map { String($0.dropLast(".jsonl".count)) }
        #expect(Set(files) == Set(ScaledSet.all.map(\.name)))
    }

    @Test("Rank correlation is 1 for the same order, -1 for the reverse, and shares ranks between ties")
    func spearmanKnownValues() {
        #expect(RankCorrelation.spearman([1, 2, 3, 4], [10, 20, 30, 40]) == 1)
        #expect(RankCorrelation.spearman([1, 2, 3, 4], [40, 30, 20, 10]) == -1)
        #expect(RankCorrelation.ranks([5, 1, 5, 3]) == [2.5, 0, 2.5, 1])
        #expect(RankCorrelation.spearman([1, 1, 1], [1, 2, 3]) == 0)
    }
}
