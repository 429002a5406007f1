/// A customer the trainee talks to: who they are, what happened, what they know and hide, and how they behave.
///
/// Text fields may hold `{slot}` placeholders; each run picks the slot values from a seed, so a trainee
/// cannot hard-code one answer:
///
/// ```swift
/// Persona(
///     id: "stranded-driver", name: "{name}", locale: "en",
///     situation: "{name}'s car broke down on the motorway at −20 °C; the phone is at {battery} %.",
///     reason: "Needs to get somewhere warm before the battery dies.",
///     mood: .frightened, literacy: .medium, urgency: .critical, sensitivities: [.safety],
///     voice: "Short sentences, teeth chattering, keeps mentioning the battery.",
///     slots: ["name": ["Tomasz", "Jonas", "Piotr"], "battery": ["3", "4", "2"]])
/// ```
public struct Persona: Codable, Hashable, Sendable {
    /// A stable kebab-case id.
    public var id: String
    /// The customer's name, often a `{name}` slot.
    public var name: String
    /// The language the customer speaks ("en", "pl", "da").
    public var locale: String
    /// What has happened to them.
    public var situation: String
    /// Why they are calling.
    public var reason: String
    /// Things the customer knows and will say if asked.
    public var knows: [String]
    /// How the customer feels at the start of the call.
    public var mood: Mood
    /// How well the customer follows technical talk.
    public var literacy: TechnicalLiteracy
    /// How urgent the call is.
    public var urgency: Urgency
    /// What must be handled with special care.
    public var sensitivities: [Sensitivity]
    /// How the customer talks, for people playing or reading the persona.
    public var voice: String
    /// How many unhelpful turns the customer puts up with before hanging up.
    public var patience: Int
    /// Values for `{slot}` placeholders; a seed picks one of each.
    public var slots: [String: [String]]

    /// Creates a persona.
    public init(
        id: String, name: String, locale: String = "en", situation: String, reason: String, knows: [String] = [],
        mood: Mood, literacy: TechnicalLiteracy, urgency: Urgency, sensitivities: [Sensitivity] = [], voice: String,
        patience: Int = 4, slots: [String: [String]] = [:]
    ) {
        self.id = id
        self.name = name
        self.locale = locale
        self.situation = situation
        self.reason = reason
        self.knows = knows
        self.mood = mood
        self.literacy = literacy
        self.urgency = urgency
        self.sensitivities = sensitivities
        self.voice = voice
        self.patience = patience
        self.slots = slots
    }

    /// The slot values a seed picks: the same seed always picks the same values.
    public func slotValues(seed: UInt64) -> [String: String] {
        var values: [String: String] = [:]
        for key in slots.keys.sorted() {
            guard let options = slots[key], !options.isEmpty else { continue }
            // Each slot draws from its own stream (seed mixed with a stable hash of its name), so slots vary independently.
            var random = SeededRandom(seed: seed ^ Persona.stableHash(key))
            values[key] = options[Int(random.next() % UInt64(options.count))]
        }
        return values
    }

    /// FNV-1a over UTF-8: the same on every machine and every run, unlike `Hasher`.
    static func stableHash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }
}

/// How a customer feels; calls move it up (calmer) or down.
public enum Mood: String, Codable, CaseIterable, Sendable, Comparable {
    /// Furious: shouting, close to hanging up.
    case furious
    /// Frightened: in danger or panic.
    case frightened
    /// Angry: annoyed and short.
    case angry
    /// Worried: anxious but cooperative.
    case worried
    /// Calm: listening and cooperative.
    case calm
    /// Relieved: the problem is being solved.
    case relieved

    /// The mood as a level from 0 (furious) to 100 (relieved), the scale the simulator moves along.
    public var level: Int {
        switch self {
        case .furious: return 5
        case .frightened: return 20
        case .angry: return 30
        case .worried: return 45
        case .calm: return 70
        case .relieved: return 90
        }
    }

    /// The mood a level stands for, keeping the starting fear or anger's flavour at low levels.
    public static func at(level: Int, startingFrom start: Mood) -> Mood {
        switch level {
        case ..<15: return start == .frightened ? .frightened : .furious
        case ..<35: return start == .frightened ? .frightened : .angry
        case ..<55: return .worried
        case ..<80: return .calm
        default: return .relieved
        }
    }

    /// Orders moods from furious to relieved.
    public static func < (lhs: Mood, rhs: Mood) -> Bool { lhs.level < rhs.level }
}

/// How well a customer follows technical talk.
public enum TechnicalLiteracy: String, Codable, CaseIterable, Sendable {
    /// Jargon confuses them; plain words only.
    case low
    /// Everyday terms are fine; telecom jargon is not.
    case medium
    /// They use the terms themselves.
    case high
}

/// How urgent a call is.
public enum Urgency: String, Codable, CaseIterable, Sendable {
    /// It can wait.
    case low
    /// Today, please.
    case normal
    /// Now.
    case high
    /// Health or safety is at stake.
    case critical
}

/// What a call must handle with special care.
public enum Sensitivity: String, Codable, CaseIterable, Sendable {
    /// Someone may be in physical danger.
    case safety
    /// Someone's health is at stake.
    case health
    /// Personal data of the caller or a third party is involved.
    case privacy
    /// The caller cannot speak freely and talks in code.
    case coded
}
