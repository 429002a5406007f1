/// A criterion's feedback in one language: what was observed (with `{evidence}` for the quoted words) and the advice.
public struct FeedbackText: Sendable, Hashable {
    /// What was observed; `{evidence}` stands for the quoted words of the reply.
    public var message: String
    /// What to do better, or keep doing.
    public var advice: String

    /// Creates feedback text.
    public init(message: String, advice: String) {
        self.message = message
        self.advice = advice
    }

    /// The feedback for a finding: the key `"<criterion>+"` for findings that earn points, `"<criterion>-"` for ones
    /// that cost points, else `"<criterion>"`; nil when the table has none.
    public static func lookup(_ table: [String: FeedbackText], for finding: Finding) -> FeedbackText? {
        let sign = finding.points > 0 ? "+" : finding.points < 0 ? "-" : "0"
        return table[finding.criterion + sign] ?? table[finding.criterion]
    }
}
