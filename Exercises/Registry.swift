import Frontline

/// Every exercise's implementations by id: the trainee's work, the reference and the anti-solutions.
///
/// `frontline new exercise` adds entries here; each exercise's own entry lives in its `Solutions/Registration.swift`.
public enum CourseRegistry {
    /// The implementations of every exercise, by id.
    public static let exercises: [String: ExerciseImplementations] = Dictionary(
        uniqueKeysWithValues: [
            ("01-acknowledge-the-wait", acknowledgeTheWait),
            ("02-name-the-worry", nameTheWorry),
            ("03-one-good-question", oneGoodQuestion),
            ("04-plain-steps-for-the-sim", plainStepsForTheSim),
            ("05-why-no-signal", whyNoSignal),
            ("06-no-charger", noCharger),
            ("07-own-the-overcharge", ownTheOvercharge),
            ("08-lost-phone-actions", lostPhoneActions),
            ("09-the-third-call", theThirdCall),
            ("10-broken-home-button", brokenHomeButton),
            ("11-freezing-on-the-motorway", freezingOnTheMotorway),
            ("12-fever-and-no-line", feverAndNoLine),
            ("13-the-number-on-the-taxi", theNumberOnTheTaxi),
            ("14-hide-my-number", hideMyNumber),
            ("15-full-call-sim", fullCallSim),
            ("16-full-call-coded", fullCallCoded),
            ("17-full-call-driver", fullCallDriver),
            ("18-pl-uznaj-czekanie", polishAcknowledgeTheWait),
            ("19-pl-zgubiony-telefon", polishLostPhoneReply),
            ("20-pl-brak-zasiegu", polishNoSignalReply),
            ("21-da-strandet-bilist", danishStrandedDriverReply),
            ("22-da-telefonen-pa-taget", danishTaxiRoofReply),
            ("23-da-feber-uden-forbindelse", danishFeverReply),
            // frontline new exercise inserts above this line
        ])
}
