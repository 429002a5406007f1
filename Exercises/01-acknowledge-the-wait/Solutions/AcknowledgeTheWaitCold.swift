import Frontline

/// Anti-solution to exercise 01: correct and quick, but it never acknowledges how the customer feels.
struct AcknowledgeTheWaitCold: ReplyExercise {
    func reply(to call: CustomerCall) -> String {
        "Insert the new SIM card from the contract envelope. Restart the phone."
    }
}
