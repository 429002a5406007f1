import Foundation
import Frontline

/// `frontline score`: grades one reply for a person, or a JSON Lines stream for tools.
struct ScoreCommand: FrontlineCommand {
    static let spec = CommandSpec(
        name: "score",
        abstract: "Grade a reply on empathy, clarity and resolution, with the evidence for every point.",
        discussion: """
            Give the reply as an argument (or '-' to read it from standard input). With --format jsonl, the
            argument is a JSON Lines file (or '-'), one {"id", "reply", "customer"?, "locale"?} object a line;
            each line gets one result line, in order. Bad lines get {"id", "line", "error"} and the exit status
            is 65; all other lines are still scored.
            """,
        arguments: [ArgumentSpec("reply-or-file", help: "The reply text; with --format jsonl, a file path or '-'.")],
        options: [
            .value("customer", short: "c", "text", help: "The customer's message the reply answers."),
            .value("locale", short: "l", "code", help: "The reply's language (default: detected, else en)."),
            .value(
                "format", short: "f", "format", help: "Output format (text for people).",
                choices: ["text", "json", "markdown", "jsonl"]),
            .value("transcript", "file", help: "Grade every agent turn of a call log (JSON, or 'Customer:' / 'Agent:' lines)."),
        ],
        extraUsage: [
            "frontline score --format jsonl [<file>|-]",
            "frontline score --transcript <file> [--format text|json|markdown]",
        ])

    let argument: String?
    let customer: String?
    let locale: String?
    let format: String
    let transcript: String?

    init(_ arguments: ParsedArguments) throws(UsageError) {
        guard arguments.positionals.count <= 1 else {
            throw UsageError("Expected one reply (quote it), got \(arguments.positionals.count) arguments.")
        }
        argument = arguments.positionals.first
        customer = arguments.value("customer")
        locale = arguments.value("locale")
        format = arguments.value("format") ?? "text"
        transcript = arguments.value("transcript")
        if transcript != nil && (argument != nil || format == "jsonl" || customer != nil) {
            throw UsageError("--transcript grades a whole log: give no reply, no --customer and no --format jsonl with it.")
        }
        if let locale, Languages.pack(for: locale) == nil {
            throw UsageError(LocaleError(code: locale).description)
        }
        if format == "jsonl" && customer != nil {
            throw UsageError("--customer does not go with --format jsonl; put \"customer\" in each line.")
        }
    }

    func run(_ io: CommandIO) throws -> Int32 {
        if let transcript { return try scoreTranscript(transcript, io) }
        if format == "jsonl" {
            if argument == nil && io.inputIsTerminal {
                throw UsageError("Give a JSON Lines file, or pipe the lines in with '-'.")
            }
            let reader = try io.openInput(argument)
            let failures = JSONLinesScorer(defaultLocale: locale).score(reader, to: io.output)
            return failures == 0 ? CommandLineTool.ExitStatus.success : CommandLineTool.ExitStatus.dataError
        }
        let reply: String
        if let argument, argument != "-" {
            reply = argument
        } else if argument == nil && io.inputIsTerminal {
            throw UsageError("Give the reply to grade in quotes, or pipe it in with '-'.")
        } else {
            let bytes = try io.openInput("-").readAll()
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw DataError("standard input is not valid UTF-8")
            }
            reply = text
        }
        let card = try ReplyGrader().grade(reply: reply, customer: customer, locale: locale)
        switch format {
        case "json":
            io.output.write(try CommandLineTool.jsonText(card))
        case "markdown":
            io.output.write(MarkdownReport().render(card))
        default:
            io.output.write(TextReport(usesColor: io.usesColor).render(card))
        }
        return CommandLineTool.ExitStatus.success
    }

    private func scoreTranscript(_ path: String, _ io: CommandIO) throws -> Int32 {
        let log: CallLog
        do {
            log = try CallLog.read(Data(try io.openInput(path).readAll()))
        } catch let error as CallLog.ReadError {
            throw DataError("\(path): \(error.description)")
        }
        let graded = try log.grade(locale: locale)
        if format == "json" {
            struct Output: Encodable {
                struct Turn: Encodable {
                    var turn: Int
                    var text: String
                    var scorecard: Scorecard
                }
                var turns: [Turn]
                var overall: Scorecard
            }
            let output = Output(
                turns: graded.turns.map { Output.Turn(turn: $0.turn, text: log.turns[$0.turn - 1].text, scorecard: $0.card) },
                overall: graded.overall)
            io.output.write(try CommandLineTool.jsonText(output))
            return CommandLineTool.ExitStatus.success
        }
        if format == "markdown" {
            let report = MarkdownReport()
            for (turn, card) in graded.turns {
                let said = MarkdownReport.escape(log.turns[turn - 1].text)
                io.output.write("## Turn \(turn) (agent)\n\n> \(said)\n\n\(report.render(card))\n")
            }
            io.output.write("## The whole call\n\n" + report.render(graded.overall))
            return CommandLineTool.ExitStatus.success
        }
        let report = TextReport(usesColor: io.usesColor)
        for (turn, card) in graded.turns {
            io.output.write("── Turn \(turn) (agent): “\(log.turns[turn - 1].text)”\n")
            io.output.write(report.render(card) + "\n")
        }
        io.output.write("══ The whole call\n" + report.render(graded.overall))
        return CommandLineTool.ExitStatus.success
    }
}
