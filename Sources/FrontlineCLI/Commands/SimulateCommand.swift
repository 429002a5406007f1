import Foundation
import Frontline

/// `frontline simulate`: take a call as the agent, typing replies, or play a script; prints the graded transcript.
struct SimulateCommand: FrontlineCommand {
    static let spec = CommandSpec(
        name: "simulate",
        abstract: "Take a simulated call as the agent and get the graded transcript.",
        discussion: """
            Each line you type is one agent turn. Add actions after the words with ' | ', e.g.
              I'm sending a taxi to you now. | /taxi A2, exit 14
            Actions: \(AgentAction.syntaxHelp.map { "\($0.0) (\($0.1))" }.joined(separator: "; ")).
            An empty line or end of input ends the call. With --script, turns are read from a file in the same
            format ('#' starts a comment line).
            """,
        arguments: [ArgumentSpec("scenario", help: "The scenario id (see 'frontline personas').", optional: false)],
        options: [
            .value("seed", short: "s", "n", help: "Seed for the customer's details (default 1)."),
            .value("script", "file", help: "Play agent turns from a file instead of the keyboard."),
            .value("format", short: "f", "format", help: "Output format for the transcript.", choices: ["text", "json"]),
        ])

    let scenario: String
    let seed: UInt64
    let script: String?
    let json: Bool

    init(_ arguments: ParsedArguments) throws(UsageError) {
        guard let scenario = arguments.positionals.first else { throw UsageError("Missing the scenario id.") }
        guard arguments.positionals.count == 1 else { throw UsageError("Expected one scenario id.") }
        self.scenario = scenario
        if let text = arguments.value("seed") {
            guard let seed = UInt64(text) else {
                throw UsageError("--seed takes a whole number from 0 to \(UInt64.max), not '\(text)'.")
            }
            self.seed = seed
        } else {
            self.seed = 1
        }
        script = arguments.value("script")
        json = arguments.value("format") == "json"
    }

    /// Reads one turn line: the words, then actions after ' | ' (a bar before a slash needs no spaces: "Hi|/taxi").
    static func parseTurn(_ line: String) -> Result<AgentReply, ActionSyntaxError> {
        let parts = splitActions(line)
        var text = parts[0]
        var actions: [AgentAction] = []
        var actionParts = Array(parts.dropFirst())
        if text.trimmingCharacters(in: .whitespaces).hasPrefix("/") {
            actionParts.insert(text, at: 0)
            text = ""
        }
        for part in actionParts {
            switch AgentAction.parse(part) {
            case .success(let action): actions.append(action)
            case .failure(let error): return .failure(error)
            }
        }
        return .success(AgentReply(text.trimmingCharacters(in: .whitespaces), actions: actions))
    }

    /// The line cut at each bar that has spaces on both sides or starts an action ("|/").
    static func splitActions(_ line: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            let next = line.index(after: index)
            if character == "|" {
                let before = current.last.map(\.isWhitespace) ?? false
                let after = line[next...].first.map(\.isWhitespace) ?? false
                let action = line[next...].drop { $0 == " " }.first == "/"
                if (before && after) || action {
                    parts.append(before ? String(current.dropLast()) : current)
                    current = ""
                    index = after ? line.index(after: next) : next
                    continue
                }
            }
            current.append(character)
            index = next
        }
        parts.append(current)
        return parts
    }

    func run(_ io: CommandIO) throws -> Int32 {
        guard let entry = Catalog.entry(scenario) else {
            let suggestion = Suggestion.closest(to: scenario, among: Catalog.scenarios.map(\.id))
            throw UsageError("No scenario '\(scenario)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? ""))
        }
        var session = entry.session(seed: seed)
        let interactive = script == nil
        // A person typing may try a bad line again; piped or scripted lines are skipped and fail the run at the end.
        let typing = interactive && io.inputIsTerminal
        // With --format json, standard output carries only the JSON; the conversation goes to standard error.
        let prompts = json ? io.errors : io.output
        let reader = try io.openInput(script)
        if interactive {
            prompts.write(
                "\(entry.scenario.title) — you are the agent. One line per turn; ' | /action' adds actions; "
                    + "an empty line ends.\n\n")
            prompts.write("Customer: \(session.conversation.lastCustomerMessage)\n")
            prompts.flush()
        }
        var badLines = 0
        while !session.isOver, let bytes = reader.nextLine() {
            guard let line = String(validating: bytes, as: UTF8.self) else {
                io.errors.write("line \(reader.lineNumber): not valid UTF-8; skipped\n")
                badLines += 1
                continue
            }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("#") { continue }
            if trimmed.isEmpty {
                if interactive { break } else { continue }
            }
            switch SimulateCommand.parseTurn(trimmed) {
            case .failure(let error):
                let next = typing ? "try again" : "skipped"
                io.errors.write("line \(reader.lineNumber): \(error.description); \(next)\n")
                badLines += 1
            case .success(let reply):
                if let answer = session.respond(reply), interactive {
                    prompts.write("Customer: \(answer)\n")
                    prompts.flush()
                }
            }
        }
        session.stop()
        let transcript = session.transcript()
        if json {
            io.output.write(try CommandLineTool.jsonText(transcript))
        } else {
            if interactive { prompts.write("\n") }
            io.output.write(TranscriptReport(usesColor: io.usesColor).render(transcript))
        }
        return badLines > 0 && !typing ? CommandLineTool.ExitStatus.dataError : CommandLineTool.ExitStatus.success
    }
}
