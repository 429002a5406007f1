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
        ],
        extraUsage: ["frontline score --format jsonl [<file>|-]"])

    let argument: String?
    let customer: String?
    let locale: String?
    let format: String

    init(_ arguments: ParsedArguments) throws(UsageError) {
        guard arguments.positionals.count <= 1 else {
            throw UsageError("Expected one reply (quote it), got \(arguments.positionals.count) arguments.")
        }
        argument = arguments.positionals.first
        customer = arguments.value("customer")
        locale = arguments.value("locale")
        format = arguments.value("format") ?? "text"
        if let locale, Languages.pack(for: locale) == nil {
            throw UsageError(LocaleError(code: locale).description)
        }
        if format == "jsonl" && customer != nil {
            throw UsageError("--customer does not go with --format jsonl; put \"customer\" in each line.")
        }
    }

    func run(_ io: CommandIO) throws -> Int32 {
        if format == "jsonl" {
            let reader = try io.openInput(argument)
            let failures = JSONLinesScorer(defaultLocale: locale).score(reader, to: io.output)
            return failures == 0 ? CommandLineTool.ExitStatus.success : CommandLineTool.ExitStatus.dataError
        }
        let reply: String
        if let argument, argument != "-" {
            reply = argument
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
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            io.output.write(String(decoding: try encoder.encode(card), as: UTF8.self) + "\n")
        case "markdown":
            io.output.write(MarkdownReport().render(card))
        default:
            io.output.write(TextReport(usesColor: io.usesColor).render(card))
        }
        return CommandLineTool.ExitStatus.success
    }
}
