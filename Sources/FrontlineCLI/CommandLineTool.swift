import Foundation
import Frontline

/// A subcommand of `frontline`: a spec for parsing and help, and a run method.
public protocol FrontlineCommand: Sendable {
    /// The command's name, arguments and options.
    static var spec: CommandSpec { get }
    /// Builds the command from parsed arguments, checking them (like swift-argument-parser's `validate()`).
    init(_ arguments: ParsedArguments) throws(UsageError)
    /// Runs the command and returns its exit status.
    func run(_ io: CommandIO) throws -> Int32
}

/// The `frontline` tool: finds the subcommand, prints help and errors, and maps errors to exit statuses.
public enum CommandLineTool {
    /// Exit statuses, as sysexits.h and swift-argument-parser use them.
    public enum ExitStatus {
        /// Success.
        public static let success: Int32 = 0
        /// A failure such as failing grades.
        public static let failure: Int32 = 1
        /// The command was called wrongly.
        public static let usage: Int32 = 64
        /// The input data was bad.
        public static let dataError: Int32 = 65
    }

    /// The kit's version.
    public static let version = "0.1.0"

    /// Every subcommand, in the order help lists them.
    public static let commands: [any FrontlineCommand.Type] = [
        ScoreCommand.self, PersonasCommand.self, SimulateCommand.self, ListCommand.self, NextCommand.self, HintCommand.self,
        CheckCommand.self, ResetCommand.self, ValidateCommand.self, ResultsCommand.self, LeaderboardCommand.self,
        NewCommand.self,
    ]

    static let overview = """
        OVERVIEW: Frontline grades customer-support replies on empathy, clarity and resolution.

        USAGE: frontline <subcommand>

        OPTIONS:
          -h, --help              Show help information.
          --version               Show the version.

        SUBCOMMANDS:
        """

    /// Runs the tool with the process's real streams and returns the exit status.
    public static func main(arguments: [String]) -> Int32 {
        let output = FileHandleOutput(FileHandle.standardOutput)
        let errors = FileHandleOutput(FileHandle.standardError)
        var io = CommandIO(
            input: .standardInput, output: output, errors: errors,
            environment: ProcessInfo.processInfo.environment, outputIsTerminal: isatty(1) == 1,
            workingDirectory: FileManager.default.currentDirectoryPath)
        io.inputIsTerminal = isatty(0) == 1
        let status = run(arguments: arguments, io: io)
        output.flush()
        errors.flush()
        return status
    }

    /// Runs the tool in-process with the given input, returning the exit status and what it wrote.
    public static func run(
        arguments: [String], input: [UInt8] = [], environment: [String: String] = [:],
        workingDirectory: String = FileManager.default.currentDirectoryPath
    ) -> (exitCode: Int32, stdout: String, stderr: String) {
        let output = BufferedOutput()
        let errors = BufferedOutput()
        let io = CommandIO(
            input: .bytes(input), output: output, errors: errors, environment: environment, outputIsTerminal: false,
            workingDirectory: workingDirectory)
        let status = run(arguments: arguments, io: io)
        return (status, output.text, errors.text)
    }

    /// Runs the tool with the given streams.
    public static func run(arguments: [String], io: CommandIO) -> Int32 {
        guard let first = arguments.first else {
            io.output.write(rootHelp)
            return ExitStatus.success
        }
        switch first {
        case "-h", "--help":
            io.output.write(rootHelp)
            return ExitStatus.success
        case "--version":
            io.output.write("\(version)\n")
            return ExitStatus.success
        case "help":
            guard arguments.count > 1, arguments[1] != "help" else {
                io.output.write(rootHelp)
                return ExitStatus.success
            }
            guard let command = command(named: arguments[1]) else {
                return unknownCommand(arguments[1], io: io)
            }
            io.output.write(command.spec.help)
            return ExitStatus.success
        case let option where option.hasPrefix("-"):
            let suggestion = Suggestion.closest(to: option, among: ["--help", "--version"])
            io.errors.write(
                "Error: Unknown option '\(option)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? "")
                    + "\nUsage: frontline <subcommand>\n  See 'frontline --help'.\n")
            return ExitStatus.usage
        default:
            break
        }
        guard let command = command(named: first) else { return unknownCommand(first, io: io) }
        return run(command, arguments: Array(arguments.dropFirst()), io: io)
    }

    private static func run(_ type: any FrontlineCommand.Type, arguments: [String], io: CommandIO) -> Int32 {
        let spec = type.spec
        do {
            let parsed = try ArgumentParser.parse(arguments, for: spec)
            if parsed.wantsHelp {
                io.output.write(spec.help)
                return ExitStatus.success
            }
            let command = try type.init(parsed)
            return try command.run(io)
        } catch let error as UsageError {
            io.errors.write("Error: \(error.message)\nUsage: \(spec.usage)\n  See 'frontline \(spec.name) --help'.\n")
            return ExitStatus.usage
        } catch let error as DataError {
            io.errors.write("Error: \(error.message)\n")
            return ExitStatus.dataError
        } catch {
            io.errors.write("Error: \(describe(error))\n")
            return ExitStatus.failure
        }
    }

    /// An error in one plain sentence: a Foundation error by its reason, not by its internal dump.
    static func describe(_ error: Error) -> String {
        if error is DecodingError { return CourseError.describe(error) }
        let cocoa = error as NSError
        guard cocoa.domain == NSCocoaErrorDomain || cocoa.domain == NSPOSIXErrorDomain else { return "\(error)" }
        if let underlying = cocoa.userInfo[NSUnderlyingErrorKey] as? NSError,
            underlying.domain == NSPOSIXErrorDomain, let code = POSIXErrorCode(rawValue: Int32(underlying.code))
        {
            return String(cString: strerror(code.rawValue)).lowercased()
        }
        return cocoa.localizedDescription
    }

    /// A value as the JSON every command prints, with a final newline: pretty, with sorted snake_case keys, as in the
    /// JSON Lines and results files.
    static func jsonText(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    static func command(named name: String) -> (any FrontlineCommand.Type)? {
        commands.first { $0.spec.name == name }
    }

    private static func unknownCommand(_ name: String, io: CommandIO) -> Int32 {
        let suggestion = Suggestion.closest(to: name, among: commands.map { $0.spec.name })
        io.errors.write(
            "Error: Unknown subcommand '\(name)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? "")
                + "\nUsage: frontline <subcommand>\n  See 'frontline --help'.\n")
        return ExitStatus.usage
    }

    static var rootHelp: String {
        var text = overview + "\n"
        for command in commands {
            text += HelpFormatter.row(command.spec.name, command.spec.abstract) + "\n"
        }
        text += "\n  See 'frontline help <subcommand>' for detailed help.\n"
        return text
    }
}
