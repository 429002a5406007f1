import Foundation

/// Grades replies: analyses the text in the right language, runs every criterion and builds the scorecard.
public struct ReplyGrader: Sendable {
    /// The criteria this grader runs.
    public let criteria: [any Criterion]
    /// Customer messages this grader analysed lately; many replies to one message analyse it once.
    public let customerMessages = CustomerMessageCache()

    /// Creates a grader that runs `criteria` (all shipped criteria by default).
    public init(criteria: [any Criterion] = Criteria.all) {
        self.criteria = criteria
    }

    /// Grades one reply, with the customer's message as context and an optional language code.
    ///
    /// With no language given, the reply's language is detected; an unknown code is an error the caller reports.
    public func grade(reply: String, customer: String? = nil, locale: String? = nil) throws(LocaleError) -> Scorecard {
        let choice = try LanguageDetector.choose(locale: locale, for: reply, customer: customer)
        let message = customer.flatMap { $0.isEmpty ? nil : customerMessages.message($0, language: choice.pack) }
        let context = ReplyContext(reply: reply, message: message, language: choice.pack)
        return grade(context, localeSource: choice.source)
    }

    /// Grades a prepared reply.
    public func grade(_ context: ReplyContext, localeSource: String = "given") -> Scorecard {
        var findings: [Finding] = []
        findings.reserveCapacity(32)
        for criterion in criteria {
            findings.append(contentsOf: criterion.evaluate(context))
        }
        return Scorecard(findings: findings, locale: context.language.code, localeSource: localeSource)
    }
}

/// Customer messages analysed lately, shared by every thread that grades with one grader.
///
/// Analysis is a pure function of the text and language, so a cached message grades exactly as a fresh one.
public final class CustomerMessageCache: @unchecked Sendable {
    /// The message's exact bytes: two spellings Swift calls equal ("å" as one scalar or two) have different spans.
    private struct Key: Hashable {
        var bytes: [UInt8]
        var language: String

        /// Hashes the bytes as one block rather than one by one.
        func hash(into hasher: inout Hasher) {
            bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
            hasher.combine(language)
        }
    }

    private let lock = NSLock()
    private var messages: [Key: CustomerMessage] = [:]
    /// How many messages are kept before the cache starts afresh.
    public let capacity: Int

    /// Creates an empty cache that keeps up to `capacity` messages.
    public init(capacity: Int = 512) {
        self.capacity = capacity
    }

    /// The analysed message, from the cache when it was analysed lately.
    public func message(_ text: String, language: LanguagePack) -> CustomerMessage {
        let key = Key(bytes: Array(text.utf8), language: language.code)
        if let cached = lock.withLock({ messages[key] }) { return cached }
        let message = CustomerMessage(text, language: language)
        lock.withLock {
            if messages.count >= capacity { messages.removeAll(keepingCapacity: true) }
            messages[key] = message
        }
        return message
    }
}
