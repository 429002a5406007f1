/// A criterion's feedback in one language: what was observed (with `{evidence}` for the quoted words) and the advice.
public struct FeedbackText: Sendable, Hashable {
    /// What was observed; `{evidence}` stands for the quoted words of the reply, and a criterion may fill in more
    /// (`{plain}` for the plain word to use).
    public var message: String
    /// What to do better, or keep doing, with the same placeholders.
    public var advice: String

    /// Creates feedback text.
    public init(message: String, advice: String) {
        self.message = message
        self.advice = advice
    }

    /// The feedback for a criterion's finding, or nil when the table has none.
    ///
    /// It is looked up under `"<criterion>.<variant>"` when a variant is named (a kind of finding with words of its
    /// own, such as an acknowledgement taken back), else under `"<criterion>"`; each key with `+` for findings that
    /// earn points or `-` for ones that cost points first.
    public static func lookup(
        _ table: [String: FeedbackText], criterion: String, variant: String? = nil, points: Int
    ) -> FeedbackText? {
        let sign = points > 0 ? "+" : points < 0 ? "-" : "0"
        if let variant {
            let key = criterion + "." + variant
            if let text = table[key + sign] ?? table[key] { return text }
        }
        return table[criterion + sign] ?? table[criterion]
    }
}
