import Foundation
import Testing

@testable import Frontline

extension CatalogEntry: CustomTestStringConvertible {
    public var testDescription: String { scenario.id }
}

/// Flawed agents built from a scenario's reference, each with one flaw a trainer would recognise.
enum FlawedAgents {
    /// The reference with every sentence of feeling, warmth or reassurance removed: effective but cold.
    static func cold(_ entry: CatalogEntry) -> ScriptedAgent {
        let language = Languages.pack(for: entry.persona.locale) ?? Languages.english
        let warmCues: [Cue] = [.feelingWord, .reflectionFrame, .apology, .statedUnderstanding, .warmth, .reassurance]
        let script = entry.reference.map { reply -> AgentReply in
            let text = AnalyzedText(reply.text, language: language)
            let warm = Set(warmCues.flatMap { text.matches($0) }.map { text.tokens[$0.tokens.lowerBound].sentence })
            let kept = text.sentences.indices.filter { !warm.contains($0) || text.sentences[$0].isQuestion }
            return AgentReply(kept.map { text.quote(text.sentences[$0].span) }.joined(separator: " "), actions: reply.actions)
        }
        return ScriptedAgent(script)
    }

    /// Kind words every turn and nothing done.
    static func warmButUseless(_ entry: CatalogEntry) -> ScriptedAgent {
        ScriptedAgent(
            Array(
                repeating: AgentReply("I'm so sorry, that sounds really stressful. I can imagine how worrying this is for you."),
                count: entry.scenario.turnLimit))
    }
}

@Suite("Simulated calls", .tags(.resolution))
struct ConversationTests {
    static let seeds: [UInt64] = [1, 2, 3]

    func run(_ entry: CatalogEntry, _ agent: ScriptedAgent, seed: UInt64 = 1) -> Transcript {
        var agent = agent
        return Catalog.run(entry, agent: &agent, seed: seed)
    }

    @Test("The reference agent resolves every scenario with high scores", arguments: Catalog.entries)
    func referenceResolves(_ entry: CatalogEntry) {
        for seed in ConversationTests.seeds {
            let transcript = run(entry, ScriptedAgent(entry.reference), seed: seed)
            let card = transcript.scorecard
            #expect(card.outcome == .resolved, "seed \(seed): \(card.outcome), missed \(card.goalsMissed)")
            #expect(card.forbiddenBroken.isEmpty, "seed \(seed): broke \(card.forbiddenBroken)")
            #expect(card.resolution >= 75, "seed \(seed): resolution \(card.resolution)")
            #expect(card.clarity >= 65, "seed \(seed): clarity \(card.clarity)")
            #expect(card.empathy >= 40, "seed \(seed): empathy \(card.empathy)")
            #expect(card.moods.last! >= card.moods.first!, "seed \(seed): mood went \(card.moods)")
        }
    }

    @Test("A cold but effective agent resolves the call with less empathy", arguments: Catalog.entries)
    func coldAgent(_ entry: CatalogEntry) {
        let reference = run(entry, ScriptedAgent(entry.reference)).scorecard
        let cold = run(entry, FlawedAgents.cold(entry)).scorecard
        #expect(cold.outcome == .resolved, "\(cold.outcome), missed \(cold.goalsMissed)")
        #expect(cold.resolution >= 60)
        #expect(cold.empathy < reference.empathy, "cold \(cold.empathy) vs reference \(reference.empathy)")
    }

    @Test("A warm but useless agent does not resolve the call", arguments: Catalog.entries)
    func warmButUseless(_ entry: CatalogEntry) {
        let card = run(entry, FlawedAgents.warmButUseless(entry)).scorecard
        #expect(card.outcome != .resolved)
        #expect(card.resolution < 40, "resolution \(card.resolution)")
        #expect(!card.goalsMissed.isEmpty)
    }

    @Test("Giving out the taxi driver's number fails resolution on the privacy rule")
    func privacyBreach() throws {
        let entry = try #require(Catalog.entry("taxi-roof"))
        var script = entry.reference
        script[0].text += " The driver's number is {driverNumber}."
        script[0].actions.append(.discloseThirdPartyData("the driver's phone number"))
        let reference = run(entry, ScriptedAgent(entry.reference)).scorecard
        let breach = run(entry, ScriptedAgent(script)).scorecard
        #expect(!breach.forbiddenBroken.isEmpty)
        #expect(breach.scores.findings.contains { $0.criterion == "privacy-rule" })
        #expect(breach.resolution <= reference.resolution - 40, "breach \(breach.resolution) vs \(reference.resolution)")
    }

    @Test("Asking the coded caller open questions fails on safety and ends the call")
    func codedCallLoudQuestions() throws {
        let entry = try #require(Catalog.entry("coded-call"))
        let card = run(entry, ScriptedAgent([AgentReply("Where are you right now? What is your address?")])).scorecard
        #expect(card.outcome == .safetyBreach)
        #expect(card.resolution < 30)
        let finding = try #require(card.scores.findings.first { $0.criterion == "safety-rule" })
        #expect(finding.evidence == "Where are you right now")
        #expect(finding.turn == 2)
    }

    @Test("Same seed, same transcript, byte for byte; other seeds vary the customer's details", arguments: Catalog.entries)
    func deterministic(_ entry: CatalogEntry) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let first = try encoder.encode(run(entry, ScriptedAgent(entry.reference), seed: 42))
        let second = try encoder.encode(run(entry, ScriptedAgent(entry.reference), seed: 42))
        #expect(first == second)
        let slots = Set((0..<8).map { entry.persona.slotValues(seed: $0) })
        #expect(slots.count > 1, "a persona needs slot variants so no fixed answer passes everywhere")
    }

    @Test("The customer reveals a fact only when asked, and nudges when ignored")
    func revealsOnlyWhenAsked() throws {
        let entry = try #require(Catalog.entry("sim-after-porting"))
        var session = entry.session(seed: 1)
        let nudge = session.respond(AgentReply("Thank you for calling."))
        #expect(session.revealed.isEmpty)
        #expect(entry.scenario.nudges.map { session.conversation.fill($0) }.contains(nudge ?? ""))
        let answer = session.respond(AgentReply("Did a new SIM card come in the envelope with your contract?"))
        #expect(session.revealed == ["new-sim"])
        #expect(answer?.contains("envelope") == true)
    }

    @Test("Talking down makes the customer angrier; jargon confuses a non-technical one; patience runs out")
    func reactions() throws {
        let entry = try #require(Catalog.entry("sim-after-porting"))
        var session = entry.session(seed: 1)
        let start = session.mood
        let angry = session.respond(AgentReply("Obviously you need the new card, as I already said."))
        #expect(angry?.contains("no need to talk to me like that") == true)
        #expect(session.mood < start)
        let confused = session.respond(AgentReply("Your MSISDN is provisioned but the ICCID does not match the HLR."))
        #expect(confused?.contains("don't know what") == true)
        var patient = entry.session(seed: 1)
        for _ in 0..<10 where !patient.isOver { patient.respond(AgentReply("Thank you for your call.")) }
        #expect(patient.outcome == .hungUp)
    }
}

@Suite("Persona and scenario catalog")
struct CatalogTests {
    @Test("The shipped catalog has no problems and covers every call the course trains for")
    func shippedCatalog() {
        #expect(CatalogValidator.problems(in: Catalog.entries).isEmpty, "\(CatalogValidator.problems(in: Catalog.entries))")
        let english = Set(Catalog.entries.filter { $0.persona.locale == "en" }.map(\.scenario.id))
        let calls: Set<String> = [
            "sim-after-porting", "stranded-driver", "fever-no-ambulance", "hide-number", "coded-call", "taxi-roof",
            "no-signal-underground", "lost-phone", "no-charger", "home-button", "phone-lent-to-daughter",
            "overcharged-bill", "angry-repeat-caller",
        ]
        #expect(calls.isSubset(of: english), "missing: \(calls.subtracting(english).sorted())")
        #expect(Catalog.personas.count >= 12)
    }

    @Test("Broken data is reported with the scenario and the field")
    func brokenData() throws {
        var entry = try #require(Catalog.entry("coded-call"))
        entry.scenario.actions[0].after = ["postcode"]
        entry.scenario.opening += " {weather}"
        entry.scenario.persona = "nobody"
        let problems = CatalogValidator.problems(in: [entry]).map(\.description)
        #expect(problems.contains { $0.contains("scenario 'coded-call'") && $0.contains("actions[0].after") && $0.contains("postcode") })
        #expect(problems.contains { $0.contains("field 'opening'") && $0.contains("{weather}") })
        #expect(problems.contains { $0.contains("field 'persona'") && $0.contains("nobody") })

        var empty = entry
        empty.scenario.facts = []
        empty.scenario.actions = []
        empty.scenario.instructions = []
        #expect(CatalogValidator.problems(in: [empty]).contains { $0.field == "goals" })
    }

    @Test("A catalog file with an unknown action names the scenario and the field")
    func unknownActionInFile() throws {
        let entry = try #require(Catalog.entry("coded-call"))
        var json = String(decoding: try CatalogFile.encode([entry]), as: UTF8.self)
        json = json.replacingOccurrences(of: "\"call-police\"", with: "\"teleport\"")
        guard case .failure(let error) = CatalogFile.load(Data(json.utf8)) else {
            Issue.record("an unknown action must not load")
            return
        }
        let problem = try #require(error.problems.first)
        #expect(problem.owner == "scenario 'coded-call'")
        #expect(problem.field.contains("actions[0]"))
        #expect(problem.message.contains("unknown"))
    }

    @Test("A catalog file round-trips, and a missing field is named")
    func roundTrip() throws {
        let data = try CatalogFile.encode(Catalog.entries)
        guard case .success(let entries) = CatalogFile.load(data) else {
            Issue.record("the shipped catalog must load from its own JSON")
            return
        }
        #expect(entries.map(\.scenario) == Catalog.scenarios)
        let missing = Data(#"[{"persona": {"id": "x"}, "scenario": {}}]"#.utf8)
        guard case .failure(let error) = CatalogFile.load(missing) else {
            Issue.record("missing fields must not load")
            return
        }
        #expect(error.problems[0].message.contains("missing field"))
    }

    @Test("Action syntax reads every action and explains mistakes")
    func actionSyntax() throws {
        #expect(try AgentAction.parse("/taxi A2, exit 14").get() == .orderTaxi(to: "A2, exit 14"))
        #expect(try AgentAction.parse("/ambulance 14 Elm Road").get() == .callEmergency(.ambulance, address: "14 Elm Road"))
        #expect(try AgentAction.parse("/refund 27,50").get() == .refund(amountInCents: 2750))
        #expect(try AgentAction.parse("/end").get() == .endCall)
        for action in [AgentAction.blockSIM, .callThirdParty("the driver"), .scheduleCallback(inMinutes: 30), .refund(amountInCents: 1205)] {
            #expect(try AgentAction.parse(action.description).get() == action)
        }
        guard case .failure(let error) = AgentAction.parse("/teleport home") else {
            Issue.record("unknown actions must fail")
            return
        }
        #expect(error.reason.contains("unknown action '/teleport'"))
        guard case .failure(let missing) = AgentAction.parse("/taxi") else {
            Issue.record("a taxi needs a place")
            return
        }
        #expect(missing.reason.contains("needs a place"))
    }
}

@Suite("Call logs")
struct CallLogTests {
    @Test("Text logs read Customer:/Agent: lines, with Windows line endings and continuation lines")
    func textLog() throws {
        let log = try CallLog.read(Data("Customer: hi\r\nAgent: sorry about that,\r\n  I'll fix it today.\r\n".utf8))
        #expect(log.turns.map(\.speaker) == [.customer, .agent])
        #expect(log.turns[1].text == "sorry about that, I'll fix it today.")
        #expect(throws: CallLog.ReadError.self) { try CallLog.read(Data("hello\nAgent: hi".utf8)) }
        #expect(throws: CallLog.ReadError.self) { try CallLog.read(Data("Customer: only me".utf8)) }
    }

    @Test("JSON logs read, and each agent turn is graded with the customer's words before it")
    func jsonLog() throws {
        let data = Data(#"{"turns": [{"speaker": "customer", "text": "Why is there no signal underground?"}, {"speaker": "agent", "text": "Underground the signal can't get through the rock."}]}"#.utf8)
        let graded = try CallLog.read(data).grade(locale: "en")
        #expect(graded.turns.count == 1)
        #expect(graded.turns[0].card.findings.contains { $0.criterion == "answers-the-question" })
    }

    @Test("A leaked number counts however it is written")
    func leakedNumberFormats() throws {
        let entry = try #require(Catalog.entry("taxi-roof"))
        let slots = entry.persona.slotValues(seed: 1)
        let international = try #require(slots["driverNumber"])
        let national = "0" + international.filter(\.isNumber).dropFirst(2)
        var session = entry.session(seed: 1)
        session.respond(AgentReply("His number is \(national)."))
        #expect(session.transcript().scorecard.forbiddenBroken.contains { $0.contains("number") })
    }
}
