/// Takes points when a reply offers no concrete action or step at all.
public struct NoNextStep: Criterion {
    /// Creates the criterion.
    public init() {}

    /// The criterion's definition and examples.
    public let definition = CriterionDefinition(
        id: "no-next-step",
        name: "No next step",
        dimension: .resolution,
        rationale: "However kind, a reply that leaves the customer with nothing to do and nothing done leaves the problem where it was.",
        examples: [
            .triggering("I'm so sorry, that sounds awful."),
            .triggering("It could be many things, really."),
            .nonTriggering("I'll block the card now."),
            .nonTriggering("Restart the phone, please."),
            .nonTriggering(
                "I'm sorry. Can you tell me where the car is?", customer: "My car broke down and I'm not sure where."),
            .triggering("So, is anyone actually going to look at my code or not?"),
            .nonTriggering(""),
            .triggering("You should have read the letter that came with the card."),
            .nonTriggering("Please check our website or send us an email."),
            .nonTriggering("Please check the cable, then I'll send a new router if it's faulty."),
            .triggering("Bardzo mi przykro, to brzmi okropnie.", locale: "pl"),
            .triggering("To może być wiele rzeczy, naprawdę.", locale: "pl"),
            .nonTriggering("Zaraz zablokuję kartę.", locale: "pl"),
            .nonTriggering(
                "Przepraszam. Czy może Pan powiedzieć, gdzie stoi samochód?",
                customer: "Zepsuł mi się samochód i nie wiem, gdzie jestem.", locale: "pl"),
            .nonTriggering("", locale: "pl"),
            .triggering("Powinien Pan był przeczytać list dołączony do karty.", locale: "pl"),
            .triggering("Det er jeg virkelig ked af, det lyder forfærdeligt.", locale: "da"),
            .triggering("Det kan være mange ting, ærligt talt.", locale: "da"),
            .nonTriggering("Jeg spærrer kortet nu.", locale: "da"),
            .nonTriggering("Genstart telefonen, tak.", locale: "da"),
            .nonTriggering(
                "Undskyld. Kan du fortælle mig, hvor bilen står?",
                customer: "Min bil er gået i stå, og jeg ved ikke, hvor jeg er.", locale: "da"),
            .triggering("Du skulle have læst brevet, der fulgte med kortet.", locale: "da"),
        ]
    )

    /// One finding of twenty points, pointing at nothing, when the reply has words but no next step and passes no
    /// buck (passes-the-buck takes those points).
    public func evaluate(_ reply: ReplyContext) -> [Finding] {
        // A reply that only sends the customer elsewhere loses its points under passes-the-buck, not twice.
        guard !reply.reply.isEmpty, !reply.hasNextStep, reply.reply.matches(.bucketPassing).isEmpty else { return [] }
        // A question that finds out what the fix depends on is a step too.
        guard reply.exploringQuestions.isEmpty else { return [] }
        return [
            definition.finding(
                -20, at: nil, in: reply,
                message: "No concrete next step: nothing the agent will do, nothing for the customer to do.",
                advice: "Add one action with a verb and an owner: “I'll send a new card today” or “Put in the new card now”.")
        ]
    }
}
