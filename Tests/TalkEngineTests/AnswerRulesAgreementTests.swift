import TalkScript
import Testing

@testable import TalkEngine

/// The checker (a `default` must be an answer, E014) and the engine (reading what was typed) use the same
/// rules, so for every kind they agree on every input: a default is valid exactly when typing it is.
struct AnswerRulesAgreementTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var kind: QuestionKindName
        /// The `ask` line's kind and arguments, and attribute lines under it.
        var ask: String
        var attributes: [String] = []
        var input: String
        var valid: Bool
        var testDescription: String { "\(ask) \(input.debugDescription) \(valid ? "valid" : "invalid")" }
    }

    static let choice = "choice", options = ["option x \"Xylophone\"", "option y \"Yak\""]
    static let cases: [Case] = [
        Case(kind: .yesno, ask: "yesno", input: "yes", valid: true),
        Case(kind: .yesno, ask: "yesno", input: "y", valid: true),
        Case(kind: .yesno, ask: "yesno", input: "Nope", valid: true),
        Case(kind: .yesno, ask: "yesno", input: "maybe", valid: false),
        Case(kind: .yesno, ask: "yesno", input: "25", valid: false),
        Case(kind: .yesno, ask: "yesno", attributes: ["age 18"], input: "I'm 25", valid: true),
        Case(kind: .yesno, ask: "yesno", attributes: ["age 18"], input: "17", valid: true),
        Case(kind: .yesno, ask: "yesno", attributes: ["age 18"], input: "nearly", valid: false),
        Case(kind: .choice, ask: "choice", attributes: options, input: "x", valid: true),
        Case(kind: .choice, ask: "choice", attributes: options, input: "2", valid: true),
        Case(kind: .choice, ask: "choice", attributes: options, input: "Yak", valid: true),
        Case(kind: .choice, ask: "choice", attributes: options, input: "xy", valid: true),
        Case(kind: .choice, ask: "choice", attributes: options, input: "3", valid: false),
        Case(kind: .choice, ask: "choice", attributes: options, input: "zebra", valid: false),
        Case(kind: .choices, ask: "choices", attributes: options, input: "x, y", valid: true),
        Case(kind: .choices, ask: "choices", attributes: options, input: "2 1", valid: true),
        Case(kind: .choices, ask: "choices", attributes: options, input: "none", valid: true),
        Case(kind: .choices, ask: "choices", attributes: options, input: "x, zebra", valid: false),
        Case(kind: .scale, ask: "scale 1 5", attributes: ["label 5 \"Intense\""], input: "3", valid: true),
        Case(kind: .scale, ask: "scale 1 5", attributes: ["label 5 \"Intense\""], input: "intense", valid: true),
        Case(kind: .scale, ask: "scale 1 5", attributes: ["label 5 \"Intense\""], input: "9", valid: false),
        Case(kind: .scale, ask: "scale 1 5", attributes: ["label 5 \"Intense\""], input: "three", valid: false),
        Case(kind: .text, ask: "text", attributes: ["min 2", "max 12"], input: "hello there", valid: true),
        Case(kind: .text, ask: "text", attributes: ["min 2", "max 12"], input: "a", valid: false),
        Case(kind: .text, ask: "text", attributes: ["min 2", "max 12"], input: "far too long for this", valid: false),
        Case(kind: .text, ask: "text", attributes: ["reject banana \"Not that.\""], input: "Banana!", valid: false),
        Case(kind: .text, ask: "text", attributes: ["warn green \"Sure?\""], input: "green", valid: true),
        Case(kind: .word, ask: "word", input: "pineapple", valid: true),
        Case(kind: .word, ask: "word", input: "two words", valid: false),
        Case(kind: .word, ask: "word", attributes: ["reject banana \"Not that.\""], input: "BANANA", valid: false),
        Case(kind: .lines, ask: "lines", attributes: ["max 10"], input: "one\ntwo", valid: true),
        Case(kind: .lines, ask: "lines", attributes: ["max 10"], input: "one line too long", valid: false),
        Case(kind: .list, ask: "list", attributes: ["min 2"], input: "water\nquiet", valid: true),
        Case(kind: .list, ask: "list", attributes: ["min 2"], input: "water", valid: false),
        Case(kind: .date, ask: "date", input: "saturday 7pm", valid: true),
        Case(kind: .date, ask: "date", input: "2026-12-10 18:00", valid: true),
        Case(kind: .date, ask: "date", input: "2026-12-10T18:00", valid: true),
        Case(kind: .date, ask: "date", input: "2026-12-10T18:00+01:00", valid: true),
        Case(kind: .date, ask: "date", input: "2026-12-10T18:00:00Z", valid: true),
        Case(kind: .date, ask: "date", input: "2026-12-10T25:00", valid: false),
        Case(kind: .date, ask: "date", input: "whenever", valid: false),
    ]

    static let now = Moment(iso8601: "2026-11-21T10:00:00+00:00")!

    static func talk(_ c: Case, withDefault: Bool) -> String {
        let attributes = c.attributes + (withDefault ? ["default \"\(c.input.replacing("\n", with: "\\n"))\""] : [])
        return "talk t \"T\" version 1\nstep s \"S\"\n  ask a \(c.ask) \"Q\"\n"
            + attributes.map { "    \($0)\n" }.joined()
    }

    /// The checker's verdict on `input` as the question's default.
    static func checkerAccepts(_ c: Case) -> Bool {
        let compiled = TalkCompiler.compile(SourceFile(name: "t.talk", text: talk(c, withDefault: true)))
        #expect(compiled.diagnostics.allSatisfy { $0.code == "E014" }, "\(compiled.diagnostics)")
        return !compiled.diagnostics.contains { $0.code == "E014" }
    }

    /// The engine's verdict on `input` typed as the answer (line by line for lines and list).
    static func engineAccepts(_ c: Case) -> Bool {
        let compiled = TalkCompiler.compile(SourceFile(name: "t.talk", text: talk(c, withDefault: false)))
        guard let script = compiled.script else {
            Issue.record("\(compiled.diagnostics)")
            return false
        }
        var (session, _) = Session.start(
            script: script,
            talk: TalkInfo(
                id: "t", title: "T", version: 1, hash: "h",
                source: "t.talk"),
            id: "t", mode: .practice, people: [Participant(id: "p1", name: "Sam")],
            now: now)
        #expect(session.current?.id == "a")
        let typed =
            c.kind == .lines || c.kind == .list
            ? c.input.split(separator: "\n").map(String.init) + [""]
            : [c.input]
        var reply = Reply()
        for line in typed { reply = session.submit(line, now: now) }
        return reply.problem == nil
    }

    @Test(arguments: cases)
    func checkerAndEngineAgree(_ c: Case) {
        #expect(Self.checkerAccepts(c) == c.valid)
        #expect(Self.engineAccepts(c) == c.valid)
    }

    /// Every kind that takes a default is in the table (`rate` takes none: E009).
    @Test func everyKindIsCovered() {
        let covered = Set(Self.cases.map(\.kind))
        #expect(covered == Set(QuestionKindName.allCases.filter { $0 != .rate }))
    }

    /// A required question's empty answer asks for what the question takes, not for yes or no.
    @Test func aRequiredTextQuestionsEmptyAnswerAsksForText() {
        let text = "talk t \"T\" version 1\nstep s \"S\"\n  ask a text \"Q\" required\n"
        let script = TalkCompiler.compile(SourceFile(name: "t.talk", text: text)).script!
        var (session, _) = Session.start(
            script: script,
            talk: TalkInfo(
                id: "t", title: "T", version: 1, hash: "h",
                source: "t.talk"),
            id: "t", mode: .practice, people: [Participant(id: "p1", name: "Sam")],
            now: Self.now)
        #expect(session.submit("", now: Self.now).problem == "Please type your answer, on one line.")
        #expect(session.submit(":skip", now: Self.now).problem == CoachText.cannotSkip)
    }
}
