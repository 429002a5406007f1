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
}
