import Foundation
import Frontline

/// The files of a scaffolded exercise, filled in for its name, kind and scenario.
struct ExerciseTemplates {
    let id: String
    let name: String
    let kind: ExerciseSpec.Kind
    let entry: CatalogEntry

    private var slots: String {
        entry.persona.slots.keys.sorted().map { "call.details[\"\($0)\"]" }.joined(separator: ", ")
    }

    private var conformance: String {
        switch kind {
        case .reply: return "ReplyExercise"
        case .actionReply: return "ActionReplyExercise"
        case .conversation: return "AgentExercise"
        }
    }

    private var wrap: String {
        switch kind {
        case .reply: return ".reply"
        case .actionReply: return ".actionReply"
        case .conversation: return ".agent"
        }
    }

    /// A type whose answer is `body` (a reply string expression, or an agent's reply for a conversation).
    private func type(_ typeName: String, doc: String, body: String) -> String {
        switch kind {
        case .reply:
            return """
                import Frontline

                /// \(doc)
                struct \(typeName): ReplyExercise {
                    func reply(to call: CustomerCall) -> String {
                \(body)
                    }
                }

                """
        case .actionReply:
            return """
                import Frontline

                /// \(doc)
                struct \(typeName): ActionReplyExercise {
                    func reply(to call: CustomerCall) -> AgentReply {
                \(body)
                    }
                }

                """
        case .conversation:
            return """
                import Frontline

                /// \(doc)
                struct \(typeName): AgentExercise {
                    func makeAgent() -> any Agent { \(typeName)Agent() }
                }

                /// The agent that takes the call, one turn at a time.
                struct \(typeName)Agent: Agent {
                    mutating func reply(to conversation: Conversation) -> AgentReply {
                \(body)
                    }
                }

                """
        }
    }

    var starter: String {
        let todo: String
        switch kind {
        case .reply:
            todo = """
                        // TODO: Write your reply to `call.message`. The customer's details: \(slots.isEmpty ? "call.name" : slots).
                        "TODO: write your reply"
                """
        case .actionReply:
            todo = """
                        // TODO: Write what you say, and add the actions you take, e.g. AgentReply("…", actions: [.blockSIM]).
                        AgentReply("TODO: write your reply")
                """
        case .conversation:
            todo = """
                        // TODO: Reply to `conversation.lastCustomerMessage`; `conversation.agentTurns` counts your turns so far.
                        AgentReply("TODO: write your agent")
                """
        }
        return type(name, doc: "Exercise \(id.prefix(2)): your answer.", body: todo)
    }

    var reference: String {
        let body = kind == .reply
            ? "        // TODO (instructor): the model answer; use call.name and call.details so it fits every variant.\n        \"TODO: write the model answer\""
            : "        // TODO (instructor): the model answer.\n        AgentReply(\"TODO: write the model answer\")"
        return type("\(name)Reference", doc: "The reference answer to exercise \(id.prefix(2)).", body: body)
    }

    var cold: String {
        let text = "\"Noted. Please hold.\""
        return type(
            "\(name)Cold", doc: "Anti-solution: curt and cold, no acknowledgement at all.",
            body: kind == .reply ? "        \(text)" : "        AgentReply(\(text))")
    }

    var unresolved: String {
        let text = "\"I'm so sorry, that sounds really stressful. I can imagine how worrying this is for you.\""
        return type(
            "\(name)Unresolved", doc: "Anti-solution: kind words and nothing done.",
            body: kind == .reply ? "        \(text)" : "        AgentReply(\(text))")
    }

    func registration(_ constant: String) -> String {
        """
        import Frontline

        extension CourseRegistry {
            /// Exercise \(id.prefix(2))'s implementations.
            static let \(constant) = ExerciseImplementations(
                work: \(wrap)(\(name)()), reference: \(wrap)(\(name)Reference()),
                antiSolutions: ["cold": \(wrap)(\(name)Cold()), "unresolved": \(wrap)(\(name)Unresolved())])
        }

        """
    }

    func config(module: String) throws -> String {
        let marks: [String: Int] = kind == .conversation
            ? ["empathy": 45, "clarity": 60, "resolution": 70] : ["empathy": 55, "clarity": 60, "resolution": 40]
        let spec = ExerciseSpec(
            id: id, title: String(id.dropFirst(3)).replacingOccurrences(of: "-", with: " ").capitalizedFirst, module: module,
            kind: kind, locale: entry.persona.locale, scenario: entry.scenario.id, seeds: [1, 2, 3, 4], passMarks: marks,
            mustMention: kind == .conversation ? [] : (entry.persona.slots["name"] != nil ? ["name"] : []),
            requiredCriteria: [], forbiddenCriteria: ["talks-down"], requiredActions: [], workFile: "\(name).swift",
            referenceFile: "Solutions/\(name)Reference.swift",
            antiSolutions: [
                .init(name: "cold", file: "Solutions/\(name)Cold.swift", failsOn: .empathy, flaw: "Curt, with no acknowledgement."),
                .init(name: "unresolved", file: "Solutions/\(name)Unresolved.swift", failsOn: .resolution, flaw: "Kind words and nothing done."),
            ],
            minutes: 15)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(spec), as: UTF8.self) + "\n"
    }

    var instructions: String {
        """
        # \(String(id.dropFirst(3)).replacingOccurrences(of: "-", with: " ").capitalizedFirst)

        TODO (instructor): the situation in two to four sentences, in your own words. The customer comes from the
        scenario `\(entry.scenario.id)`: “\(entry.scenario.opening)”

        Write your answer in `\(name).swift`.

        ## What a good answer does

        - TODO

        ## How it is graded

        `swift test` grades your answer for four customer variants against the pass marks in the exercise's
        metadata. Run `swift run frontline check \(id.prefix(2))` to see the scorecard for each.

        """
    }

    var hints: String {
        """
        ## General

        TODO (instructor): the idea behind the exercise in one or two sentences.

        ## Nudge

        TODO: a question that points the trainee the right way.

        ## Stronger pointer

        TODO: the shape of a good answer.

        ## Worked example

        TODO: a short Swift snippet.

        """
    }
}

/// A scaffolded catalog entry: a persona (or one reused) with a scenario skeleton and a reference to fill in.
struct CatalogTemplate {
    let id: String
    let constant: String
    /// A Swift expression for an existing persona, or empty to declare a new one.
    let persona: String

    var source: String {
        let personaSource = persona.isEmpty
            ? """
            Persona(
                        id: "\(id)", name: "{name}",
                        situation: "TODO: what has happened to {name}.",
                        reason: "TODO: why they are calling.",
                        mood: .worried, literacy: .medium, urgency: .normal, sensitivities: [],
                        voice: "TODO: how they talk.",
                        slots: ["name": ["Anna", "Jonas", "Piotr"]])
            """
            : persona
        return """
            extension Catalog {
                /// TODO: one sentence on who calls and why.
                public static let \(constant) = CatalogEntry(
                    persona: \(personaSource),
                    scenario: Scenario(
                        id: "\(id)", persona: \(persona.isEmpty ? "\"\(id)\"" : "\(persona).id"), title: "TODO: a short title",
                        opening: "TODO: the customer's first message.",
                        facts: [
                            Fact(id: "detail", description: "TODO: what the agent must find out", askedBy: ["detail"], answer: "TODO: the answer.")
                        ],
                        nudges: ["TODO: what they say when ignored."],
                        turnLimit: 5),
                    reference: [
                        AgentReply("TODO: a good agent's first turn, asking about the detail?")
                    ])
            }

            """
    }
}
