/// The registry of every criterion Frontline grades with, in the order reports list them.
public enum Criteria {
    /// Every shipped criterion.
    public static let all: [any Criterion] = [
        // Empathy
        AcknowledgesFeeling(), ReflectsSituation(), StockSympathy(), HollowSympathy(), WarmTone(),
        ExploresSituation(), OffersReassurance(), PersonalCommitment(), TalksDown(), BlamesCustomer(),
        JudgesMotives(), LecturesCustomer(), Sarcasm(), Dismissive(), HidesBehindPolicy(), IgnoresDistress(),
        BluntDirectives(),
        RudeLanguage(), Shouting(), RespectfulAddress(),
        // Clarity
        ReadingLevel(), LongSentences(), UnexplainedJargon(), UnexplainedAcronyms(), OrderedSteps(),
        CrammedSteps(), TooManyQuestions(), VagueWording(), Rambling(), FillerWords(), Officialese(), RepeatedApologies(),
        SaysWhatHappensNext(),
        // Resolution
        ConcreteNextStep(), NoNextStep(), TakesOwnership(), PassesTheBuck(), GivesTimeframe(), ChecksOutcome(),
        AnswersTheQuestion(), IgnoresTheQuestion(), RefusalWithoutAlternative(), RefusesWithAlternative(),
        DisclosesPrivateNumber(),
        // All dimensions
        EmptyReply(),
    ]

    /// The criterion with an id, or nil.
    public static func named(_ id: String) -> (any Criterion)? {
        all.first { $0.definition.id == id }
    }
}
