/// A problem in persona or scenario data, naming the scenario (or persona) and the field.
public struct CatalogProblem: Error, Hashable, Sendable, CustomStringConvertible {
    /// The scenario or persona id the problem is in.
    public var owner: String
    /// The field, e.g. "actions[0].after".
    public var field: String
    /// What is wrong.
    public var message: String

    /// Creates a problem.
    public init(owner: String, field: String, message: String) {
        self.owner = owner
        self.field = field
        self.message = message
    }

    /// The problem as one line: `scenario 'x', field 'y': message`.
    public var description: String { "\(owner), field '\(field)': \(message)" }
}

/// Checks catalog entries for broken references, missing goals and placeholders without values.
public enum CatalogValidator {
    /// Every problem in `entries`; empty when the data is sound.
    public static func problems(in entries: [CatalogEntry]) -> [CatalogProblem] {
        var problems: [CatalogProblem] = []
        var scenarioIDs: Set<String> = []
        var personaIDs: Set<String> = []
        for entry in entries {
            let persona = entry.persona
            let scenario = entry.scenario
            let owner = "scenario '\(scenario.id)'"
            func problem(_ field: String, _ message: String) {
                problems.append(CatalogProblem(owner: owner, field: field, message: message))
            }
            if !scenarioIDs.insert(scenario.id).inserted { problem("id", "the id '\(scenario.id)' is used twice") }
            if !personaIDs.insert(persona.id).inserted {
                problems.append(CatalogProblem(owner: "persona '\(persona.id)'", field: "id", message: "the id is used twice"))
            }
            if !isKebabCase(scenario.id) { problem("id", "ids are lower-case words joined by '-'") }
            if scenario.persona != persona.id {
                problem("persona", "names persona '\(scenario.persona)', but the entry's persona is '\(persona.id)'")
            }
            if Languages.pack(for: persona.locale) == nil {
                problems.append(CatalogProblem(owner: "persona '\(persona.id)'", field: "locale", message: "unknown locale '\(persona.locale)'"))
            }
            if scenario.facts.isEmpty && scenario.actions.isEmpty && scenario.instructions.isEmpty {
                problem("goals", "the scenario has no fact, action or instruction to reach, so it can never be resolved")
            }
            if scenario.turnLimit < 1 { problem("turnLimit", "must be at least 1") }
            if persona.patience < 1 {
                problems.append(CatalogProblem(owner: "persona '\(persona.id)'", field: "patience", message: "must be at least 1"))
            }
            let factIDs = scenario.facts.map(\.id)
            for (index, fact) in scenario.facts.enumerated() where fact.askedBy.isEmpty {
                problem("facts[\(index)].askedBy", "fact '\(fact.id)' has no words that ask for it, so it can never be revealed")
            }
            for (index, goal) in scenario.actions.enumerated() {
                for fact in goal.after where !factIDs.contains(fact) {
                    problem("actions[\(index)].after", "refers to fact '\(fact)', which the scenario does not have")
                }
                if scenario.forbidden.contains(where: { $0.kind == .action(goal.kind) }) {
                    problem("actions[\(index)].kind", "'\(goal.kind.rawValue)' is both required and forbidden")
                }
            }
            for (index, goal) in scenario.instructions.enumerated() where goal.mentions.isEmpty || goal.mentions.contains(where: \.isEmpty) {
                problem("instructions[\(index)].mentions", "every group needs at least one word")
            }
            for (index, priority) in scenario.priorities.enumerated() where priority.before.contains(priority.first) {
                problem("priorities[\(index)]", "'\(priority.first.rawValue)' cannot come before itself")
            }
            if entry.reference.isEmpty { problem("reference", "a scenario needs a reference agent (the model answer)") }
            if entry.reference.count > scenario.turnLimit {
                problem("reference", "the reference takes \(entry.reference.count) turns but the limit is \(scenario.turnLimit)")
            }
            // Every {slot} must have values.
            var texts: [(String, String)] = [
                ("opening", scenario.opening), ("thanks", scenario.thanks), ("persona.situation", persona.situation),
            ]
            texts += scenario.facts.enumerated().map { ("facts[\($0.offset)].answer", $0.element.answer) }
            texts += scenario.nudges.enumerated().map { ("nudges[\($0.offset)]", $0.element) }
            texts += entry.reference.enumerated().map { ("reference[\($0.offset)]", $0.element.text) }
            for rule in scenario.forbidden { if case .says(let secret) = rule.kind { texts.append(("forbidden.says", secret)) } }
            for (field, text) in texts {
                for name in SlotTemplate.placeholders(in: text) where persona.slots[name]?.isEmpty ?? true {
                    problem(field, "uses {\(name)}, but the persona has no values for it")
                }
            }
        }
        return problems
    }

    private static func isKebabCase(_ id: String) -> Bool {
        !id.isEmpty && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
