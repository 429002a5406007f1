/// An exercise's metadata (`.meta/config.json`): what it grades, its pass marks, and its anti-solutions.
public struct ExerciseSpec: Codable, Hashable, Sendable {
    /// The folder name and id, e.g. "03-own-the-resolution".
    public var id: String
    /// The title shown to trainees.
    public var title: String
    /// The curriculum module the exercise belongs to.
    public var module: String
    /// What the trainee writes.
    public var kind: Kind
    /// The language of the exercise.
    public var locale: String
    /// The catalog scenario the customer comes from.
    public var scenario: String
    /// Seeds of the customer variants the answer is graded on (a fixed string cannot fit them all).
    public var seeds: [UInt64]
    /// The score each dimension must reach.
    public var passMarks: [String: Int]
    /// Persona details (slot names) the reply must use, e.g. ["name"].
    public var mustMention: [String]
    /// Criteria that must fire in the trainee's favour (a custom rubric), e.g. ["acknowledges-feeling"].
    public var requiredCriteria: [String]
    /// Criteria that must not cost points, e.g. ["talks-down"].
    public var forbiddenCriteria: [String]
    /// Actions the reply must take (for replies with actions).
    public var requiredActions: [ActionKind]
    /// The file the trainee edits, relative to the exercise folder.
    public var workFile: String
    /// The reference solution's file, relative to the exercise folder.
    public var referenceFile: String
    /// The flawed answers and the dimension each must fail on.
    public var antiSolutions: [AntiSolution]
    /// How long the exercise takes, in minutes.
    public var minutes: Int
    /// Checks written for this exercise alone ("says where the new card is"); absent in most metadata.
    public var customChecks: [CustomCheck]?

    /// Creates exercise metadata.
    public init(
        id: String, title: String, module: String, kind: Kind, locale: String, scenario: String, seeds: [UInt64],
        passMarks: [String: Int], mustMention: [String], requiredCriteria: [String], forbiddenCriteria: [String],
        requiredActions: [ActionKind], workFile: String, referenceFile: String, antiSolutions: [AntiSolution], minutes: Int
    ) {
        self.id = id
        self.title = title
        self.module = module
        self.kind = kind
        self.locale = locale
        self.scenario = scenario
        self.seeds = seeds
        self.passMarks = passMarks
        self.mustMention = mustMention
        self.requiredCriteria = requiredCriteria
        self.forbiddenCriteria = forbiddenCriteria
        self.requiredActions = requiredActions
        self.workFile = workFile
        self.referenceFile = referenceFile
        self.antiSolutions = antiSolutions
        self.minutes = minutes
    }

    /// What a trainee writes for an exercise.
    public enum Kind: String, Codable, Hashable, Sendable, CaseIterable {
        /// One reply in words.
        case reply
        /// One reply with actions.
        case actionReply = "action-reply"
        /// A whole agent for a simulated call.
        case conversation
    }

    /// A flawed answer kept with the exercise, and the dimension it must fail on.
    public struct AntiSolution: Codable, Hashable, Sendable {
        /// Its name in the registry, e.g. "cold".
        public var name: String
        /// Its file, relative to the exercise folder.
        public var file: String
        /// The dimension it must fail on.
        public var failsOn: ScoreDimension
        /// What is wrong with it, in plain words.
        public var flaw: String

        /// Creates an anti-solution entry.
        public init(name: String, file: String, failsOn: ScoreDimension, flaw: String) {
            self.name = name
            self.file = file
            self.failsOn = failsOn
            self.flaw = flaw
        }
    }

    /// A check written for one exercise: one sentence of the answer must hold a word from every group of stems.
    public struct CustomCheck: Codable, Hashable, Sendable {
        /// A stable id, e.g. "mentions-envelope".
        public var id: String
        /// The dimension a failure counts against.
        public var dimension: ScoreDimension
        /// What is checked, in plain words.
        public var description: String
        /// Groups of word stems; one sentence must hold a word starting with a stem of every group.
        public var mustSay: [[String]]
        /// What to do when the check fails.
        public var advice: String

        /// Creates a custom check.
        public init(id: String, dimension: ScoreDimension, description: String, mustSay: [[String]], advice: String) {
            self.id = id
            self.dimension = dimension
            self.description = description
            self.mustSay = mustSay
            self.advice = advice
        }
    }

    /// The pass mark of a dimension (0 when none is set).
    public func passMark(_ dimension: ScoreDimension) -> Int { passMarks[dimension.rawValue] ?? 0 }

    /// The dimensions the exercise focuses on: those with the highest pass marks.
    public var focus: [ScoreDimension] {
        let top = ScoreDimension.allCases.map(passMark).max() ?? 0
        return ScoreDimension.allCases.filter { passMark($0) == top }
    }
}
