import Exercises
import Frontline
import FrontlineTesting
import Testing

extension Tag {
    @Tag static var empathy: Self
    @Tag static var clarity: Self
    @Tag static var resolution: Self
}

/// The trainee's work for an exercise.
func work(_ id: String) -> ExerciseAnswer {
    CourseRegistry.exercises[id]?.work ?? .reply(Missing())
}

/// Grades the trainee's work for an exercise.
func grade(_ id: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try ExerciseGrading.grade(id, work(id), sourceLocation: sourceLocation)
}

/// Stands in for an exercise missing from the registry, so its test fails with a clear message.
struct Missing: ReplyExercise {
    func reply(to call: CustomerCall) -> String { "(this exercise is not registered in Exercises/Registry.swift)" }
}

/// Your homework: one test per exercise, skipped until you start it. Run `swift test` or `frontline check <NN>`.
@Suite("Your exercises")
struct YourExercises {
    @Test("01 · Acknowledge the wait", .tags(.empathy), .started("01-acknowledge-the-wait", work("01-acknowledge-the-wait")))
    func acknowledgeTheWait() throws { try grade("01-acknowledge-the-wait") }

    @Test("02 · Name the worry", .tags(.empathy), .started("02-name-the-worry", work("02-name-the-worry")))
    func nameTheWorry() throws { try grade("02-name-the-worry") }

    @Test("03 · One good question", .tags(.empathy), .started("03-one-good-question", work("03-one-good-question")))
    func oneGoodQuestion() throws { try grade("03-one-good-question") }

    @Test("04 · Plain steps for the SIM", .tags(.clarity), .started("04-plain-steps-for-the-sim", work("04-plain-steps-for-the-sim")))
    func plainStepsForTheSim() throws { try grade("04-plain-steps-for-the-sim") }

    @Test("05 · Why no signal?", .tags(.clarity), .started("05-why-no-signal", work("05-why-no-signal")))
    func whyNoSignal() throws { try grade("05-why-no-signal") }

    @Test("06 · No charger on the train", .tags(.clarity), .started("06-no-charger", work("06-no-charger")))
    func noCharger() throws { try grade("06-no-charger") }

    @Test("07 · Own the overcharge", .tags(.resolution), .started("07-own-the-overcharge", work("07-own-the-overcharge")))
    func ownTheOvercharge() throws { try grade("07-own-the-overcharge") }

    @Test("08 · Lost phone: act first", .tags(.resolution), .started("08-lost-phone-actions", work("08-lost-phone-actions")))
    func lostPhoneActions() throws { try grade("08-lost-phone-actions") }

    @Test("09 · The third call", .tags(.empathy), .started("09-the-third-call", work("09-the-third-call")))
    func theThirdCall() throws { try grade("09-the-third-call") }

    @Test("10 · The broken home button", .tags(.empathy), .started("10-broken-home-button", work("10-broken-home-button")))
    func brokenHomeButton() throws { try grade("10-broken-home-button") }

    @Test("11 · Freezing on the motorway", .tags(.resolution), .started("11-freezing-on-the-motorway", work("11-freezing-on-the-motorway")))
    func freezingOnTheMotorway() throws { try grade("11-freezing-on-the-motorway") }

    @Test("12 · A fever and no line", .tags(.resolution), .started("12-fever-and-no-line", work("12-fever-and-no-line")))
    func feverAndNoLine() throws { try grade("12-fever-and-no-line") }

    @Test("13 · The number on the taxi", .tags(.resolution), .started("13-the-number-on-the-taxi", work("13-the-number-on-the-taxi")))
    func theNumberOnTheTaxi() throws { try grade("13-the-number-on-the-taxi") }

    @Test("14 · Hide my number", .tags(.resolution), .started("14-hide-my-number", work("14-hide-my-number")))
    func hideMyNumber() throws { try grade("14-hide-my-number") }

    @Test("15 · Full call: the SIM after porting", .tags(.resolution), .started("15-full-call-sim", work("15-full-call-sim")))
    func fullCallSim() throws { try grade("15-full-call-sim") }

    @Test("16 · Full call: the call to “Mum”", .tags(.resolution), .started("16-full-call-coded", work("16-full-call-coded")))
    func fullCallCoded() throws { try grade("16-full-call-coded") }

    @Test("17 · Full call: stranded at minus twenty", .tags(.resolution), .started("17-full-call-driver", work("17-full-call-driver")))
    func fullCallDriver() throws { try grade("17-full-call-driver") }

    @Test("18 · Uznaj czekanie", .tags(.empathy), .started("18-pl-uznaj-czekanie", work("18-pl-uznaj-czekanie")))
    func polishAcknowledgeTheWait() throws { try grade("18-pl-uznaj-czekanie") }

    @Test("19 · Zgubiony telefon: działaj od razu", .tags(.resolution), .started("19-pl-zgubiony-telefon", work("19-pl-zgubiony-telefon")))
    func polishLostPhoneReply() throws { try grade("19-pl-zgubiony-telefon") }

    @Test("20 · Brak zasięgu: powiedz to prosto", .tags(.clarity), .started("20-pl-brak-zasiegu", work("20-pl-brak-zasiegu")))
    func polishNoSignalReply() throws { try grade("20-pl-brak-zasiegu") }

    @Test("21 · Strandet i frosten", .tags(.resolution), .started("21-da-strandet-bilist", work("21-da-strandet-bilist")))
    func danishStrandedDriverReply() throws { try grade("21-da-strandet-bilist") }

    @Test("22 · Telefonen på taget", .tags(.resolution), .started("22-da-telefonen-pa-taget", work("22-da-telefonen-pa-taget")))
    func danishTaxiRoofReply() throws { try grade("22-da-telefonen-pa-taget") }

    @Test("23 · Feber og ingen forbindelse", .tags(.empathy), .started("23-da-feber-uden-forbindelse", work("23-da-feber-uden-forbindelse")))
    func danishFeverReply() throws { try grade("23-da-feber-uden-forbindelse") }

    // frontline new exercise inserts above this line
}
