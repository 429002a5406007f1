/// Takes points for condescension, which customers hear at once: "obviously", "as I already said", "calm down".
public struct TalksDown: Criterion {
    /// Creates the criterion.
    public init() {}

    /// The criterion's definition and examples.
    public let definition = CriterionDefinition(
        id: "talks-down",
        name: "Talks down to the customer",
        dimension: .empathy,
        rationale: "Condescension is heard even through a polite script, and it ends the customer's trust.",
        examples: [
            .triggering("⟦Obviously⟧ you need the new SIM card."),
            .triggering("⟦Is it really so hard⟧ to follow the naming convention at the top of the page?"),
            .nonTriggering("Is it hard to reach the socket from where you are?"),
            .nonTriggering("After a switch, the network can take a little while to settle down."),
            .triggering("⟦Just settle down⟧ and let me finish."),
            .triggering("So, ⟦is anyone actually⟧ going to look at my code or not?"),
            .nonTriggering("Could you check whether the green light is on or not?"),
            .triggering("⟦It's intuitive⟧, so most customers find the button without help."),
            .nonTriggering("The fix is simple for once: restart the router and wait two minutes."),
            .triggering("⟦You're wrong⟧ about the date, so check the source."),
            .nonTriggering("Let me know whether or not the new card works."),
            .nonTriggering("You're not wrong to be annoyed, and I'll correct the bill today."),
            .triggering("This duplicates my article. ⟦Did you not bother⟧ checking first?"),
            .nonTriggering("Is anyone able to look at my code? I'd be grateful."),
            .nonTriggering("We're actually going to refund the whole amount today."),
            .triggering("Why is there still no dark mode? ⟦This is ridiculous⟧."),
            .triggering("Could you add a citation? ⟦Otherwise it will be removed⟧."),
            .nonTriggering("Otherwise it will be delivered tomorrow morning."),
            .nonTriggering("I'm sorry the driver couldn't be bothered to knock; I've rebooked it for tomorrow."),
            .triggering("⟦As I already said⟧, put the card in. ⟦Calm down⟧."),
            .triggering("⟦Everyone else manages⟧ to do this without calling."),
            .nonTriggering("The new SIM card goes in the tray on the side."),
            .nonTriggering("Let's go through it together, one step at a time."),
            .nonTriggering("Without the error message there isn't much anyone can do, so please paste it when you can."),
            .triggering("⟦How do you expect⟧ me to fix it when ⟦it's literally⟧ one tap?"),
            .triggering("⟦Seriously⟧, the letter tells you to put the new card in."),
            .triggering("Here is what to do:\n- ⟦Seriously⟧, read the letter first."),
            .nonTriggering("We take allergies seriously, and I'm passing this to the kitchen now."),
            .triggering("⟦Przecież⟧ potrzebuje Pan nowej karty SIM.", locale: "pl"),
            .triggering("⟦Jak już mówiłem⟧, proszę włożyć kartę. ⟦Proszę się uspokoić⟧.", locale: "pl"),
            .triggering("⟦Wszyscy inni⟧ jakoś radzą sobie bez dzwonienia na infolinię.", locale: "pl"),
            .nonTriggering("Czy zielona lampka się świeci, czy nie?", locale: "pl"),
            .nonTriggering("Nie trzeba się tak spieszyć, mamy czas.", locale: "pl"),
            .nonTriggering("Nowa karta SIM wchodzi do tacki z boku telefonu.", locale: "pl"),
            .nonTriggering("Przejdźmy przez to razem, krok po kroku.", locale: "pl"),
            .nonTriggering("Traktujemy to serio, dlatego jeszcze dziś sprawdzę Pana rachunek.", locale: "pl"),
            .triggering("⟦Tydeligvis⟧ skal du bruge det nye SIM-kort.", locale: "da"),
            .triggering("⟦Som jeg allerede har sagt⟧, skal kortet i telefonen. ⟦Slap af⟧.", locale: "da"),
            .nonTriggering("Lyser den grønne lampe, eller ikke?", locale: "da"),
            .nonTriggering("Det forstår jeg godt, du gider ikke vente mere.", locale: "da"),
            .nonTriggering("Det nye SIM-kort skal i skuffen på siden af telefonen.", locale: "da"),
            .nonTriggering("Lad os tage det sammen, et trin ad gangen.", locale: "da"),
            .nonTriggering(
                "Vi tager din henvendelse seriøst, og jeg ringer til dig i morgen med et svar.", locale: "da"),
        ]
    )

    /// Fifteen points per condescending phrase, forty-five at most.
    public func evaluate(_ reply: ReplyContext) -> [Finding] {
        definition.findings(
            for: .condescension, in: reply, schedule: .each(-15, cap: 45), includingNegated: true,
            message: { "This talks down to the customer: “\($0)”." },
            advice: { _ in "Drop it. Explain the step as if for the first time, patiently, with no comment on the customer." })
    }
}
