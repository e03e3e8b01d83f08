import TalkScript
import Testing

@testable import CandorCLI
@testable import TalkEngine

/// What `candor due` and plain `candor` suggest: the check-in started with the same names, so it is the
/// same people's and starts from what they agreed.
struct DueSentenceTests {
    static func due(_ names: [String]) -> DueCommand.Due {
        DueCommand.Due(
            names: names,
            checkIn: DueCheckIn(
                date: CivilDate(year: 2027, month: 2, day: 10), reason: .cadence(.monthly), lastTalk: "a"))
    }

    @Test func theSuggestionCarriesTheNames() {
        let today = CivilDate(year: 2027, month: 2, day: 12)
        #expect(
            Self.due(["Sam", "Alex"]).sentence(today: today)
                == "Sam and Alex, your monthly check-in was due on Wednesday 10 February. "
                + "Start it with: candor together --talk check-in --names Sam,Alex")
        #expect(Self.due(["Sam"]).startCommand == "candor practice --talk check-in --name Sam")
        #expect(Self.due([]).startCommand == "candor practice --talk check-in")
        #expect(Self.due(["Zoë"]).startCommand == "candor practice --talk check-in --name Zoë")
        #expect(
            Self.due(["Ann Marie", "O'Neil"]).startCommand
                == "candor together --talk check-in --names 'Ann Marie,O'\\''Neil'")
    }
}
