import Frontline

/// Anti-solution to exercise 14: number hiding is on, but explained in telecom jargon.
struct HideMyNumberJargon: ActionReplyExercise {
    func reply(to call: CustomerCall) -> AgentReply {
        let landlady = call.details["landlady"] ?? "your landlady"
        let text = [
            "Of course, \(call.name), it's kind of you to warn \(landlady).",
            "I've provisioned CLIR on your MSISDN, so the CLI is withheld on outbound SMS.",
            "Alternatively dial the #31# MMI code or change the caller line identification in your carrier settings before you send your text today.",
            "Let me know if it still shows.",
        ].joined(separator: " ")
        return AgentReply(
            text,
            actions: [.activateService("number-hiding")])
    }
}
