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
                "I've set your calls to forward to +44 7700 900461 as you asked.",
                customer: "Please forward my calls to 07700 900461. Can you give me his number too?"),
            .nonTriggering(
                "I can't give out his number, but the lost property office is on 0800 123 4567.",
                customer: "I left my phone in a taxi. Can you give me his number?"),
            .nonTriggering(
                "Your booking reference is 48213977 and the ride was on 30.11.2024 at 14:30.",
                customer: "I left my phone in a taxi. Can you give me his number?"),
            .nonTriggering(
                "Ring the station on 0300 123 4567.", customer: "I don't need his number, just the depot's."),
            .triggering(
                "He's on ⟦+44 7700 900418⟧.", customer: "My phone is on the taxi roof. Can you give me his number?"),
            .triggering(
                "Sure, the driver's mobile is ⟦(555) 123-4567⟧.",
                customer: "I left my phone in his cab. What's the driver's number?"),
            .triggering(
                "It was ⟦+44 (0)7700 900418⟧.", customer: "My phone is on the taxi roof. Can you give me his number?"),
            .nonTriggering(
                "Your ride on 12/05/2024 (case 2024/118) cost 45 (forty-five) pounds.",
                customer: "I left my phone in a taxi. Can you give me his number?"),
            .nonTriggering(
                "He has driven for us 2019-2024 (ref 2024–1187); your trip on 12-05-2024 is logged and he'll call you.",
                customer: "I left my phone in a taxi. Can you give me his number?"),
            .triggering(
                "His mobile is ⟦555-867-2034⟧.", customer: "I left my phone in his cab. What's the driver's number?"),
            .triggering(
                "Numer kierowcy to ⟦601-234-567⟧.",
                customer: "Zostawiłem telefon w taksówce. Jaki jest numer kierowcy?", locale: "pl"),
            .triggering(
                "Chaufføren har nummer ⟦2045-6789⟧.",
                customer: "Min telefon ligger i taxaen. Hvad er chaufførens nummer?", locale: "da"),
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

    /// Forty points when the customer asks for another person's number and the reply, refusing nothing, reads out a
    /// phone number that is not the customer's own and not named as a service's line ("our helpline", "the taxi firm").
    public func evaluate(_ reply: ReplyContext) -> [Finding] {
        guard let customer = reply.customer, !customer.matches(.numberRequest).isEmpty,
            reply.reply.matches(.refusal).isEmpty
        else { return [] }
        let given = Set(DisclosesPrivateNumber.phoneNumbers(in: customer).map(\.key))
        let services = Set(reply.reply.matches(.serviceLine).map { reply.reply.tokens[$0.tokens.lowerBound].sentence })
        let disclosed = DisclosesPrivateNumber.phoneNumbers(in: reply.reply).first { number in
            !given.contains(number.key) && !services.contains(reply.reply.sentenceIndex(at: number.span.start))
        }
        guard let number = disclosed else { return [] }
        return [
            definition.finding(
                -40, at: number.span, in: reply,
                message: "This gives out someone else's number: “\(reply.reply.quote(number.span))”.",
                advice: "Keep the number private and help another way: call them yourself and pass on the customer's.")
        ]
    }

    /// Phone numbers: runs of tokens of bare digits, with an optional leading "+", joined only by spaces or hyphens,
    /// eight to fifteen digits in all ("07700 900418", "601-234-567", "+45 20 45 67 89"), and with an area code or
    /// trunk prefix in brackets ("(555) 123-4567", "+44 (0)7700 900418"). Dates, times and amounts ("30.11.2024",
    /// "14:30", "1,234") hold other marks, and year ranges and dates joined by hyphens ("2019-2024", "12-05-2024")
    /// hold a year, so none is a number of this kind. Each comes with its last eight digits, which name it whether or
    /// not a country code is written.
    static func phoneNumbers(in text: AnalyzedText) -> [(span: TextSpan, key: Substring)] {
        var found: [(span: TextSpan, key: Substring)] = []
        let tokens = text.tokens
        func touching(_ left: Int, _ right: Int) -> Bool { tokens[left].span.end == tokens[right].span.start }
        func isMark(_ position: Int, _ mark: String) -> Bool {
            position >= 0 && position < tokens.count && tokens[position].normalized == mark
        }
        var index = 0
        while index < tokens.count {
            guard let leading = bareDigits(tokens[index]) else {
                index += 1
                continue
            }
            var groups = [leading]
            var hyphens = 0
            var end = index + 1
            var next = end
            // An area code in brackets opens the number: "(555) 123-4567".
            let bracketed = isMark(index - 1, "(") && touching(index - 1, index) && isMark(next, ")")
                && touching(index, next)
            if bracketed { next += 1 }
            while next < tokens.count, tokens[next].sentence == tokens[index].sentence {
                if let more = bareDigits(tokens[next]) {
                    groups.append(more)
                    end = next + 1
                    next += 1
                } else if isMark(next, "-"), next + 1 < tokens.count, bareDigits(tokens[next + 1]) != nil {
                    hyphens += 1
                    next += 1
                } else if isMark(next, "("), next + 2 < tokens.count, let trunk = bareDigits(tokens[next + 1]),
                    trunk.count <= 2, isMark(next + 2, ")"), touching(next, next + 1), touching(next + 1, next + 2)
                {
                    // A trunk prefix in brackets: the "(0)" of "+44 (0)7700 900418".
                    groups.append(trunk)
                    end = next + 2
                    next += 3
                } else {
                    break
                }
            }
            let digits = groups.joined()
            if (8...15).contains(digits.count), !(hyphens > 0 && DisclosesPrivateNumber.isDate(groups)) {
                let opensWithMark = (bracketed || isMark(index - 1, "+")) && touching(index - 1, index)
                let start = tokens[opensWithMark ? index - 1 : index].span.start
                found.append((TextSpan(start: start, end: tokens[end - 1].span.end), digits.suffix(8)))
            }
            index = end
        }
        return found
    }

    /// True for digit groups that read as a year range ("2019-2024") or a date with the year at one end
    /// ("12-05-2024", "2024-05-12"), not as the parts of a phone number ("555-867-2034", "2045-6789").
    private static func isDate(_ groups: [String]) -> Bool {
        func isYear(_ group: String) -> Bool { group.count == 4 && (group.hasPrefix("19") || group.hasPrefix("20")) }
        func isDayOrMonth(_ group: String) -> Bool {
            group.count <= 2 && (Int(group).map { (1...31).contains($0) } ?? false)
        }
        switch groups.count {
        case 2: return groups.allSatisfy(isYear)
        case 3:
            let middle = groups[1]
            return isDayOrMonth(middle)
                && ((isYear(groups[2]) && isDayOrMonth(groups[0])) || (isYear(groups[0]) && isDayOrMonth(groups[2])))
        default: return false
        }
    }

    /// The digits of a number token made of ASCII digits alone; nil for any other token.
    private static func bareDigits(_ token: Token) -> String? {
        guard token.kind == .number, token.normalized.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return token.normalized
    }
}
