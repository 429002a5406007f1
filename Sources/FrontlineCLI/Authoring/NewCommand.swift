import Foundation
import Frontline

/// `frontline new`: scaffolds an exercise, a persona or a scenario, registering it where it belongs.
struct NewCommand: FrontlineCommand {
    static let spec = CommandSpec(
        name: "new",
        abstract: "Scaffold a new exercise, persona or scenario and register it in the course and the package.",
        discussion: """
            frontline new exercise <slug> --module <id> --scenario <id> [--kind reply|action-reply|conversation]
            frontline new persona <id>
            frontline new scenario <id> --persona <id>
            Nothing is written unless everything can be: a bad slug or an existing name changes nothing.
            """,
        arguments: [
            ArgumentSpec("what", help: "exercise, persona or scenario.", optional: false),
            ArgumentSpec("id", help: "The new slug, lower-case words joined by '-'.", optional: false),
        ],
        options: [
            .value("module", short: "m", "id", help: "The curriculum module the exercise belongs to."),
            .value("scenario", short: "s", "id", help: "The catalog scenario the exercise's customer comes from."),
            .value("kind", short: "k", "kind", help: "What the trainee writes.", choices: ExerciseSpec.Kind.allCases.map(\.rawValue)),
            .value("persona", short: "p", "id", help: "The persona a new scenario uses."),
        ])

    let what: String
    let id: String
    let module: String?
    let scenario: String?
    let kind: ExerciseSpec.Kind
    let persona: String?

    init(_ arguments: ParsedArguments) throws(UsageError) {
        guard arguments.positionals.count == 2 else { throw UsageError("Expected what to create and its slug, e.g. 'new exercise ask-for-the-address'.") }
        what = arguments.positionals[0]
        id = arguments.positionals[1]
        guard ["exercise", "persona", "scenario"].contains(what) else {
            throw UsageError("Cannot create '\(what)'; choose exercise, persona or scenario.")
        }
        try Scaffold.checkSlug(id)
        module = arguments.value("module")
        scenario = arguments.value("scenario")
        kind = arguments.value("kind").flatMap(ExerciseSpec.Kind.init(rawValue:)) ?? .reply
        persona = arguments.value("persona")
        if what == "exercise" && (module == nil || scenario == nil) {
            throw UsageError("A new exercise needs --module <id> and --scenario <id>.")
        }
        if what == "scenario" && persona == nil { throw UsageError("A new scenario needs --persona <id>.") }
        // An option meant for another kind of thing is a mistake to report, not one to ignore.
        let allowed: [String: Set<String>] = [
            "exercise": ["module", "scenario", "kind"], "persona": [], "scenario": ["persona"],
        ]
        let stray = ["module", "scenario", "kind", "persona"].filter {
            arguments.value($0) != nil && !(allowed[what]?.contains($0) ?? false)
        }
        if !stray.isEmpty {
            throw UsageError("'new \(what)' takes no \(stray.map { "--\($0)" }.joined(separator: " or ")).")
        }
    }

    func run(_ io: CommandIO) throws -> Int32 {
        let course = try CourseProgress.library(io)
        let plan: Scaffold.Plan
        switch what {
        case "exercise": plan = try Scaffold.exercise(id, module: module!, scenario: scenario!, kind: kind, course: course)
        case "persona": plan = try Scaffold.catalogEntry(id, reusing: nil, root: course.root)
        default: plan = try Scaffold.catalogEntry(id, reusing: persona, root: course.root)
        }
        try plan.apply()
        for file in plan.created { io.output.write("created  \(file)\n") }
        for file in plan.updated { io.output.write("updated  \(file)\n") }
        io.output.write("\nNext:\n")
        for (index, step) in plan.nextSteps.enumerated() { io.output.write("  \(index + 1). \(step)\n") }
        return CommandLineTool.ExitStatus.success
    }
}
