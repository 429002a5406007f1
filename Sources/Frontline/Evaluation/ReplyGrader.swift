import Foundation

/// Grades replies: analyses the text in the right language, runs every criterion and builds the scorecard.
public struct ReplyGrader: Sendable {
    /// The criteria this grader runs.
    public let criteria: [any Criterion]

    /// Creates a grader that runs `criteria` (all shipped criteria by default).
    public init(criteria: [any Criterion] = Criteria.all) {
        self.criteria = criteria
    }

    /// Grades one reply, with the customer's message as context and an optional language code.
    ///
    /// With no language given, the reply's language is detected; an unknown code is an error the caller reports.
    public func grade(reply: String, customer: String? = nil, locale: String? = nil) throws(LocaleError) -> Scorecard {
        let choice = try LanguageDetector.choose(locale: locale, for: reply, customer: customer)
        let context = ReplyContext(reply: reply, customer: customer, language: choice.pack)
        return grade(context, localeSource: choice.source)
    }

    /// Grades a prepared reply.
    public func grade(_ context: ReplyContext, localeSource: String = "given") -> Scorecard {
        var findings: [Finding] = []
        for criterion in criteria {
            findings.append(contentsOf: criterion.evaluate(context))
        }
        let feedback = context.language.feedback
        if !feedback.isEmpty {
            // Trainees read the feedback in the language of the call.
            for index in findings.indices {
                guard let text = FeedbackText.lookup(feedback, for: findings[index]) else { continue }
                findings[index].message = text.message.replacingOccurrences(of: "{evidence}", with: findings[index].evidence)
                findings[index].advice = text.advice
            }
        }
        return Scorecard(findings: findings, locale: context.language.code, localeSource: localeSource)
    }
}
