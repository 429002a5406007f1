/// The words the exercise grader frames its messages with, per language; `{name}` placeholders are filled in.
public struct CourseWording: Sendable {
    /// "customer {name}, variant {seed}".
    public var who: String
    /// A dimension that passed: "{dimension} {score} (needs {mark}) for {who}."
    public var passed: String
    /// A dimension that fell short: "{dimension} {score}, needs {mark} ({who})."
    public var failed: String
    /// "Your words".
    public var yourWords: String
    /// "Cost".
    public var cost: String
    /// "Missing".
    public var missing: String
    /// "For example".
    public var forExample: String
    /// A required detail used: "You used the customer's {slot} (“{value}”)."
    public var usedDetail: String
    /// A required detail missing.
    public var useDetail: String
    /// A required criterion met: "Your reply does this: {criterion}."
    public var doesThis: String
    /// A forbidden criterion kept: "No {criterion}."
    public var avoided: String
    /// A forbidden criterion broken: "Not allowed here: {quotes}."
    public var notAllowed: String
    /// A required action taken.
    public var tookAction: String
    /// A required action missing.
    public var takeAction: String
    /// How a conversation ended: "The call ended {outcome} for {who}."
    public var callEnded: String
    /// Dimension names: empathy, clarity, resolution.
    public var dimensions: [ScoreDimension: String]
    /// Report wording: "starts at" before a dimension's baseline.
    public var startsAt: String = "starts at"
    /// Report wording: the line naming the language, "Language: {locale} ({source})".
    public var languageLine: String = "Language: {locale} ({source})"
    /// Report wording: how the language was chosen, by the source's English name (given, detected, default).
    public var sources: [String: String] = [:]
    /// Report wording: said under a dimension no finding moved.
    public var nothingMoved: String = "Nothing moved this score."
    /// Report wording: the headers of the Markdown score table.
    public var tableHeaders: (dimension: String, score: String) = ("Dimension", "Score")

    /// The wording for a language code, English when there is none.
    public static func forLocale(_ code: String) -> CourseWording {
        switch code {
        case "pl": return .polish
        case "da": return .danish
        default: return .english
        }
    }

    /// English.
    public static let english = CourseWording(
        who: "customer {name}, variant {seed}", passed: "{dimension} {score} (needs {mark}) for {who}.",
        failed: "{dimension} {score}, needs {mark} ({who}).", yourWords: "Your words", cost: "Cost", missing: "Missing",
        forExample: "For example", usedDetail: "You used the customer's {slot} (“{value}”).",
        useDetail: "Use the customer's own {slot} — for {who} that is “{value}”. A reply that fits every customer fits none.",
        doesThis: "Your reply does this: {criterion}.", avoided: "No {criterion}.", notAllowed: "Not allowed here: {quotes}.",
        tookAction: "You took the action {action}.", takeAction: "Take the action {action} (add it to the reply's actions) for {who}.",
        callEnded: "The call ended {outcome} for {who}.",
        dimensions: [.empathy: "Empathy", .clarity: "Clarity", .resolution: "Resolution"])

    /// Polish.
    public static let polish = CourseWording(
        who: "klient {name}, wariant {seed}", passed: "{dimension} {score} (wymagane {mark}) – {who}.",
        failed: "{dimension} {score}, wymagane {mark} ({who}).", yourWords: "Twoja odpowiedź", cost: "Kosztowało",
        missing: "Brakuje", forExample: "Na przykład", usedDetail: "Użyto szczegółu z wypowiedzi klienta: {slot} („{value}”).",
        useDetail: "Proszę użyć szczegółu klienta ({slot}) – dla: {who} to „{value}”. Odpowiedź pasująca do każdego nie trafia do nikogo.",
        doesThis: "Odpowiedź to robi: {criterion}.", avoided: "Bez uchybień: {criterion}.", notAllowed: "Tu niedozwolone: {quotes}.",
        tookAction: "Wykonano działanie {action}.", takeAction: "Proszę wykonać działanie {action} (dodać je do akcji odpowiedzi) – {who}.",
        callEnded: "Rozmowa zakończyła się: {outcome} – {who}.",
        dimensions: [.empathy: "Empatia", .clarity: "Jasność", .resolution: "Rozwiązanie"],
        startsAt: "punkt wyjścia", languageLine: "Język: {locale} ({source})",
        sources: ["given": "podany", "detected": "rozpoznany", "default": "domyślny"],
        nothingMoved: "Nic nie zmieniło tej oceny.", tableHeaders: ("Wymiar", "Wynik"))

    /// Danish.
    public static let danish = CourseWording(
        who: "kunde {name}, variant {seed}", passed: "{dimension} {score} (kræver {mark}) for {who}.",
        failed: "{dimension} {score}, kræver {mark} ({who}).", yourWords: "Dine ord", cost: "Kostede", missing: "Mangler",
        forExample: "For eksempel", usedDetail: "Du brugte kundens {slot} (»{value}«).",
        useDetail: "Brug kundens egen {slot} – for {who} er det »{value}«. Et svar, der passer til alle, rammer ingen.",
        doesThis: "Dit svar gør det: {criterion}.", avoided: "Ingen fejl: {criterion}.", notAllowed: "Ikke tilladt her: {quotes}.",
        tookAction: "Du udførte handlingen {action}.", takeAction: "Udfør handlingen {action} (tilføj den til svarets handlinger) for {who}.",
        callEnded: "Samtalen sluttede: {outcome} for {who}.",
        dimensions: [.empathy: "Empati", .clarity: "Klarhed", .resolution: "Løsning"],
        startsAt: "starter på", languageLine: "Sprog: {locale} ({source})",
        sources: ["given": "angivet", "detected": "genkendt", "default": "standard"],
        nothingMoved: "Intet flyttede denne score.", tableHeaders: ("Dimension", "Score"))

    /// A template with its placeholders filled.
    public func say(_ template: String, _ values: [String: String]) -> String { SlotTemplate.fill(template, with: values) }
}
