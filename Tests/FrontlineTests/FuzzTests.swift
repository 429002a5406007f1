import Testing

@testable import Frontline

@Suite("Fuzzing", .tags(.fuzz))
struct FuzzTests {
    @Test("Hostile text never crashes a criterion, scores stay in 0–100, and evidence is always a real span", arguments: [1, 2, 3, 4] as [UInt64])
    func hostileText(seed: UInt64) throws {
        var source = HostileTextGenerator(seed: seed)
        let grader = ReplyGrader()
        for _ in 0..<150 {
            let reply = source.next()
            let customer: String? = source.coinFlip() ? source.next() : nil
            let card = try grader.grade(reply: reply, customer: customer, locale: "en")
            for dimension in ScoreDimension.allCases {
                #expect((0...100).contains(card.score(dimension)))
            }
            let scalars = reply.unicodeScalars.count
            for finding in card.findings {
                guard let range = finding.range else {
                    #expect(finding.evidence.isEmpty)
                    continue
                }
                #expect(range.start >= 0 && range.end <= scalars && range.start < range.end, "\(finding.criterion): \(range) of \(scalars)")
                #expect(reply.slice(range) == finding.evidence, "\(finding.criterion) quotes words that are not at its range")
            }
        }
    }
}
