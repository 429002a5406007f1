import Dispatch

/// Everything Frontline knows about one language: how to fold and split it, its negations, its readability formula and its cue phrases.
///
/// Adding a language means writing one of these values; the criteria read cues, never words.
public final class LanguagePack: Sendable {
    /// The language code used in JSON and on the command line, e.g. "en".
    public let code: String
    /// The language's name in English, e.g. "English".
    public let name: String
    /// How tokens are folded for matching.
    public let folding: TextFolding
    /// Words that negate what follows in the same clause ("not", "never").
    public let negators: Set<String>
    /// Words that end a negation's reach ("but").
    public let clauseBreakers: Set<String>
    /// Abbreviations whose full stop does not end a sentence, folded and without the stop ("e.g", "approx").
    public let abbreviations: Set<String>
    /// Very common words that say nothing about the topic; left out when comparing a reply with the customer's words.
    public let stopwords: Set<String>
    /// Words that open a question even when no question mark follows.
    public let questionOpeners: Set<String>
    /// Common acronyms a non-technical customer knows (SIM, SMS, PIN), folded.
    public let everydayAcronyms: Set<String>
    /// Letters that mark text as this language (Polish ł, ę; Danish ø, å), lower case.
    public let distinctiveLetters: Set<Unicode.Scalar>
    /// Word stems shared by a word family are at most this many letters long when details are compared.
    public let stemLength: Int
    /// Endings stripped before stems are compared, longest first ("porting" and "ported" share "port").
    public let suffixes: [String]
    /// The endings as UTF-8 bytes, longest first.
    private let suffixBytes: [[UInt8]]
    /// How syllables are counted.
    public let syllables: SyllableRule
    /// The readability formula for this language.
    public let readability: ReadabilityFormula
    /// The phrases for each cue, as written.
    public let cues: [Cue: [String]]
    /// Endings that mark a first-person verb ("zamówię", "wysłałem"), checked on the lower-cased original spelling:
    /// an action verb with one is a commitment by itself.
    public let firstPersonEndings: [String]
    /// Endings of a past form ("refunded"; Polish "wysłany"; Danish "sendt"), for reports of work done.
    public let pastEndings: [String]
    /// Subject pronouns that follow the verb in inverted word order (Danish "derefter ringer jeg").
    public let invertedSubjects: Set<String>
    /// Words that may stand before a step verb without changing that the sentence is a step (Polish "proszę").
    public let stepOpeners: Set<String>
    /// How many words before a negator it also negates, where negation follows the verb (Danish "jeg forstår ikke").
    public let negationReachesBack: Int
    /// Words that address the customer ("you", Polish "Pan", Danish "du"), for telling a restatement of their situation.
    public let secondPerson: Set<String>
    /// Feedback in this language for each criterion, replacing the English message and advice; empty for English.
    public let feedback: [String: FeedbackText]
    /// Words that may stand between a commitment and its verb (Danish "jeg vil *lige* ringe").
    public let commitmentSkips: Set<String>
    /// Words that join steps in one sentence ("and"; Polish "i"; Danish "og").
    public let stepJoiners: Set<String>
    /// Words after "I'll" that are not an action ("be", "imagine"); when empty, only known action verbs count.
    public let nonActionWords: Set<String>
    /// True where customers expect formal address (Polish Pan/Pani), so a reply without it is a finding.
    public let expectsFormalAddress: Bool
    /// Words that, just before a feeling word, make it name a feeling ("*is* frightening", "*your* worry") rather than a
    /// thing ("chest pains get checked"); when empty, every feeling word counts.
    public let feelingLicensors: Set<String>
    /// First-person words ("I", "we"; Danish "jeg", "vi"), for telling "I've refunded it" from "it has been refunded".
    public let firstPerson: Set<String>
    /// Question words that need more than yes or no ("what", "where"), for spotting open questions.
    public let openQuestionWords: Set<String>
    /// Words that open a condition a step may follow after its comma ("if", Polish "jeśli", Danish "hvis").
    public let conditionalOpeners: Set<String>
    /// Words that join a second question onto a first in one sentence ("Are you hurt, *and* is he there?"); "or" is not
    /// one, since "Is it red, or is it blue?" offers choices the customer answers at once.
    public let questionJoiners: Set<String>
    /// Words that open a question on their own after a joining word (Polish "i *czy*"), needing no subject after.
    public let questionParticles: Set<String>
    /// Subject words besides "you" and "I" that may follow a question word ("is *he*", "er *han*").
    public let subjectPronouns: Set<String>
    /// Subject words that may follow only a form of "to be" when it asks again ("and is *the* door locked?", Danish
    /// "og er *det* ..."), since after other verbs they start an object ("and have *the* parcel sent").
    public let copulaSubjects: Set<String>
    /// Words that open a supposition rather than a time ("if", not "when"): a feeling inside one is supposed, not
    /// acknowledged ("*If* you're in danger, say yes").
    public let hypotheticalOpeners: Set<String>
    /// Official wording and the plain words to say instead ("ascertain" → "find out"), keyed by folded phrase; the
    /// phrases are the officialese cue's.
    public let plainWords: [String: String]
    /// Determiners and pronouns that make a subject this customer's thing ("*your* card is blocked") rather than a
    /// rule about things in general ("damage is covered"); when empty, reports are not checked for them.
    public let specificSubjects: Set<String>
    /// Present forms of "to be" that state a rule when their subject is general ("damage *is* covered").
    public let presentCopulas: Set<String>
    /// Words that make a present passive a habit rather than work done ("a text is sent to *every* customer", "slots
    /// are released *each* morning"); when empty, reports are not checked for them.
    public let habitualWords: Set<String>
    /// First-person possessives ("my", "our"): first person, but not the subject of a feeling ("my cold tap").
    public let possessives: Set<String>
    /// First-person subjects whose feeling is the writer's own ("I", "we"; Danish "jeg"), not the reader's.
    public let feelingSubjects: Set<String>
    /// Words that may stand between such a subject and its feeling besides the licensors ("am", "a bit", "too").
    public let intensifiers: Set<String>
    /// Words that answer a yes-or-no question outright ("yes", "no"): a reply opening with one takes the question up.
    public let answerWords: Set<String>
    /// The compiled cue phrases.
    public let lexicon: Lexicon
    /// Each cue's phrases, folded, for membership tests of single words.
    private let foldedPhrases: [Set<String>]
    /// Everything the pack knows per folded word, looked up once per token.
    let wordTable: [String: WordInfo]
    /// The same table laid out for the tokenizer's byte-level lookups.
    let tokenTable: WordTable<WordInfo>

    /// Creates a language pack and compiles its lexicon.
    public init(
        code: String, name: String, folding: TextFolding, negators: Set<String>, clauseBreakers: Set<String>,
        abbreviations: Set<String>, stopwords: Set<String>, questionOpeners: Set<String>,
        everydayAcronyms: Set<String>, distinctiveLetters: Set<Unicode.Scalar> = [], stemLength: Int,
        suffixes: [String], syllables: SyllableRule, readability: ReadabilityFormula,
        cues: [Cue: [String]], openQuestionWords: Set<String> = [], expectsFormalAddress: Bool = false,
        firstPersonEndings: [String] = [], nonActionWords: Set<String> = [], pastEndings: [String] = ["ed"],
        invertedSubjects: Set<String> = [], stepOpeners: Set<String> = [], stepJoiners: Set<String> = ["and", "then"],
        negationReachesBack: Int = 0, feedback: [String: FeedbackText] = [:],
        secondPerson: Set<String> = ["you", "your", "you're", "you've", "yours", "yourself"],
        commitmentSkips: Set<String> = [], feelingLicensors: Set<String> = [],
        firstPerson: Set<String> = [
            "i", "i'm", "i've", "i'll", "i'd", "we", "we're", "we've", "we'll", "we'd", "me", "let", "my", "our",
        ],
        conditionalOpeners: Set<String> = ["if", "when", "whenever", "once", "unless", "until", "while"],
        hypotheticalOpeners: Set<String> = ["if", "unless"], questionJoiners: Set<String> = ["and"],
        questionParticles: Set<String> = [],
        subjectPronouns: Set<String> = [
            "he", "she", "they", "anyone", "anybody", "someone", "somebody", "everyone", "there",
        ],
        copulaSubjects: Set<String> = ["the", "this", "that", "it"],
        specificSubjects: Set<String> = [], presentCopulas: Set<String> = ["is", "are"],
        habitualWords: Set<String> = [], answerWords: Set<String> = [], possessives: Set<String> = ["my", "our"],
        feelingSubjects: Set<String> = ["i", "i'm", "im", "i've", "we", "we're", "we've"],
        intensifiers: Set<String> = [
            "am", "a", "bit", "little", "too", "also", "just", "pretty", "absolutely", "completely", "totally",
            "extremely", "still", "now", "getting", "honestly", "kind", "sort", "of", "genuinely", "seriously",
            "utterly",
        ],
        plainWords: [String: String] = [:]
    ) {
        self.code = code
        self.name = name
        self.folding = folding
        self.negators = Set(negators.map(folding.fold))
        self.clauseBreakers = Set(clauseBreakers.map(folding.fold))
        self.abbreviations = Set(abbreviations.map(folding.fold))
        self.stopwords = Set(stopwords.map(folding.fold))
        self.questionOpeners = Set(questionOpeners.map(folding.fold))
        self.everydayAcronyms = Set(everydayAcronyms.map(folding.fold))
        self.distinctiveLetters = distinctiveLetters
        self.stemLength = stemLength
        self.suffixes = suffixes.map(folding.fold).sorted { $0.unicodeScalars.count > $1.unicodeScalars.count }
        self.suffixBytes = self.suffixes.map { Array($0.utf8) }
        self.syllables = syllables
        self.readability = readability
        // Official wording is listed with its plain alternative; its phrases are the officialese cue.
        var cues = cues
        cues[.officialese, default: []] += plainWords.keys.sorted()
        self.cues = cues
        self.plainWords = Dictionary(uniqueKeysWithValues: plainWords.map { (folding.fold($0.key), $0.value) })
        self.openQuestionWords = Set(openQuestionWords.map(folding.fold))
        self.expectsFormalAddress = expectsFormalAddress
        self.firstPersonEndings = firstPersonEndings.map { $0.lowercased() }
        self.pastEndings = pastEndings.map(folding.fold)
        self.invertedSubjects = Set(invertedSubjects.map(folding.fold))
        self.stepOpeners = Set(stepOpeners.map(folding.fold))
        self.stepJoiners = Set(stepJoiners.map(folding.fold))
        self.negationReachesBack = negationReachesBack
        self.feedback = feedback
        self.secondPerson = Set(secondPerson.map(folding.fold))
        self.commitmentSkips = Set(commitmentSkips.map(folding.fold))
        self.nonActionWords = Set(nonActionWords.map(folding.fold))
        self.feelingLicensors = Set(feelingLicensors.map(folding.fold))
        self.firstPerson = Set(firstPerson.map(folding.fold))
        self.conditionalOpeners = Set(conditionalOpeners.map(folding.fold))
        self.hypotheticalOpeners = Set(hypotheticalOpeners.map(folding.fold))
        self.questionJoiners = Set(questionJoiners.map(folding.fold))
        self.questionParticles = Set(questionParticles.map(folding.fold))
        self.subjectPronouns = Set(subjectPronouns.map(folding.fold))
        self.copulaSubjects = Set(copulaSubjects.map(folding.fold))
        self.specificSubjects = Set(specificSubjects.map(folding.fold))
        self.presentCopulas = Set(presentCopulas.map(folding.fold))
        self.habitualWords = Set(habitualWords.map(folding.fold))
        self.answerWords = Set(answerWords.map(folding.fold))
        self.possessives = Set(possessives.map(folding.fold))
        self.feelingSubjects = Set(feelingSubjects.map(folding.fold))
        self.intensifiers = Set(intensifiers.map(folding.fold))
        self.lexicon = Lexicon(cues, folding: folding)
        // A sentence anchor ("^seriously") is lexicon syntax, not part of the words.
        let foldedPhrases = Cue.allCases.map { cue in
            Set((cues[cue] ?? []).map { folding.fold($0.hasPrefix("^") ? String($0.dropFirst()) : $0) })
        }
        self.foldedPhrases = foldedPhrases
        self.wordTable = LanguagePack.wordTable(
            sets: [
                (.negator, self.negators), (.clauseBreaker, self.clauseBreakers), (.abbreviation, self.abbreviations),
                (.stopword, self.stopwords), (.questionOpener, self.questionOpeners), (.secondPerson, self.secondPerson),
                (.commitmentSkip, self.commitmentSkips.union(ReplyContext.adverbs)), (.stepJoiner, self.stepJoiners),
                (.nonAction, self.nonActionWords), (.everydayAcronym, self.everydayAcronyms),
                (.stepOpener, ReplyContext.stepOpeners.union(self.stepOpeners).union(foldedPhrases[Cue.sequenceMarker.ordinal])),
                (.stepVerb, foldedPhrases[Cue.stepVerb.ordinal]), (.clauseEnder, ReplyContext.clauseEnders),
                (.feelingLicensor, self.feelingLicensors), (.firstPerson, self.firstPerson),
                (.conditionalOpener, self.conditionalOpeners),
            ],
            lexicon: lexicon)
        self.tokenTable = WordTable(wordTable)
    }



    /// The stem a folded word is compared by: endings stripped while any is left (keeping three letters), then at most
    /// `stemLength` letters.
    public func stem(_ word: String) -> String {
        var word = word
        return word.withUTF8 { bytes in
            // Scalars start at every byte that is not a UTF-8 continuation byte.
            var scalars = 0
            for byte in bytes where byte & 0xC0 != 0x80 { scalars += 1 }
            var end = bytes.count
            // An ending may stand under another ("cover-ed"), so endings are stripped until none is left (each pass
            // takes at least one letter and keeps three): "covered" and "cover" then share a stem, as do "processes"
            // and "process".
            while true {
                var stripped = false
                for suffix in suffixBytes {
                    guard !suffix.isEmpty, suffix.count < end, bytes[(end - suffix.count)..<end].elementsEqual(suffix)
                    else { continue }
                    var remaining = 0
                    for byte in bytes[..<(end - suffix.count)] where byte & 0xC0 != 0x80 { remaining += 1 }
                    if remaining >= 3 {
                        end -= suffix.count
                        scalars = remaining
                        stripped = true
                        break
                    }
                }
                if !stripped { break }
            }
            if scalars > stemLength {
                var kept = 0
                var cut = 0
                while cut < end {
                    if bytes[cut] & 0xC0 != 0x80 {
                        if kept == stemLength { break }
                        kept += 1
                    }
                    cut += 1
                }
                end = cut
            }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<end]), as: UTF8.self)
        }
    }

    /// The cue's phrases, folded, as a set (e.g. to ask whether a word is a step verb).
    public func foldedSet(for cue: Cue) -> Set<String> { foldedPhrases[cue.ordinal] }

    /// The phrases the pack lists for a cue.
    public func phrases(for cue: Cue) -> [String] { cues[cue] ?? [] }
}

/// The language packs Frontline ships, and lookup by code.
public enum Languages {
    /// Every shipped language pack; English first, as the default.
    public static let all: [LanguagePack] = {
        // The packs are independent, so they are built side by side: start-up is shorter on more than one core.
        DispatchQueue.concurrentPerform(iterations: 3) { index in
            switch index {
            case 0: _ = polish
            case 1: _ = danish
            default: _ = english
            }
        }
        return [english, polish, danish]
    }()

    /// The default language when none is given or detected.
    public static var fallback: LanguagePack { english }

    /// The pack for a language code such as "en" or "en-GB", or nil when Frontline does not know it.
    public static func pack(for code: String) -> LanguagePack? {
        if let exact = all.first(where: { $0.code == code }) { return exact }
        let base = code.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        return all.first { $0.code == base }
    }
}
