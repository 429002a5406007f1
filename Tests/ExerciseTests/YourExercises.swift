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

    // frontline new exercise inserts above this line
}
