// Frontline's benchmark: `swift run -c release frontline-benchmark [--replies N] [--fuzz N] [--jsonl FILE] [--dump FILE] [--stages]`.
//
// Scores a seeded corpus of realistic replies (the fastest of three runs) and prints replies/s, MB/s and peak memory; times a 1 MB reply
// and 1 MB replies that are one endless sentence;
// then runs a long seeded fuzz pass through every criterion and checks the grading invariants.
import Foundation
import Frontline

struct Options {
    var replies = 20_000
    var fuzz = 20_000
    var jsonl: String?
    var dump: String?
    var trainees = 10_000
    var exercises = 40
    var stages = false

    init(_ arguments: [String]) {
        var index = 0
        while index < arguments.count {
            let name = arguments[index]
            let value = index + 1 < arguments.count ? arguments[index + 1] : nil
            switch name {
            case "--replies": replies = value.flatMap(Int.init) ?? replies
            case "--fuzz": fuzz = value.flatMap(Int.init) ?? fuzz
            case "--jsonl": jsonl = value
            case "--dump": dump = value
            case "--trainees": trainees = value.flatMap(Int.init) ?? trainees
            case "--exercises": exercises = value.flatMap(Int.init) ?? exercises
            case "--stages":
                stages = true
                index -= 1
            default:
                FileHandle.standardError.write(Data("unknown option \(name)\n".utf8))
                exit(64)
            }
            index += 2
        }
    }
}

/// Builds realistic replies and customer messages from phrase pools, the same for the same seed.
struct CorpusGenerator {
    var random = SeededRandom(seed: 2026)

    static let openings = [
        "I'm so sorry your phone has been down for two days, that must be really frustrating.",
        "Thank you for calling, I can hear how worried you are.", "Hello, thanks for waiting.",
        "I understand your concern and we apologise for any inconvenience.", "Obviously the SIM has to go in first.",
        "That sounds frightening, and you did the right thing calling us.", "Right.", "Hi, of course I can help.",
    ]
    static let middles = [
        "First, switch the phone off. Then put in the new SIM card from the envelope.",
        "I'll order a taxi to your location now and it will be there within 15 minutes.",
        "Your MSISDN is provisioned but the HLR still points at the donor network's IMSI.",
        "Maybe try something in the settings, it depends on the phone really.",
        "I can't give out the driver's number, but I can call him for you right away.",
        "You should have read the letter that came with the card, as I already said.",
        "Please check our website or send an email to the billing department.",
        "I've refunded the three overcharges and the credit will show on your next bill.",
        "Underground the signal can't get through the rock, so turn on Wi-Fi calling when you can.",
    ]
    static let closings = [
        "Let me know if it works.", "Is there anything else I can help with?", "I'll stay on the line until it arrives.",
        "Bye.", "Does that help?", "Good luck with that.", "I'll text you the steps now.",
    ]
    static let customers = [
        "I moved my number to you two days ago and my phone still says no SIM. What is going on?",
        "My car broke down on the motorway, it's minus twenty and my battery is at 3%.",
        "Why is there no signal underground?!", "I left my phone on a taxi roof, can I have the driver's number?",
        "This is the third month you've overcharged me!", "I've lost my phone and I'm really worried.",
    ]

    mutating func pick(_ pool: [String]) -> String { pool.randomElement(using: &random)! }

    mutating func reply() -> (reply: String, customer: String) {
        var parts = [pick(CorpusGenerator.openings)]
        for _ in 0..<Int.random(in: 1...3, using: &random) { parts.append(pick(CorpusGenerator.middles)) }
        parts.append(pick(CorpusGenerator.closings))
        return (parts.joined(separator: " "), pick(CorpusGenerator.customers))
    }
}

func peakMemoryMiB() -> Double {
    var usage = rusage()
    #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024  // Linux reports kibibytes.
    #else
        getrusage(RUSAGE_SELF, &usage)
        return Double(usage.ru_maxrss) / 1_048_576  // macOS reports bytes.
    #endif
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

/// The fastest of `runs` timings of `body`, so a busy moment on a shared machine does not count as the figure.
func fastest(_ runs: Int = 3, _ body: () -> Void) -> Double {
    (0..<runs).map { _ in seconds(ContinuousClock().measure(body)) }.min() ?? 0
}

func format(_ value: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", value) }

let options = Options(Array(CommandLine.arguments.dropFirst()))
let grader = ReplyGrader()
let clock = ContinuousClock()

// 1. A corpus of realistic replies.
var generator = CorpusGenerator()
var corpus: [(reply: String, customer: String)] = []
if let path = options.jsonl {
    // Replies from a JSON Lines file ({"reply": …, "customer": …}), e.g. a real set to compare with other scorers.
    guard let data = FileManager.default.contents(atPath: path) else {
        FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
        exit(65)
    }
    for line in data.split(separator: 0x0A) {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
            let reply = object["reply"] as? String
        else { continue }
        corpus.append((reply, object["customer"] as? String ?? ""))
    }
} else {
    for _ in 0..<options.replies { corpus.append(generator.reply()) }
}
if let path = options.dump {
    // Writes the corpus as JSON Lines so other scorers can be timed on exactly the same replies.
    var lines = ""
    for item in corpus {
        let data = try JSONSerialization.data(withJSONObject: ["reply": item.reply, "customer": item.customer])
        lines += String(decoding: data, as: UTF8.self) + "\n"
    }
    try lines.write(toFile: path, atomically: true, encoding: .utf8)
}
let bytes = corpus.reduce(0) { $0 + $1.reply.utf8.count + $1.customer.utf8.count }
var checksum = 0
let time = fastest {
    checksum = 0
    for item in corpus {
        let card = try? grader.grade(reply: item.reply, customer: item.customer, locale: "en")
        checksum &+= (card?.empathy ?? 0) &+ (card?.clarity ?? 0) &+ (card?.resolution ?? 0)
    }
}
print("corpus: \(corpus.count) replies, \(format(Double(bytes) / 1_048_576, 2)) MiB (with customer messages)")
print("scoring: \(format(time, 3)) s, \(format(Double(corpus.count) / time, 0)) replies/s, \(format(Double(bytes) / 1_048_576 / time, 2)) MB/s (checksum \(checksum))")

// Lines with no "locale" have their language detected first, as `frontline score --format jsonl` does.
var detectedChecksum = 0
let detectedTime = fastest {
    detectedChecksum = 0
    for item in corpus {
        let card = try? grader.grade(reply: item.reply, customer: item.customer)
        detectedChecksum &+= (card?.empathy ?? 0) &+ (card?.clarity ?? 0) &+ (card?.resolution ?? 0)
    }
}
print("scoring with the language detected: \(format(detectedTime, 3)) s, \(format(Double(corpus.count) / detectedTime, 0)) replies/s (checksum \(detectedChecksum))")
// Every customer message analysed afresh, as when no two replies answer the same message.
let uncachedTime = fastest {
    for item in corpus {
        let context = ReplyContext(reply: item.reply, customer: item.customer, language: Languages.fallback)
        _ = grader.grade(context)
    }
}
print("scoring with no customer message shared: \(format(uncachedTime, 3)) s, \(format(Double(corpus.count) / uncachedTime, 0)) replies/s")

// 1a. Where the time goes: analysing, preparing the context, and each criterion, one core.
if options.stages {
    let english = Languages.fallback
    let analysis = seconds(clock.measure {
        for item in corpus { _ = AnalyzedText(item.reply, language: english) }
    })
    let customers = seconds(clock.measure {
        for item in corpus { _ = AnalyzedText(item.customer, language: english) }
    })
    let contexts = corpus.map { ReplyContext(reply: $0.reply, customer: $0.customer, language: english) }
    let contextTime = seconds(clock.measure {
        for item in corpus { _ = ReplyContext(reply: item.reply, customer: item.customer, language: english) }
    })
    print("stages: reply analysis \(format(analysis / Double(corpus.count) * 1e6, 2)) µs, customer analysis \(format(customers / Double(corpus.count) * 1e6, 2)) µs, whole context \(format(contextTime / Double(corpus.count) * 1e6, 2)) µs per reply")
    var perCriterion: [(String, Double)] = []
    for criterion in grader.criteria {
        let time = seconds(clock.measure { for context in contexts { _ = criterion.evaluate(context) } })
        perCriterion.append((criterion.definition.id, time / Double(corpus.count) * 1e6))
    }
    let gradeTime = seconds(clock.measure { for context in contexts { _ = grader.grade(context) } })
    print("criteria: \(format(perCriterion.reduce(0) { $0 + $1.1 }, 2)) µs per reply in all; grading a prepared reply \(format(gradeTime / Double(corpus.count) * 1e6, 2)) µs")
    for (id, time) in perCriterion.sorted(by: { $0.1 > $1.1 }).prefix(12) {
        print("  \(id): \(format(time, 2)) µs")
    }
}

// 1b. The same corpus on every core, as `frontline score --format jsonl` scores it.
let workers = ProcessInfo.processInfo.activeProcessorCount
final class Checksums: @unchecked Sendable {
    var values: [Int]
    init(_ count: Int) { values = Array(repeating: 0, count: count) }
}
let sums = Checksums(workers)
let sharedCorpus = corpus
let parallelTime = fastest {
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var sum = 0
            for index in stride(from: worker, to: sharedCorpus.count, by: workers) {
                let item = sharedCorpus[index]
                let card = try? grader.grade(reply: item.reply, customer: item.customer, locale: "en")
                sum &+= (card?.empathy ?? 0) &+ (card?.clarity ?? 0) &+ (card?.resolution ?? 0)
            }
            sums.values[worker] = sum
        }
    }
print("scoring on \(workers) cores: \(format(parallelTime, 3)) s, \(format(Double(corpus.count) / parallelTime, 0)) replies/s, \(format(Double(bytes) / 1_048_576 / parallelTime, 2)) MB/s (checksum \(sums.values.reduce(0, &+)))")

// 2. One reply of 1 MB.
let unit = "Please restart the phone, and I'll check the line for you in ten minutes. "
let big = String(repeating: unit, count: 1_048_576 / unit.utf8.count + 1)
let bigTime = fastest { _ = try? grader.grade(reply: big, customer: "My phone won't work", locale: "en") }
print("1 MB reply: \(format(bigTime * 1000, 0)) ms")

// 2b. Replies of 1 MB that are one endless sentence of a single pattern, where a rule that looks back over its
// sentence for every match would turn quadratic: feelings, numbers, commitments, capitals, questions, dismissals.
let endlessPatterns = [
    "I'm so frustrated and you ", "07700 900418 ", "I'll order a taxi and we'll send you a text and it will be refunded ",
    "YOU NEED TO READ ", "what is your address, is he armed and what has he done, ", "don't feel bad stop worrying upset ",
    "if you are worried scared ", "sorry I understand we apologise ", "1) ",
]
var slowestEndless = (time: 0.0, pattern: "")
for pattern in endlessPatterns {
    let endless = String(repeating: pattern, count: 1_048_576 / pattern.utf8.count + 1)
    let time = fastest(1) {
        _ = try? grader.grade(reply: endless, customer: "Can you give me his number? I'm scared.", locale: "en")
        _ = try? grader.grade(reply: endless, customer: nil, locale: "en")
    } / 2
    if time > slowestEndless.time { slowestEndless = (time, pattern) }
}
print(
    "1 MB one-sentence replies: \(endlessPatterns.count) patterns, slowest \(format(slowestEndless.time * 1000, 0)) ms "
        + "(\"\(slowestEndless.pattern.trimmingCharacters(in: .whitespaces))\")")

// 3. A long seeded fuzz run through every criterion.
var hostile = HostileTextGenerator(seed: 77)
var violations = 0
let fuzzTime = seconds(
    clock.measure {
        for _ in 0..<options.fuzz {
            let reply = hostile.next()
            let customer = hostile.coinFlip() ? hostile.next() : nil
            guard let card = try? grader.grade(reply: reply, customer: customer, locale: "en") else {
                violations += 1
                continue
            }
            if !ScoreDimension.allCases.allSatisfy({ (0...100).contains(card.score($0)) }) { violations += 1 }
            for finding in card.findings {
                if let range = finding.range, reply.slice(range) != finding.evidence { violations += 1 }
            }
        }
    })
print("fuzz: \(options.fuzz) hostile texts in \(format(fuzzTime, 2)) s, \(violations) invariant violations")
// 4. Ranking a cohort: results files for many trainees, each with many exercises, decoded, checked and ranked.
var cohortRandom = SeededRandom(seed: 5)
var files: [(source: String, data: Data)] = []
let encoder = JSONEncoder()
for trainee in 0..<options.trainees {
    let tests = (0..<options.exercises).map { index -> TraineeResults.TestResult in
        let started = Int.random(in: 0..<10, using: &cohortRandom) < 8
        let dims = started
            ? ["empathy": Int.random(in: 20...95, using: &cohortRandom), "clarity": Int.random(in: 40...95, using: &cohortRandom),
                "resolution": Int.random(in: 10...95, using: &cohortRandom)] : [:]
        return TraineeResults.TestResult(
            name: "Exercise \(index + 1)", status: started && dims.values.allSatisfy { $0 >= 50 } ? "pass" : "fail",
            message: nil, testCode: nil, taskID: index + 1, exercise: "e\(index + 1)", score: dims.values.reduce(0, +),
            maxScore: 300, dimensions: dims)
    }
    let results = TraineeResults(
        status: "fail", message: nil, tests: tests, trainee: "trainee-\(trainee)@example.com",
        timestamp: "2026-11-\(10 + trainee % 15)T10:00:00Z", kitVersion: "0.1.0", graderDigest: String(repeating: "a", count: 64))
    files.append(("cohort/\(trainee).json", try encoder.encode(results)))
}
let cohortBytes = files.reduce(0) { $0 + $1.data.count }
var board: Leaderboard?
let rankTime = seconds(clock.measure { board = Leaderboard.build(files: files, expectedDigest: String(repeating: "a", count: 64), anonymize: false) })
let renderTime = seconds(clock.measure { _ = LeaderboardReport(board!).html() })
print("leaderboard: \(options.trainees) trainees × \(options.exercises) exercises (\(format(Double(cohortBytes) / 1_048_576)) MiB of results) ranked in \(format(rankTime, 2)) s, HTML rendered in \(format(renderTime, 2)) s; \(board!.flags.count) flags")
print("peak memory: \(format(peakMemoryMiB())) MiB")
exit(violations == 0 ? 0 : 1)
