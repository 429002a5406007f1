/// Takes points for blaming the customer for the problem.
public struct BlamesCustomer: Criterion {
    /// Creates the criterion.
    public init() {}

    /// The criterion's definition and examples.
    public let definition = CriterionDefinition(
        id: "blames-customer",
        name: "Blames the customer",
        dimension: .empathy,
        rationale: "Blame makes the customer defensive and fixes nothing; the past cannot be changed, the next step can.",
        examples: [
            .nonTriggering("That should never have happened, and you shouldn't have been put in that position."),
            .nonTriggering("You used the car seat every day, and this isn't your fault: the recall is ours."),
            .nonTriggering("It was never really your mistake; the form is confusing."),
            .nonTriggering("I've taken 25% off this bill, because you didn't get the speed you pay for."),
            .nonTriggering(
                "Jeg har givet dig 25 % rabat, fordi du ikke har fået den hastighed, du betaler for.", locale: "da"),
            .triggering("It's ⟦your own fault⟧ for not reading the recall notice."),
            .triggering("⟦You should have⟧ read the letter that came with the card."),
            .triggering("It's ⟦your own fault⟧ the phone was on the roof."),
            .nonTriggering("The letter with the card is easy to miss; here's what it says."),
            .nonTriggering("You should have received a text from us this morning with the new time."),
            .nonTriggering("Powinien Pan otrzymać SMS-a z nowym terminem dziś rano.", locale: "pl"),
            .nonTriggering("Du burde have modtaget en sms med den nye tid i morges.", locale: "da"),
            .nonTriggering("You should receive a text in five minutes."),
            .nonTriggering("It's not your fault at all, these scam texts fool lots of careful people."),
            .triggering("⟦Powinien Pan był⟧ przeczytać list dołączony do karty.", locale: "pl"),
            .triggering("⟦To Pana wina⟧, że telefon został na dachu.", locale: "pl"),
            .nonTriggering("List dołączony do karty łatwo przeoczyć; oto, co w nim jest.", locale: "pl"),
            .nonTriggering("SMS powinien Pan dostać w ciągu pięciu minut.", locale: "pl"),
            .nonTriggering(
                "To nie jest Pana wina, nowa karta czasem sama się nie aktywuje. Już ją aktywuję.", locale: "pl"),
            .triggering("⟦Du skulle have⟧ læst brevet, der fulgte med kortet.", locale: "da"),
            .triggering("Det er ⟦din egen skyld⟧, at telefonen lå på taget.", locale: "da"),
            .nonTriggering("Brevet med kortet er let at overse; her er, hvad der står i det.", locale: "da"),
            .nonTriggering("Du skulle gerne få en sms inden for fem minutter.", locale: "da"),
            .nonTriggering("Det er ikke din skyld, at kortet ikke virker. Jeg sender dig et nyt i dag.", locale: "da"),
        ]
    )

    /// Twelve points per blaming phrase, twenty-four at most.
    public func evaluate(_ reply: ReplyContext) -> [Finding] {
        // Blame words inside reassurance ("it's not your fault") or an expectation ("you should have received a
        // text") are left out of the reply's reproaches.
        definition.findings(
            at: reply.reproaches.map(\.span), in: reply, schedule: .each(-12, cap: 24),
            message: { "This blames the customer: “\($0)”." },
            advice: "Leave out what they should have done; say what happens next: “Let's put the new card in now.”")
    }
}
