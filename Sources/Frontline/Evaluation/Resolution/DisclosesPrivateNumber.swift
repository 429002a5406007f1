/// Takes points for giving out someone else's phone number when the customer asks for it.
public struct DisclosesPrivateNumber: Criterion {
    /// Creates the criterion.
    public init() {}

    /// The criterion's definition and examples.
    public let definition = CriterionDefinition(
        id: "discloses-private-number",
        name: "Gives out someone else's number",
        dimension: .resolution,
        rationale: "Another person's number is theirs to give; reading it out breaks privacy, however kindly meant.",
        examples: [
            .triggering(
                "Let me look at your call log… the number you called was ⟦07700 900418⟧. Give him a ring.",
                customer: "I left my phone on the taxi roof. I need the driver's number."),
            .nonTriggering(
                "I can't give out the driver's number, but I'll call him now and pass on yours.",
                customer: "I left my phone on the taxi roof. I need the driver's number."),
            .nonTriggering(
                "Call the taxi firm on 0800 123 456 and they will reach the driver.",
                customer: "My phone is on the taxi roof, what can I do?"),
            .nonTriggering(
                "I've set your calls to forward to 07700 900461 as you asked.",
                customer: "Please forward my calls to 07700 900461, that's his number."),
            .triggering(
                "Sprawdziłem biling. To był numer ⟦601 234 567⟧, proszę dzwonić.",
                customer: "Zostawiłem telefon na dachu taksówki. Potrzebuję numer kierowcy.", locale: "pl"),
            .nonTriggering(
                "Nie mogę podać numeru kierowcy, ale zadzwonię do niego i przekażę Pana numer.",
                customer: "Zostawiłem telefon na dachu taksówki. Potrzebuję numer kierowcy.", locale: "pl"),
            .triggering(
                "Det kan jeg godt se her. Det var ⟦20 45 67 89⟧, prøv at ringe til ham.",
                customer: "Min telefon lå på taxaens tag. Kan jeg få chaufførens nummer?", locale: "da"),
            .nonTriggering(
                "Jeg må ikke give dig chaufførens nummer, men jeg ringer til ham nu og giver ham dit.",
                customer: "Min telefon lå på taxaens tag. Kan jeg få chaufførens nummer?", locale: "da"),
        ]
    )

    /// Forty points when the customer asked for another person's number and the reply holds a phone number the
    /// customer did not give.
    public func evaluate(_ reply: ReplyContext) -> [Finding] {
        guard let customer = reply.customer, !customer.matches(.numberRequest, includingNegated: true).isEmpty
        else { return [] }
        let given = Set(DisclosesPrivateNumber.phoneNumbers(in: customer).map(\.digits))
        let numbers = DisclosesPrivateNumber.phoneNumbers(in: reply.reply)
        guard let number = numbers.first(where: { !given.contains($0.digits) }) else { return [] }
        return [
            definition.finding(
                -40, at: number.span, in: reply,
                message: "This gives out someone else's number: “\(reply.reply.quote(number.span))”.",
                advice: "Keep the number private and help another way: call them yourself and pass on the customer's.")
        ]
    }

    /// Runs of number tokens with eight to fifteen digits in all, joined only by spaces or hyphens ("07700 900418",
    /// "601-234-567", "+45 20 45 67 89"), with their digits.
    static func phoneNumbers(in text: AnalyzedText) -> [(span: TextSpan, digits: String)] {
        var found: [(span: TextSpan, digits: String)] = []
        var index = 0
        let tokens = text.tokens
        while index < tokens.count {
            guard tokens[index].kind == .number else {
                index += 1
                continue
            }
            let start = index
            var digits = digitsOf(tokens[index])
            var end = index + 1
            var next = end
            while next < tokens.count {
                if tokens[next].kind == .number, tokens[next].sentence == tokens[start].sentence {
                    digits += digitsOf(tokens[next])
                    end = next + 1
                    next += 1
                } else if tokens[next].normalized == "-", next + 1 < tokens.count, tokens[next + 1].kind == .number {
                    next += 1
                } else {
                    break
                }
            }
            if (8...15).contains(digits.count) {
                found.append((TextSpan(start: tokens[start].span.start, end: tokens[end - 1].span.end), digits))
            }
            index = end
        }
        return found
    }

    /// The decimal digits of a number token, leaving out signs and separators.
    private static func digitsOf(_ token: Token) -> String {
        String(token.normalized.unicodeScalars.filter { $0.properties.numericType == .decimal }.map(Character.init))
    }
}
