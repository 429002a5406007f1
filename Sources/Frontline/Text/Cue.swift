/// A kind of phrase that criteria look for; every language pack lists its own words for each cue.
public enum Cue: String, CaseIterable, Codable, Sendable {
    /// The cue's position in `allCases`, for array-indexed tables.
    ///
    /// A payload-free enum is stored as its case's position in declaration order, which is also `allCases` order.
    @inline(__always)
    public var ordinal: Int { Int(withUnsafeBytes(of: self) { $0[0] }) }

    /// Every cue in ordinal order, built once (the synthesised `allCases` builds a new array on every call).
    static let byOrdinal: [Cue] = allCases

    /// The number of cues, the size of ordinal-indexed tables.
    static let count = byOrdinal.count

    /// Cues that put the customer down; a feeling named or a question asked beside one is not empathy.
    public static let putDowns: [Cue] = [.condescension, .blame, .sarcasm, .dismissal, .motiveJudgement, .profanity]

    /// Stock apologies: "I'm sorry", "we apologise".
    case apology
    /// Stock claims of understanding: "I understand", "I hear you".
    case statedUnderstanding
    /// Words that name a feeling or a hard situation: "frustrating", "worrying", "scary".
    case feelingWord
    /// Words that tell the customer not to feel something: "don't feel", "stop", "no point being".
    case feelingDismissal
    /// Frames that reflect a feeling back: "that sounds", "that must be", "I can imagine".
    case reflectionFrame
    /// Courtesy and warmth: "please", "thank you", "glad", "happy to help".
    case warmth
    /// Reassurance: "you're in good hands", "we'll sort this out", "you did the right thing".
    case reassurance
    /// First-person commitments that open an action to come: "I'll", "let me", "I'm going to".
    case commitment
    /// Reports of an action done or under way: "I've just", "has been", "is being".
    case completion
    /// Verbs an agent acts with: order, book, send, call, refund, block.
    case agentAction
    /// Verbs that open a step the customer is asked to take: switch, put, tap, restart.
    case stepVerb
    /// Words that order steps: first, then, next, after that.
    case sequenceMarker
    /// Questions that explore the customer's situation: "are you safe", "can you tell me".
    case exploringQuestion
    /// Advice put as a question: "have you tried restarting it?", "why don't you just…?"; it does not explore.
    case adviceQuestion
    /// Words that point advice at a later time: "next time", "in future", "for future reference".
    case nextTime
    /// Words that give advice: "worth", "make sure", "remember to", "you should".
    case adviceWord
    /// What the customer can expect to have by now, which reads like blame but is not: "you should have received".
    case expectation
    /// Talking down: "obviously", "as I already said", "calm down", "everyone else manages".
    case condescension
    /// Blame: "you should have", "your fault", "you forgot".
    case blame
    /// Judging motives: "you just want", "people like you".
    case motiveJudgement
    /// Sarcasm: "good luck with that", "congratulations", "nice try".
    case sarcasm
    /// Dismissal: "not a big deal", "not our problem", "whatever".
    case dismissal
    /// Defending the company with its rules: "set out in our terms", "the charge was applied correctly".
    case policyDefence
    /// Work that changes nothing for the customer: "I've made a note", "your feedback has been passed on".
    case emptyGesture
    /// Blunt directives that leave no room: "you need to", "you must".
    case bluntDirective
    /// Hedges that make instructions vague: "maybe", "somewhere", "it depends".
    case hedge
    /// Filler that adds words but no meaning: "basically", "at the end of the day".
    case filler
    /// Stiff official wording with a plain equivalent: "ascertain", "prior to", "in the event that".
    case officialese
    /// Technical terms a non-technical customer is unlikely to know.
    case jargon
    /// Words that explain a term in plain words: "which means", "that is", "in other words".
    case explanation
    /// Passing the customer elsewhere: "another department", "send an email", "call back later".
    case bucketPassing
    /// Refusals: "I can't", "not possible", "unable to".
    case refusal
    /// Offers of an alternative after a refusal: "but I can", "instead", "what I can do".
    case alternative
    /// Checking the outcome or offering follow-up: "let me know", "does that work", "I'll call you back".
    case followUp
    /// When something will happen: "10 minutes", "within the hour", "today", "right now".
    case timeframe
    /// Rude or profane words.
    case profanity
    /// A customer's words of distress that name no single feeling: "I'm fed up", "I don't know what to do".
    case distressStatement
    /// Respectful forms of address: "sir", "madam"; in Polish "Pan", "Pani", "Państwo".
    case formalAddress
    /// Over-familiar or informal address where respect is expected: "mate", "dude"; in Polish "ty", "twój".
    case informalAddress
    /// A customer asking for someone else's phone number: "the driver's number", Polish "numer kierowcy".
    case numberRequest
    /// A company's or service's own line, whose number anyone may be given: "our helpline", "the taxi firm".
    case serviceLine
    /// A lead that points something out rather than asking for a step: "note that", "please note", Polish "informuję
    /// Pana".
    case notice
}
