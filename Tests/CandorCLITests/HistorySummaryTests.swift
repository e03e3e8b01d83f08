import Testing

@testable import CandorCLI
@testable import TalkEngine

/// `candor history`'s line for what changed since the talk before: how many, and in which steps.
struct HistorySummaryTests {
    @Test func countsTheChangesAndNamesTheirStepsOnce() {
        let changes = [
            RecordDiff.Change(step: "Be clear", question: "Safe word?", person: nil, before: "a", after: "b"),
            RecordDiff.Change(step: "Keep talking", question: "How often?", person: nil, before: "a", after: "b"),
            RecordDiff.Change(step: "Be clear", question: "Signal?", person: nil, before: nil, after: "tap"),
        ]
        #expect(
            HistoryCommand.summary(changes, previous: "ab12", id: "cd34")
                == "3 changes since the one before, in Be clear and Keep talking (candor diff ab12 cd34)")
        #expect(
            HistoryCommand.summary(Array(changes.prefix(1)), previous: "ab12", id: "cd34")
                == "1 change since the one before, in Be clear (candor diff ab12 cd34)")
        #expect(HistoryCommand.summary([], previous: "ab12", id: "cd34") == "nothing changed since the one before")
    }
}
