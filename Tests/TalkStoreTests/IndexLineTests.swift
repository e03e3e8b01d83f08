import TalkEngine
import TalkScript
import Testing

@testable import TalkStore

/// The talk index's line format: whatever a record holds comes back the same, tabs and line breaks in
/// names included; a line that is cut short or garbled is no line (its talk is indexed again).
struct IndexLineTests {
    func entry(plan: TalkPlan?, names: [String?]) -> IndexEntry {
        IndexEntry(
            id: "k7m2",
            talk: TalkInfo(
                id: "check-in", title: "A\ttitle\nwith \\ breaks", version: 3, hash: "sha256:ab", source: "/x/y.talk",
                list: "/l\t.list"),
            mode: names.count == 1 ? .practice : .together, status: .paused,
            people: names.enumerated().map { Participant(id: PersonID("p\($0 + 1)"), name: $1) },
            created: Moment(epochSeconds: 1_700_000_000, utcOffset: -18_000),
            updated: Moment(epochSeconds: 1_700_000_900, utcOffset: 3600), answers: 12, plan: plan, length: 4096,
            modified: 1_796_470_136_408_094_846)
    }

    @Test func everyFieldComesBack() {
        let day = CivilDate(iso: "2026-11-21")!
        for plan in [
            nil, TalkPlan(day: day), TalkPlan(day: day, cadence: .init(value: .monthly), next: .init(value: nil)),
            TalkPlan(day: day, cadence: .init(value: nil), next: .init(value: CivilDate(iso: "2027-01-03")!)),
        ] {
            for names in [[nil], ["Sam\tthe\nfirst", "Alex"]] as [[String?]] {
                let e = entry(plan: plan, names: names)
                let line = IndexLine.encode(e)
                #expect(!line.contains("\n"))
                #expect(IndexLine.decode(Array(line.utf8)[...]) == e)
            }
        }
    }

    @Test func aLineCutShortOrGarbledIsNoLine() {
        let line = Array(IndexLine.encode(entry(plan: nil, names: ["Sam"])).utf8)
        #expect(IndexLine.decode(line.dropLast(3)) == nil)
        #expect(IndexLine.decode((line + Array("\textra".utf8))[...]) == nil)
        #expect(IndexLine.decode(Array("k7m2\tlots\tof\tnothing".utf8)[...]) == nil)
        let file = TalkStore.indexFile(folderStamp: 1234, body: line + Array("\nnot a line\n".utf8))
        #expect(TalkStore.indexLines(file)?.talks.map(\.id) == ["k7m2"])
        #expect(TalkStore.indexLines(file)?.folderStamp == 1234)
        #expect(TalkStore.indexLines(file)?.whole == false)  // a line whose first fields don't read
        #expect(TalkStore.indexLines(Array("{\"id\":\"k7m2\"}\n".utf8)) == nil)  // the old JSON form
        // A byte changed anywhere after the header, or a line lost: no index (it is made again).
        let whole = TalkStore.indexFile(folderStamp: 1234, body: line + [10])
        #expect(TalkStore.indexLines(whole)?.whole == true)
        for at in stride(from: whole.firstIndex(of: 10)! + 1, to: whole.count, by: 7) {
            var changed = whole
            changed[at] ^= 0x04
            #expect(TalkStore.indexLines(changed) == nil, "byte \(at)")
        }
        #expect(TalkStore.indexLines(Array(whole.dropLast(5))) == nil)
        // Two lines swapped: the checksum depends on their order (the =due lines count positions).
        let two = Array(("a\tb\n" + "c\td\n").utf8)
        let swapped = Array(("c\td\n" + "a\tb\n").utf8)
        #expect(IndexChecksum.of(two) != IndexChecksum.of(swapped))
        let twoLines = TalkStore.indexFile(folderStamp: 1, body: line + [10] + line + [10])
        var moved = twoLines
        moved.removeLast(line.count + 1)
        moved += [10] + line
        #expect(TalkStore.indexLines(moved) == nil)
    }

    @Test func theFirstFieldsAndWhatDueNeedsReadAloneAgreeWithTheWholeLine() throws {
        let day = CivilDate(iso: "2026-11-21")!
        let plan = TalkPlan(day: day, cadence: .init(value: .weekly), next: .init(value: nil))
        for names in [[nil], ["Sam\tthe\nfirst", "Alex"], []] as [[String?]] {
            let e = entry(plan: plan, names: names)
            let line = ArraySlice(IndexLine.encode(e).utf8)
            let head = try #require(IndexLine.head(line))
            #expect(head.id == e.id && head.status == e.status && head.updatedSeconds == e.updated.epochSeconds)
            #expect(head.entry == e)
            let due = try #require(head.duePart)
            #expect(due.id == e.id && due.mode == e.mode && due.created == e.created && due.plan == e.plan)
            #expect(due.people == e.people)
        }
        // The same people written the same way group together, byte for byte.
        let a = IndexedTalk(entry(plan: nil, names: ["Sam", "Alex"]))?.duePart
        let b = IndexedTalk(entry(plan: plan, names: ["Sam", "Alex"]))?.duePart
        #expect(a?.peopleFields.elementsEqual(b?.peopleFields ?? []) == true)
    }
}

extension IndexLineTests {
    /// A date field far past any calendar (reviewed: it overflowed the calendar arithmetic) is no line.
    @Test func aDayTooFarAwayIsNoLineNotACrash() {
        let day = CivilDate(iso: "2026-11-21")!
        let line = IndexLine.encode(entry(plan: TalkPlan(day: day), names: ["Sam"]))
        var fields = line.split(separator: "\t", omittingEmptySubsequences: false)
        fields[fields.count - 3] = "=9223372036854775000"
        let talk = IndexLine.head(ArraySlice(fields.joined(separator: "\t").utf8))
        #expect(talk?.entry == nil && talk?.duePart == nil)
    }

    @Test func aNumberTooBigForItsFieldIsNoLineNotACrash() {
        var fields = IndexLine.encode(entry(plan: nil, names: ["Sam"])).split(
            separator: "\t", omittingEmptySubsequences: false)
        fields[2] = "99999999999999999999"[...].prefix(19)  // 19 nines: past Int64's largest
        #expect(IndexLine.head(ArraySlice(fields.joined(separator: "\t").utf8)) == nil)
    }
}

extension IndexLineTests {
    /// The due groups kept in the index file read back as the ones made from its talks; a group line
    /// that points past the talks makes them be made again.
    @Test func dueGroupsKeptInTheFileReadBackTheSame() throws {
        let day = CivilDate(iso: "2026-11-21")!
        let entries = (0..<9).map { n -> IndexEntry in
            var e = entry(
                plan: n % 3 == 0 ? nil : TalkPlan(day: day, cadence: n % 2 == 0 ? .init(value: .weekly) : nil),
                names: n % 2 == 0 ? ["Sam", "Alex"] : [nil])
            e.id = "t\(n)"
            e.created = Moment(epochSeconds: 1_700_000_000 + Int64(n) * 86_400, utcOffset: 0)
            return e
        }
        let talks = entries.compactMap(IndexedTalk.init)
        let groups = DueGroup.of(talks)
        #expect(groups.count == 2)
        func text(_ groupLines: [String]) -> [UInt8] {
            TalkStore.indexFile(
                folderStamp: 0,
                body: Array((groupLines + entries.map(IndexLine.encode)).joined(separator: "\n").utf8) + [10])
        }
        let file = try #require(TalkStore.indexLines(text(groups.map(\.line))))
        let read = try #require(file.dueGroups)
        func summary(_ g: [DueGroup]) -> Set<String> {
            Set(g.map { "\($0.last.id) \($0.withPlan?.id ?? "-") \($0.withCadence?.id ?? "-") \($0.plans.map(\.id))" })
        }
        #expect(summary(read) == summary(groups))
        #expect(TalkStore.indexLines(text(["=due\t99\t-1\t-1\t-1"]))?.dueGroups == nil)
    }
}
