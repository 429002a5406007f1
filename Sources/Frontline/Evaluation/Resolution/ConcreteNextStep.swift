/// Rewards concrete next steps: an action the agent takes or a step the customer is asked to take.
public struct ConcreteNextStep: Criterion {
    /// Creates the criterion.
    public init() {}

    /// Points for the first, second… distinct next step.
    static let schedule = PointSchedule(steps: [20, 5], cap: 30)

    /// The criterion's definition and examples.
    public let definition = CriterionDefinition(
        id: "concrete-next-step",
        name: "Concrete next step",
        dimension: .resolution,
        rationale: "A call is resolved by actions: what the agent does now, and what the customer does next.",
        examples: [
            .triggering("⟦I'll order a taxi to your exit now⟧."),
            .triggering("A technician ⟦will call you within 72 hours⟧."),
            .triggering("⟦Try standing near a window⟧."),
            .nonTriggering("Chargers can be bought in our stores. Please note that delivery times vary."),
            .nonTriggering("Note that some people reject calls from hidden numbers."),
            .nonTriggering("Thanks for letting us know. Take care."),
            .triggering("⟦Take care not to bend the new card⟧."),
            .triggering("⟦We'll replace it even though it's your own fault⟧."),
            .nonTriggering("Informuję Pana, że salon jest zamknięty.", locale: "pl"),
            .triggering("Rozumiem. ⟦Zawiadamiam policję⟧.", locale: "pl"),
            .nonTriggering("Uprzejmie informuję, że salon jest zamknięty.", locale: "pl"),
            .triggering("⟦Note that you must restart the phone afterwards⟧."),
            .nonTriggering("Bemærk, at nogle afviser opkald fra skjulte numre.", locale: "da"),
            .nonTriggering("Under data protection rules we cannot share it. Your request is declined."),
            .nonTriggering("I'll definitely pass your comments on. Hopefully your next bill looks better."),
            .triggering("Mogę przekierować połączenia. ⟦Do tego proszę włączyć tryb oszczędzania baterii⟧.", locale: "pl"),
            .nonTriggering("Rozumiem, wszystko drożeje. Przekażę Pani uwagi dalej.", locale: "pl"),
            .nonTriggering("It will depend on the weather."),
            .nonTriggering("Someone will call you back."),
            .triggering("The good news is that a technician ⟦will call you within 72 hours⟧."),
            .triggering("Here is the refund form, which ⟦I'm sending to your email now⟧."),
            .triggering("⟦Please send us the following⟧:\n- a photo of the meter\n- your account number"),
            .triggering("I've passed your feedback on and ⟦refunded the extra charge⟧."),
            .triggering("⟦I've noted the serial number⟧ and ordered a replacement phone for you."),
            .nonTriggering("Try something else."),
            .triggering("The medium ⟦is on its way by free express⟧, with you Thursday."),
            .triggering("⟦The new card is in the post — put it in as soon as it arrives⟧."),
            .nonTriggering("The engineer came on Monday — the line was fine."),
            .triggering("⟦I've raised it with billing⟧, who will review it."),
            .triggering("⟦I've put in a refund request⟧, which our payments team will review."),
            .nonTriggering("Refunds are usually processed within one billing cycle."),
            .nonTriggering("Will you send me a photo of the screen?"),
            .triggering("⟦Switch the phone off⟧. ⟦Put in the new card⟧."),
            .triggering("⟦Done, your SIM's blocked⟧."),
            .nonTriggering("You should have read the letter that came with the card."),
            .nonTriggering("I'm sorry to hear that, it sounds difficult."),
            .nonTriggering("Maybe it will come back on its own."),
            .nonTriggering("A text message is sent to every customer on arrival abroad."),
            .nonTriggering("The charge was applied correctly, as set out in our terms."),
            .nonTriggering("Once a parcel is handed to the courier it is out of our hands."),
            .nonTriggering("You'll have to contact the police first, and then we'll look at it."),
            .triggering("⟦I've cancelled the card⟧, so there's no need to contact another team."),
            .triggering("⟦Reset the network settings, and if that doesn't help, visit one of our stores⟧."),
            .nonTriggering("You'll need to contact your bank about the payment."),
            .triggering("⟦If you're in danger, hang up and dial 999⟧."),
            .nonTriggering("If you like, we could look at it another day."),
            .nonTriggering("I've made a note on your account and passed your feedback on to our network team."),
            .nonTriggering("Your request has been received and passed to the relevant department."),
            .nonTriggering("Hit-and-run damage is covered under comprehensive policies, subject to your excess."),
            .triggering("Zaraz zamówię taksówkę pod Pana wyjście.", locale: "pl"),
            .triggering("1. ⟦Wyłączyć telefon⟧\n2. ⟦Włożyć nową kartę⟧", locale: "pl"),
            .nonTriggering("Bardzo mi przykro to słyszeć, to brzmi naprawdę trudno.", locale: "pl"),
            .nonTriggering("Może zasięg wróci za jakiś czas.", locale: "pl"),
            .nonTriggering("Zgłoszenie zostało przyjęte i przekazane do odpowiedniego działu.", locale: "pl"),
            .triggering("⟦Karta jest już w drodze — proszę ją włożyć, gdy dotrze⟧.", locale: "pl"),
            .triggering("⟦Przyniosę Panu ładowarkę do pokoju w ciągu 10 minut⟧.", locale: "pl"),
            .triggering("⟦Warto od razu zablokować kartę SIM⟧.", locale: "pl"),
            .triggering("⟦Jeśli telefon nadal nie działa, proszę wyłączyć go na minutę⟧.", locale: "pl"),
            .nonTriggering("Za zasięg w metrze odpowiada przewoźnik. Proszę napisać do nich maila.", locale: "pl"),
            .triggering("⟦Jeg bestiller en taxa til din udgang nu⟧.", locale: "da"),
            .triggering("⟦Sluk telefonen⟧. ⟦Sæt det nye kort i⟧.", locale: "da"),
            .triggering("⟦Hvis det stadig ikke virker, så genstart telefonen⟧.", locale: "da"),
            .nonTriggering("Det er jeg virkelig ked af at høre, det lyder svært.", locale: "da"),
            .nonTriggering("Måske kommer det tilbage af sig selv.", locale: "da"),
            .nonTriggering("Din henvendelse er modtaget og videresendt til den relevante afdeling.", locale: "da"),
            .triggering("⟦Billetten er knyttet til dit nummer, så giv nummeret til togpersonalet⟧.", locale: "da"),
            .nonTriggering("Metroselskabet står for dækningen. Du må skrive til dem, vi har ikke noget med det at gøre.", locale: "da"),
            .triggering(
                "⟦Prøv at nulstille netværksindstillingerne, og hvis det ikke hjælper, kan du tage forbi en af vores butikker⟧.",
                locale: "da"),
        ]
    )

    /// One finding per agent action or customer step, in text order, twenty for the first and five for later ones.
    public func evaluate(_ reply: ReplyContext) -> [Finding] {
        let text = reply.reply
        let steps = reply.nextStepSentences.map { text.wordSpan(ofSentence: $0) }
        return definition.findings(
            at: (reply.nextStepCommitments + steps).sorted(), in: reply, schedule: ConcreteNextStep.schedule,
            message: { "A concrete next step: “\($0)”." },
            advice: "Good: name the action and who does it; add when it will happen.")
    }
}
