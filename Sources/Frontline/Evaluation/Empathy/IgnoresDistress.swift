/// Takes points when the customer says how they feel (angry, worried, fed up) and the reply takes no notice of it.
public struct IgnoresDistress: Criterion {
    /// Creates the criterion.
    public init() {}

    /// The criterion's definition and examples.
    public let definition = CriterionDefinition(
        id: "ignores-distress",
        name: "Ignores how the customer feels",
        dimension: .empathy,
        rationale: "An upset customer who hears only facts feels unheard, however correct the facts are.",
        examples: [
            .triggering(
                "Opening hours are 8 to 9 on weekdays. Outside them, call the out-of-hours service.",
                customer: "I've rung five times today and I'm really worried about my son's fever."),
            .triggering(
                "Your router was reset at 10:14.", customer: "This is the third time this week, I'm fed up."),
            .triggering(
                "The bill is due on the 3rd.",
                customer: "My husband always did the bills and I don't know what to do."),
            .nonTriggering(
                "I'm sorry you've had to ring five times. I'm putting you on the doctor's list now.",
                customer: "I've rung five times today and I'm really worried about my son's fever."),
            .nonTriggering(
                "That sounds really worrying. Is he drinking?",
                customer: "I've rung five times today and I'm really worried about my son's fever."),
            .nonTriggering("Your PIN is on the card the SIM came in.", customer: "Where do I find my PIN?"),
            .nonTriggering("Opening hours are 8 to 9 on weekdays."),
            .nonTriggering("Here is the invoice.", customer: "Could you send me the invoice again, please?"),
            .nonTriggering("A plumber can come at 9 tomorrow.", customer: "My cold water tap is leaking."),
            .nonTriggering("Your balance is £12.", customer: "I'm not angry, just curious: what's my balance?"),
            .nonTriggering(
                "It's under Settings > Mobile > Roaming.", customer: "It's hard to find the setting for roaming."),
            .triggering(
                "Godziny kontaktu to 8–9 w dni robocze.",
                customer: "Dzwonię piąty raz, martwię się o syna, ma wysoką gorączkę.", locale: "pl"),
            .nonTriggering(
                "Bardzo mi przykro, że musiała Pani tyle razy dzwonić. Zapisuję syna do lekarza na dziś.",
                customer: "Dzwonię piąty raz, martwię się o syna, ma wysoką gorączkę.", locale: "pl"),
            .nonTriggering(
                "Kod PIN jest na karcie, z której wyjęto SIM.", customer: "Gdzie znajdę PIN?", locale: "pl"),
            .nonTriggering("Oto faktura.", customer: "Czy może Pan znowu wysłać fakturę?", locale: "pl"),
            .triggering(
                "Telefontiden er alle hverdage kl. 8-9.",
                customer: "Jeg har ringet fem gange, og jeg er bekymret for min søns feber.", locale: "da"),
            .nonTriggering(
                "Det lyder virkelig bekymrende. Jeg sætter dig på lægens liste nu.",
                customer: "Jeg har ringet fem gange, og jeg er bekymret for min søns feber.", locale: "da"),
            .nonTriggering(
                "PIN-koden står på kortet, SIM-kortet sad i.", customer: "Hvor finder jeg PIN?", locale: "da"),
            .nonTriggering("Her er fakturaen.", customer: "Kan I sende fakturaen igen?", locale: "da"),
        ]
    )

    /// Six points, pointing at nothing, when the customer says how they feel and the reply has no apology,
    /// acknowledgement, reflection, reassurance or caring question at all.
    public func evaluate(_ reply: ReplyContext) -> [Finding] {
        guard let customer = reply.customer, !reply.reply.isEmpty, IgnoresDistress.saysHowTheyFeel(customer) else {
            return []
        }
        let text = reply.reply
        let noticed = !reply.namedFeelings.isEmpty || !reply.exploringQuestions.isEmpty
            || [Cue.apology, .statedUnderstanding, .reflectionFrame, .reassurance].contains {
                !text.matches($0).isEmpty
            }
        guard !noticed else { return [] }
        return [
            definition.finding(
                -6, at: nil, in: reply,
                message: "The customer said how they feel and the reply takes no notice of it.",
                advice: "Open with one sentence about how they feel, in their words, then give the facts and the fix.")
        ]
    }

    /// True when the customer speaks of their own feelings: a feeling word in a sentence with "I" or "we" ("I'm
    /// worried"; "my cold tap" does not count) or in a first-person verb (Polish "martwię się"), or words of distress
    /// ("I'm fed up", "I don't know what to do"), which count even with a negation in them. "It's hard to find the
    /// setting" and "I'm not angry" do not.
    static func saysHowTheyFeel(_ customer: AnalyzedText) -> Bool {
        if !customer.matches(.distressStatement, includingNegated: true).isEmpty { return true }
        let endings = customer.language.firstPersonEndings
        let possessives = customer.language.possessives
        return customer.matches(.feelingWord).contains { feeling in
            let sentence = customer.sentences[customer.tokens[feeling.tokens.lowerBound].sentence]
            let aboutThemselves = customer.tokens[sentence.tokens].contains {
                $0.word.flags.contains(.firstPerson) && !possessives.contains($0.normalized)
            }
            if aboutThemselves { return true }
            // A verb's ending can carry the "I": Polish "martwię się".
            return customer.tokens[feeling.tokens].contains { token in
                token.kind == .word && endings.contains { customer.quote(token.span).lowercased().hasSuffix($0) }
            }
        }
    }
}
