import TalkEngine
import TalkScript
import TalkStore
import Testing

@testable import CandorCLI

/// `due` keeps three talks a group in one pass instead of sorting every talk of it: the same answer as
/// the plain way (every talk of the group, oldest first, into `DueCheckIn.next`), on many random histories.
struct DueGroupsTests {
    func entry(_ n: Int, names: [String?], mode: Mode, day: Int, plan: TalkPlan?) -> IndexEntry {
        let at = Moment(epochSeconds: Int64(day) * 86_400 + Int64(n % 7), utcOffset: 0)
        return IndexEntry(
            id: "t\(n)", talk: TalkInfo(id: "check-in", title: "t", version: 1, hash: "h", source: "check-in"),
            mode: mode, status: .complete,
            people: names.enumerated().map { Participant(id: PersonID("p\($0 + 1)"), name: $1) }, created: at,
            updated: at, answers: 1, plan: plan, length: 1, modified: 1)
    }

    @Test func theSameAsEveryTalkOldestFirst() {
        var rng = SystemRandomNumberGenerator()
        let groups: [([String?], Mode)] = [
            ([nil], .practice), (["Sam"], .practice), (["sam"], .practice), (["Sam", "Alex"], .together),
            (["alex", "SAM"], .together),
        ]
        let repeats: [Repeat?] = [nil, .daily, .weekly, .monthly, .yearly]
        for round in 0..<200 {
            var entries: [IndexEntry] = []
            for n in 0..<Int.random(in: 1...25, using: &rng) {
                let (names, mode) = groups.randomElement(using: &rng)!
                let day = Int.random(in: 20_000...20_100, using: &rng)
                var plan: TalkPlan? =
                    Int.random(in: 0..<10, using: &rng) == 0
                    ? nil : TalkPlan(day: CivilDate(daysSinceEpoch: Int64(day)))
                if Bool.random(using: &rng) { plan?.cadence = .init(value: repeats.randomElement(using: &rng)!) }
                if Int.random(in: 0..<3, using: &rng) == 0 {
                    plan?.next = .init(
                        value: Bool.random() ? CivilDate(daysSinceEpoch: Int64(day + Int.random(in: -5...40))) : nil)
                }
                entries.append(entry(n, names: names, mode: mode, day: day, plan: plan))
            }
            let today = CivilDate(daysSinceEpoch: Int64.random(in: 20_000...20_200, using: &rng))
            let summaries = entries.map { TalkSummary(id: $0.id, talk: IndexedTalk($0), problem: nil) }
            let fast = DueCommand.due(summaries, today: today)
            let plain = Dictionary(grouping: entries, by: StandingLookup.peopleKey).compactMap {
                _, talks -> DueCommand.Due? in
                let ordered = talks.sorted { ($0.created, $0.id) < ($1.created, $1.id) }
                let plans = ordered.compactMap { e in e.plan.map { (id: e.id, plan: $0) } }
                guard let next = DueCheckIn.next(plans), next.isDue(on: today), let last = ordered.last else {
                    return nil
                }
                return DueCommand.Due(names: last.people.compactMap(\.name), checkIn: next)
            }
            #expect(
                Set(fast.map { "\($0.names) \($0.checkIn)" }) == Set(plain.map { "\($0.names) \($0.checkIn)" }),
                "round \(round)")
        }
    }
}
