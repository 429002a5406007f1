import Foundation
import Testing

@testable import Frontline
@testable import FrontlineCLI

@Suite("Polish and Danish", .tags(.textAnalysis))
struct LanguageTests {
    @Test(
        "The reply's language is detected when none is given, and reported",
        arguments: [
            ("Dzień dobry, bardzo mi przykro. Czy może Pan sprawdzić, czy karta SIM jest w telefonie?", "pl"),
            ("Hej, det lyder frustrerende. Jeg bestiller en taxa til dig med det samme, og jeg bliver på linjen.", "da"),
            ("That sounds frustrating. I'll order a taxi for you right now and stay on the line.", "en"),
        ])
    func detection(_ text: String, _ code: String) throws {
        let card = try ReplyGrader().grade(reply: text)
        #expect(card.locale == code)
        #expect(card.localeSource == "detected")
    }

    @Test(
        "Reports are headed in the language of the reply, like its findings",
        arguments: [
            ("Dzień dobry. Proszę wyłączyć telefon.", ["Empatia", "Język: pl (rozpoznany)", "punkt wyjścia 30", "| Wymiar | Wynik |"]),
            ("Hej. Sluk telefonen, og tænd den igen.", ["Klarhed", "Sprog: da (genkendt)", "starter på 70", "| Løsning |"]),
            ("Hi. Switch the phone off.", ["Resolution", "Language: en (detected)", "starts at 25", "| Dimension | Score |"]),
        ])
    func reportHeadings(_ text: String, _ expected: [String]) throws {
        let card = try ReplyGrader().grade(reply: text)
        let report = TextReport(usesColor: false).render(card) + MarkdownReport().render(card)
        for heading in expected {
            #expect(report.contains(heading), "missing “\(heading)” in:\n\(report)")
        }
    }

    @Test("Text with no clear language falls back to English")
    func fallback() throws {
        let card = try ReplyGrader().grade(reply: "OK 123 !!")
        #expect(card.locale == "en")
    }

    @Test("Each language reads with its own formula: Flesch–Kincaid, FOG-PL, LIX")
    func readabilityFormulas() {
        #expect(analyze("Proszę wyłączyć telefon.", Languages.polish).readability.formula == "FOG-PL")
        #expect(analyze("Sluk telefonen.", Languages.danish).readability.formula == "LIX")
        #expect(analyze("Switch the phone off.").readability.formula == "Flesch reading ease")
    }

    @Test("Polish word families match by stem, with or without diacritics")
    func polishStems() {
        for text in ["Przepraszam za kłopot.", "Przepraszamy bardzo.", "przepraszam, ze tak dlugo"] {
            #expect(!analyze(text, Languages.polish).matches(.apology).isEmpty, "\(text)")
        }
        #expect(analyze("Nie przepraszam.", Languages.polish).matches(.apology).isEmpty, "negated")
    }

    @Test("Polish letters and Danish letters are words, and negation reaches past 'nie' and 'ikke'")
    func lettersAndNegation() {
        let polish = analyze("Źle się żółć łże", Languages.polish)
        #expect(polish.tokens.filter(\.isWordLike).count == 4)
        let danish = analyze("Jeg forstår ikke dårlige æbler på øen", Languages.danish)
        #expect(danish.tokens.filter(\.isWordLike).map(\.normalized) == ["jeg", "forstår", "ikke", "dårlige", "æbler", "på", "øen"])
        #expect(danish.tokens.first { $0.normalized == "dårlige" }?.isNegated == true)
    }

    @Test("Polish replies without Pan/Pani are flagged; formal ones are not; a coded call answered in kind is not")
    func polishFormalAddress() throws {
        let informal = try ReplyGrader().grade(reply: "Włóż nową kartę SIM do telefonu i zrestartuj go, potem sprawdź zasięg.", locale: "pl")
        #expect(informal.findings.contains { $0.criterion == "respectful-address" })
        let formal = try ReplyGrader().grade(reply: "Proszę włożyć nową kartę SIM do telefonu, a potem może Pan sprawdzić zasięg.", locale: "pl")
        #expect(!formal.findings.contains { $0.criterion == "respectful-address" })
    }

    @Test("A Polish first-person verb is an action the agent takes: “zamówię”, “wysłałam”")
    func polishCommitments() {
        let context = ReplyContext(reply: "Zamówię dla Pana taksówkę. Wysłałam już SMS z numerem.", customer: nil, language: Languages.polish)
        #expect(context.commitments.count == 2)
    }

    @Test("JSON Lines take a locale per line or detect it, and say which")
    func jsonLinesLocale() throws {
        let input = """
            {"id": "pl", "reply": "Bardzo mi przykro, zaraz wyślę nową kartę SIM."}
            {"id": "da", "reply": "Det er jeg ked af. Jeg sender et nyt SIM-kort i dag.", "locale": "da"}
            """
        let result = CommandLineTool.run(arguments: ["score", "--format", "jsonl"], input: Array(input.utf8))
        let lines = result.stdout.split(separator: "\n").map { String($0) }
        #expect(lines[0].contains("\"locale\":\"pl\"") && lines[0].contains("\"locale_source\":\"detected\""))
        #expect(lines[1].contains("\"locale\":\"da\"") && lines[1].contains("\"locale_source\":\"given\""))
    }
}
