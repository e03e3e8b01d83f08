import TalkScript
import Testing

@testable import TalkEngine

/// What resume says when the talk script changed in between: new questions, changed kinds, answers to
/// questions that are gone.
struct ScriptChangesTests {
    let t0 = Moment(epochSeconds: 1_795_000_000, utcOffset: 0)

    static let version1 = """
        talk demo "Demo" version 1

        step one "First"
          ask opener text "How would you open?"
          ask old text "A question that will go away?"
          ask experience text "Your experience, in words?"
          ask motivation text "Why?"

        step two "Second"
          ask safeword word "Safe word?"
        """

    /// A question added before where the talk had got to, one removed, one whose kind changed.
    static let version2 = """
        talk demo "Demo" version 2

        step one "First"
          ask opener text "How would you open?"
          ask added text "A new question?"
          ask experience choice "Experience?"
            option new "New to this"
            option experienced "Experienced"
          ask motivation text "Why?"

        step two "Second"
          ask safeword word "Safe word?"
          ask later text "Also new, but after where the talk got to?"
        """

    func script(_ text: String) throws -> Script {
        try #require(TalkCompiler.compile(SourceFile(name: "demo.talk", text: text)).script)
    }

    /// A record made with version 1, paused after answering the first four questions.
    func record() -> Record {
        let info = TalkInfo(id: "demo", title: "Demo", version: 1, hash: "sha256:v1", source: "/tmp/demo.talk")
        let events = [
            Event(.started, at: t0, talk: info, mode: .practice, people: [Participant(id: "p1", name: nil)]),
            Event(.answered, at: t0, question: "opener", by: "p1", value: .text("hi"), kindName: "text"),
            Event(.answered, at: t0, question: "old", by: "p1", value: .text("gone soon"), kindName: "text"),
            Event(.answered, at: t0, question: "experience", by: "p1", value: .text("some"), kindName: "text"),
            Event(.answered, at: t0, question: "motivation", by: "p1", value: .text("closeness"), kindName: "text"),
            Event(.paused, at: t0, reason: "command"),
        ]
        return Record.fold(id: "abcd", events: events)!
    }

    @Test func addedRemovedAndChangedKindAreTold() throws {
        let changes = ScriptChanges(record: record(), script: try script(Self.version2), hash: "sha256:v2")
        #expect(changes.changed)
        #expect(changes.newQuestions == ["added"])  // "later" is simply asked when the talk gets there
        #expect(changes.changedKind == ["experience"])
        #expect(changes.removed == ["old"])
        #expect(
            changes.summary
                == "This talk's script has changed since you began (version 1, now 2): 1 new question to answer; "
                + "1 question now asked in a different way, so it is asked again; 1 answer to a question the talk no "
                + "longer asks, kept and shown as from an earlier version.")
    }

    @Test func theSessionAgreesItAsksTheNewQuestionFirstThenTheChangedOne() throws {
        let v2 = try script(Self.version2)
        var session = Session(script: v2, record: record())
        #expect(session.current?.id == "added")
        _ = session.resume(now: t0)
        _ = session.submit("new answer", now: t0)
        #expect(session.current?.id == "experience")
        // The answer to the question that is gone is kept in the record.
        #expect(session.record.answer("old", by: "p1")?.value == .text("gone soon"))
    }

    @Test func theSameScriptSaysNothing() throws {
        let changes = ScriptChanges(record: record(), script: try script(Self.version1), hash: "sha256:v1")
        #expect(!changes.changed)
        #expect(changes.isEmpty)
        #expect(changes.summary == nil)
    }

    @Test func aChangeThatDoesNotTouchTheTalkSaysSoBriefly() throws {
        let reworded = Self.version1.replacingOccurrences(of: "\"Why?\"", with: "\"What draws you to this?\"")
        let changes = ScriptChanges(record: record(), script: try script(reworded), hash: "sha256:v1b")
        #expect(changes.changed && changes.isEmpty)
        #expect(changes.summary == "This talk's script has changed since you began. Your answers all still fit it.")
    }
}

extension String {
    fileprivate func replacingOccurrences(of a: String, with b: String) -> String {
        split(separator: a, omittingEmptySubsequences: false).joined(separator: b)
    }
}
