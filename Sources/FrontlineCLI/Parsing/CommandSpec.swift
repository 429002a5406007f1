/// A positional argument a command takes.
public struct ArgumentSpec: Sendable {
    /// The name shown in usage, e.g. "reply".
    public var name: String
    /// One line of help.
    public var help: String
    /// True when the argument may be left out.
    public var isOptional: Bool

    /// Creates an argument spec.
    public init(_ name: String, help: String, optional: Bool = true) {
        self.name = name
        self.help = help
        self.isOptional = optional
    }
}

/// An option a command takes: a flag (`--anonymize`) or one with a value (`--format jsonl`).
public struct OptionSpec: Sendable {
    /// The long name without dashes, e.g. "format".
    public var name: String
    /// A one-letter short name, if any.
    public var short: Character?
    /// The value's name in usage, e.g. "format"; nil for a flag.
    public var valueName: String?
    /// One line of help.
    public var help: String
    /// The values the option accepts, when it is a choice.
    public var choices: [String]

    /// An option that takes a value.
    public static func value(
        _ name: String, short: Character? = nil, _ valueName: String, help: String, choices: [String] = []
    ) -> OptionSpec {
        OptionSpec(name: name, short: short, valueName: valueName, help: help, choices: choices)
    }

    /// An option that is on or off.
    public static func flag(_ name: String, short: Character? = nil, help: String) -> OptionSpec {
        OptionSpec(name: name, short: short, valueName: nil, help: help, choices: [])
    }

    var usage: String {
        valueName.map { "--\(name) <\($0)>" } ?? "--\(name)"
    }
}

/// What a command is, for parsing and for its help text.
public struct CommandSpec: Sendable {
    /// The command's name, e.g. "score".
    public var name: String
    /// One line saying what it does.
    public var abstract: String
    /// A longer explanation shown under OVERVIEW, optional.
    public var discussion: String
    /// Positional arguments in order.
    public var arguments: [ArgumentSpec]
    /// Options.
    public var options: [OptionSpec]
    /// Extra usage lines, e.g. for a second form of the command.
    public var extraUsage: [String]

    /// Creates a command spec.
    public init(
        name: String, abstract: String, discussion: String = "", arguments: [ArgumentSpec] = [],
        options: [OptionSpec] = [], extraUsage: [String] = []
    ) {
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.arguments = arguments
        self.options = options
        self.extraUsage = extraUsage
    }

    /// The usage line, e.g. `frontline score [<reply>] [--customer <text>]`.
    public var usage: String {
        var parts = ["frontline", name]
        for argument in arguments {
            parts.append(argument.isOptional ? "[<\(argument.name)>]" : "<\(argument.name)>")
        }
        for option in options { parts.append("[\(option.usage)]") }
        return parts.joined(separator: " ")
    }

    /// The full help text: OVERVIEW, USAGE, ARGUMENTS and OPTIONS.
    public var help: String {
        var lines = ["OVERVIEW: \(abstract)"]
        if !discussion.isEmpty { lines += ["", discussion] }
        lines += ["", "USAGE: \(usage)"]
        for extra in extraUsage { lines.append("       \(extra)") }
        if !arguments.isEmpty {
            lines += ["", "ARGUMENTS:"]
            for argument in arguments { lines.append(HelpFormatter.row("<\(argument.name)>", argument.help)) }
        }
        lines += ["", "OPTIONS:"]
        for option in options {
            var help = option.help
            if !option.choices.isEmpty { help += " (values: \(option.choices.joined(separator: ", ")))" }
            let name = option.short.map { "-\($0), \(option.usage)" } ?? option.usage
            lines.append(HelpFormatter.row(name, help))
        }
        lines.append(HelpFormatter.row("-h, --help", "Show help information."))
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Lays out help rows in two columns.
enum HelpFormatter {
    static func row(_ name: String, _ help: String) -> String {
        let padded = name.count < 24 ? name + String(repeating: " ", count: 24 - name.count) : name + "\n" + String(repeating: " ", count: 26)
        return "  " + padded + help
    }
}

/// Arguments after parsing: positionals in order, option values by name, flags that were set.
public struct ParsedArguments: Sendable {
    /// Positional arguments in order.
    public var positionals: [String] = []
    /// The values given for each option, by long name; the last one wins for single-valued options.
    public var values: [String: [String]] = [:]
    /// Flags that were given, by long name.
    public var flags: Set<String> = []
    /// True when help was asked for.
    public var wantsHelp = false

    /// The last value given for an option.
    public func value(_ name: String) -> String? { values[name]?.last }

    /// True when a flag was given.
    public func flag(_ name: String) -> Bool { flags.contains(name) }
}

/// A mistake in how a command was called; reported with the usage line and exit status 64.
public struct UsageError: Error, Equatable {
    /// What is wrong, in one sentence.
    public var message: String

    /// Creates a usage error.
    public init(_ message: String) { self.message = message }
}

/// A problem with the data a command read (a bad file, a bad line); reported with exit status 65.
public struct DataError: Error, Equatable {
    /// What is wrong, in one sentence.
    public var message: String

    /// Creates a data error.
    public init(_ message: String) { self.message = message }
}

/// Parses arguments against a command spec, in the manner of swift-argument-parser.
public enum ArgumentParser {
    /// Parses `arguments` for `spec`, rejecting unknown options with a suggestion.
    public static func parse(_ arguments: [String], for spec: CommandSpec) throws(UsageError) -> ParsedArguments {
        var parsed = ParsedArguments()
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || argument == "-" || !argument.hasPrefix("-") || isText(argument) {
                parsed.positionals.append(argument)
                continue
            }
            if argument == "--" {
                onlyPositionals = true
                continue
            }
            if argument == "-h" || argument == "--help" {
                parsed.wantsHelp = true
                continue
            }
            var name: String
            var inlineValue: String?
            if argument.hasPrefix("--") {
                name = String(argument.dropFirst(2))
                if let equals = name.firstIndex(of: "=") {
                    inlineValue = String(name[name.index(after: equals)...])
                    name = String(name[..<equals])
                }
            } else {
                guard argument.count == 2, let letter = argument.last,
                    let option = spec.options.first(where: { $0.short == letter })
                else {
                    if Double(argument) != nil {
                        parsed.positionals.append(argument)
                        continue
                    }
                    throw UsageError("Unknown option '\(argument)'.")
                }
                name = option.name
            }
            guard let option = spec.options.first(where: { $0.name == name }) else {
                let suggestion = Suggestion.closest(to: name, among: spec.options.map(\.name))
                throw UsageError(
                    "Unknown option '--\(name)'." + (suggestion.map { " Did you mean '--\($0)'?" } ?? ""))
            }
            if option.valueName == nil {
                guard inlineValue == nil else { throw UsageError("'--\(name)' takes no value.") }
                parsed.flags.insert(name)
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else {
                guard index < arguments.count else { throw UsageError("Missing value for '--\(name) <\(option.valueName!)>'.") }
                value = arguments[index]
                index += 1
            }
            if !option.choices.isEmpty && !option.choices.contains(value) {
                let suggestion = Suggestion.closest(to: value, among: option.choices)
                throw UsageError(
                    "'\(value)' is not a valid value for '--\(name)'; use one of: \(option.choices.joined(separator: ", "))."
                        + (suggestion.map { " Did you mean '\($0)'?" } ?? ""))
            }
            parsed.values[name, default: []].append(value)
        }
        return parsed
    }
}

extension ArgumentParser {
    /// True for a bulleted reply ("- Restart the phone.") or text over several lines: a dash followed by a space,
    /// or any line break, is never an option ("--format json" is still a mistyped option, not a reply).
    static func isText(_ argument: String) -> Bool {
        argument.dropFirst().first?.isWhitespace == true || argument.contains(where: \.isNewline)
    }
}

/// "Did you mean …?" suggestions by edit distance.
public enum Suggestion {
    /// The candidate closest to `word`, when it is close enough to be a likely typo.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        let scored = candidates.map { ($0, distance(word, $0)) }.min { $0.1 < $1.1 }
        guard let (candidate, cost) = scored, cost <= max(2, word.count / 3) else { return nil }
        return candidate
    }

    /// The Levenshtein distance between two strings.
    public static func distance(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs), b = Array(rhs)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
