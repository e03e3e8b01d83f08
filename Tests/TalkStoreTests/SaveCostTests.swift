import Foundation
import TalkEngine
import Testing

@testable import TalkStore

/// Saving an answer must not get slower as a talk grows, and loading a long talk should lean on the
/// snapshot. Reported as figures (printed), with only a very loose sanity bound: timing assertions
/// that could flake on a busy machine would prove nothing.
struct SaveCostTests {
    let t0 = Moment(epochSeconds: 1_795_000_000, utcOffset: 0)

    func answer(_ n: Int) -> Event {
        Event(
            .answered, at: t0, question: "q\(n)", by: "p1",
            value: .text("answer \(n): a sentence of ordinary length ✓"),
            kindName: "text")
    }

    func median(_ xs: [Double]) -> Double {
        let s = xs.sorted()
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    func ms(_ d: Duration) -> Double {
        Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
    }

    func format(_ x: Double) -> String { String(format: "%.3f ms", x) }

    /// Saves answers `range` one at a time (one write + fsync each), returning each save's time.
    func timeSaves(_ talk: OpenTalk, _ range: ClosedRange<Int>) throws -> [Double] {
        let clock = ContinuousClock()
        return try range.map { n in
            let start = clock.now
            try talk.append([answer(n)])
            return ms(clock.now - start)
        }
    }

    @Test func savingAnswer5000CostsAboutWhatSavingAnswer50Does() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("candor-cost-\(UUID().uuidString)")
            .path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let store = TalkStore(root: root)
        let talk = try store.create(id: "abcd")
        try talk.append([
            Event(
                .started, at: t0, talk: TalkInfo(id: "t", title: "T", version: 1, hash: "sha256:0", source: "t"),
                mode: .practice, people: [Participant(id: "p1", name: nil)])
        ])
        try talk.append((1...40).map(answer))
        let early = try timeSaves(talk, 41...60)  // answers 41-60: around answer 50
        for batch in stride(from: 61, through: 4990, by: 100) {  // fill quickly, whole batches at a time
            try talk.append((batch...min(batch + 99, 4990)).map(answer))
        }
        let late = try timeSaves(talk, 4991...5010)  // answers 4991-5010: around answer 5,000
        talk.close()

        let m50 = median(early)
        let m5000 = median(late)
        print(
            "save cost: answer ~50: median \(format(m50)) (min \(format(early.min()!)), max \(format(early.max()!))); "
                + "answer ~5,000: median \(format(m5000)) (min \(format(late.min()!)), max \(format(late.max()!))); "
                + "ratio \(String(format: "%.2f", m5000 / m50)) (20 saves each, one write + fsync per save; "
                + "a max may include the snapshot written every \(OpenTalk.snapshotInterval) events)")
        // Same order of magnitude, very loosely: a cost that grew with the talk would be ~100x here.
        #expect(m5000 < max(m50 * 20, m50 + 20))

        try printLoadCost(store, "abcd", "5,000 answers to 5,000 questions")

        // A talk whose events far outnumber what its record holds (answers changed again and again):
        // where the snapshot pays.
        let busy = try store.create(id: "efgh")
        try busy.append([
            Event(
                .started, at: t0, talk: TalkInfo(id: "t", title: "T", version: 1, hash: "sha256:0", source: "t"),
                mode: .practice, people: [Participant(id: "p1", name: nil)])
        ])
        for batch in stride(from: 1, through: 5000, by: 100) {
            try busy.append(
                (batch..<(batch + 100)).map { n in
                    Event(
                        .answered, at: t0, question: "q\(n % 100)", by: "p1", value: .text("answer \(n)"),
                        kindName: "text")
                })
        }
        busy.close()
        try printLoadCost(store, "efgh", "5,000 answers to 100 questions")
    }

    /// Loading a talk through its snapshot vs folding every line, median of 3, printed.
    func printLoadCost(_ store: TalkStore, _ id: String, _ what: String) throws {
        let clock = ContinuousClock()
        var viaSnapshot: [Double] = []
        var fullFold: [Double] = []
        for _ in 0..<3 {
            var start = clock.now
            let stored = try store.load(id)
            viaSnapshot.append(ms(clock.now - start))
            #expect(stored.usedSnapshot)
            start = clock.now
            let events = try LoadedJournal.read(path: store.journalPath(id)).events
            let record = Record.fold(id: id, events: events)
            fullFold.append(ms(clock.now - start))
            #expect(record == stored.record)
        }
        print(
            "load cost (\(what)): through the snapshot \(format(median(viaSnapshot))), "
                + "folding every line \(format(median(fullFold))) (median of 3)")
    }
}
