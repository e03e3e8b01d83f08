import Foundation
import TalkEngine
import TalkScript
import Testing

@testable import TalkStore

/// The snapshot: it speeds loading up, and it is never trusted over the journal.
struct SnapshotTests {
    let t0 = Moment(epochSeconds: 1_795_000_000, utcOffset: 3600)

    func tempRoot() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("candor-snap-\(UUID().uuidString)").path
    }

    func started() -> Event {
        Event(
            .started, at: t0, talk: TalkInfo(id: "t", title: "T", version: 1, hash: "sha256:0", source: "t"),
            mode: .practice, people: [Participant(id: "p1", name: "Sam")])
    }

    /// A varied stream: answers (some replaced), ratings, pauses and resumes, a flag.
    func event(_ n: Int) -> Event {
        let at = Moment(epochSeconds: t0.epochSeconds + Int64(n), utcOffset: 3600)
        switch n % 7 {
        case 0:
            return Event(
                .rated, at: at, question: "acts", by: "p1", item: "item\(n % 40)",
                value: .option(n % 2 == 0 ? "yes" : "no"))
        case 1:
            return Event(
                .answered, at: at, question: "q\(n % 300)", by: "p1", value: .text("answer \(n) ✓"), kindName: "text")
        case 2: return Event(.paused, at: at, reason: "command")
        case 3: return Event(.resumed, at: at)
        case 4: return Event(.flagged, at: at, flag: "f\(n % 5)", text: "careful")
        case 5: return Event(.answered, at: at, question: "n\(n)", by: "p1", value: .number(n), kindName: "scale")
        default: return Event(.rehearsed, at: at, line: "line\(n % 9)")
        }
    }

    /// The record a full read of the journal gives, without any snapshot.
    func fullFold(_ store: TalkStore, _ id: String) throws -> Record {
        let events = try LoadedJournal.read(path: store.journalPath(id)).events
        return try #require(Record.fold(id: id, events: events))
    }

    func snapshotPath(_ store: TalkStore, _ id: String) -> String { store.folder(id) + "/snapshot.bin" }

    @Test func resumeThroughTheSnapshotGivesTheSameRecordAsAFullFold() throws {
        let store = TalkStore(root: tempRoot())
        let talk = try store.create(id: "abcd")
        try talk.append([started()])
        for n in 1...700 { try talk.append([event(n)]) }  // snapshots at 256 and 512 on the way
        talk.close()  // and one on closing
        #expect(FileManager.default.fileExists(atPath: snapshotPath(store, "abcd")))

        // More lines after the snapshot, as a crash would leave them (no closing snapshot).
        let (again, stored) = try store.open("abcd")
        #expect(stored.usedSnapshot)
        for n in 701...760 { try again.append([event(n)]) }
        again.lock.release()

        let loaded = try store.load("abcd")
        #expect(loaded.usedSnapshot)
        #expect(loaded.entries == 761)
        let full = try fullFold(store, "abcd")
        #expect(loaded.record == full)
        // And what the writer folded as it went is the same record too.
        #expect(again.record == full)
    }

    @Test func aSnapshotThatDoesNotMatchTheJournalIsIgnored() throws {
        let store = TalkStore(root: tempRoot())
        let talk = try store.create(id: "abcd")
        try talk.append([started()] + (1...20).map(event))
        try talk.writeSnapshot()  // a short talk has none of its own
        talk.close()
        let path = snapshotPath(store, "abcd")
        let original = try Data(contentsOf: URL(fileURLWithPath: path))
        let full = try fullFold(store, "abcd")

        // A snapshot whose record lies (no answers at all): when it is used, it shows. Each below is
        // written with a checksum that holds (as a writer with a bug would), so what is tested here is
        // the match with the journal, not the checksum.
        guard case .success(let read?) = SnapshotFile.open([UInt8](original)) else {
            Issue.record("the snapshot as written does not read")
            return
        }
        var lying = read
        lying.record.answers = [:]
        let lie = Data(try SnapshotFile.bytes(of: lying))
        // Each mismatch with the journal must make the load ignore it and fold the journal instead.
        let cases: [(String, (inout Snapshot) -> Void)] = [
            ("checksum", { $0.crc = 0 }),
            ("entries", { $0.entries -= 1 }),
            ("offset mid-line", { $0.offset -= 5 }),
            ("offset past the end", { $0.offset += 100 }),
            ("writer", { $0.writer = "candor 0.0.1" }),
            ("schema", { $0.schema = 99 }),
            ("the JSON form before it", { $0.schema = 2 }),
            ("another talk", { $0.record.id = "efgh" }),
        ]
        for (name, change) in cases {
            var snapshot = lying
            change(&snapshot)
            try Data(try SnapshotFile.bytes(of: snapshot)).write(to: URL(fileURLWithPath: path))
            let loaded = try store.load("abcd")
            #expect(!loaded.usedSnapshot, "\(name)")
            #expect(loaded.record == full, "\(name)")
            #expect(loaded.notices.isEmpty, "\(name)")
        }
        // The lying snapshot unchanged *is* used (that is what makes the cases above meaningful).
        try lie.write(to: URL(fileURLWithPath: path))
        #expect(try store.load("abcd").usedSnapshot)
        // A snapshot of the first form (snapshot.json) is not read, and goes when the next one is written.
        let former = store.folder("abcd") + "/snapshot.json"
        try Data("{\"schema\":2}".utf8).write(to: URL(fileURLWithPath: former))
        try FileManager.default.removeItem(atPath: path)
        #expect(try !store.load("abcd").usedSnapshot)
        let (again, _) = try store.open("abcd")
        try again.writeSnapshot()
        again.close()
        #expect(!FileManager.default.fileExists(atPath: former) && FileManager.default.fileExists(atPath: path))
    }

    /// Every shape of answer, and a record with most of its parts, read back from the compact form as
    /// written.
    @Test func theCompactFormReadsBackEveryAnswerAndThePartsAround() throws {
        var record = Record(id: "abcd", started: started())
        let at = Moment(epochSeconds: -5, utcOffset: -18_000)
        let values: [AnswerValue] = [
            .text("pineapple ✓\tand a tab"), .lines(["one", "", "three"]), .option("yes"), .options([]),
            .options(["a", "b"]), .number(-7), .number(Int.max), .date(LocalDateTime(iso: "2027-01-03T19:30")!),
            .date(LocalDateTime(iso: "2027-01-03")!), .bool(false), .bool(true), .skipped,
            .ratings(RatingSheet()),
            .ratings(
                RatingSheet(
                    ratings: ["a": "yes", "b": String?.none, "own-1": "maybe"], additions: ["mine"],
                    conditions: ["a": "only slowly"], tried: ["a"])),
        ]
        for (n, value) in values.enumerated() {
            record.answers["q\(n)", default: [:]]["p1"] = Answer(value: value, at: at, kind: "text", talkVersion: n)
            record.answers["q\(n)", default: [:]]["p2"] = Answer(value: value, at: t0, kind: "", talkVersion: 0)
        }
        record.flags = [RaisedFlag(id: "f", at: t0, message: "careful", by: "p1", question: "q1")]
        record.sealed = [SealedEntry(seq: 3, by: "p1", box: "c2VhbGVk"), SealedEntry(seq: 90_000, by: "p2", box: "")]
        record.status = .paused
        let snapshot = Snapshot(writer: "candor", entries: 9, offset: 999, crc: 0xDEAD_BEEF, record: record)
        let bytes = try SnapshotFile.bytes(of: snapshot)
        guard case .success(let read?) = SnapshotFile.open(bytes) else {
            Issue.record("it does not read back")
            return
        }
        #expect(read.record == record)
        #expect(read.writer == "candor" && read.entries == 9 && read.offset == 999 && read.crc == 0xDEAD_BEEF)
        // No sealed lines at all (a plain talk) stays nil, not an empty list.
        var plain = snapshot
        plain.record.sealed = nil
        guard case .success(let readPlain?) = SnapshotFile.open(try SnapshotFile.bytes(of: plain)) else {
            Issue.record("it does not read back")
            return
        }
        #expect(readPlain.record.sealed == nil && readPlain.record == plain.record)
        // Cut anywhere, or one byte changed anywhere: damaged, never another record.
        for cut in stride(from: 0, to: bytes.count, by: 3) {
            #expect(!isRead(SnapshotFile.open(Array(bytes.prefix(cut)))), "cut at \(cut)")
        }
        for at in bytes.indices {
            var changed = bytes
            changed[at] ^= 0x20
            #expect(!isRead(SnapshotFile.open(changed)), "byte \(at)")
        }
    }

    private func isRead(_ result: Result<Snapshot?, SnapshotFile.Problem>) -> Bool {
        if case .success(.some) = result { return true }
        return false
    }

    @Test func damageInLinesTheSnapshotCoversIsStillFound() throws {
        let store = TalkStore(root: tempRoot())
        let talk = try store.create(id: "abcd")
        try talk.append([started()] + (1...10).map(event))
        talk.close()
        let path = store.journalPath("abcd")
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let lineStarts = [0] + bytes.indices.filter { bytes[$0] == UInt8(ascii: "\n") }.map { $0 + 1 }
        bytes[lineStarts[4] + 20] ^= 0x04  // in line 5, well inside the snapshot
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.damaged(file: path, line: 5, detail: "its checksum does not match")) {
            try store.load("abcd")
        }
    }

    @Test func afterATornLastLineTheNextEntryStartsOnALineOfItsOwn() throws {
        let store = TalkStore(root: tempRoot())
        let talk = try store.create(id: "abcd")
        try talk.append([started(), event(1)])
        talk.lock.release()
        let path = store.journalPath("abcd")
        let handle = FileHandle(forWritingAtPath: path)!
        handle.seekToEndOfFile()
        handle.write(Data(#"{"seq":3,"event":{"at":"20"#.utf8))
        handle.closeFile()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let (again, stored) = try store.open("abcd")
        #expect(stored.notices.count == 1)
        // Opening alone changes nothing.
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        try again.append([event(2)])
        again.close()
        let loaded = try LoadedJournal.read(path: path)
        #expect(loaded.events.count == 3)
        #expect(loaded.notices.isEmpty)
    }

    @Test func aNewTalkIsLockedAndItsFilesArePrivate() throws {
        let old = umask(0)
        defer { umask(old) }
        let store = TalkStore(root: tempRoot())
        let talk = try store.create(id: "abcd")
        try talk.append([started()] + (1...300).map(event))
        talk.close()
        for name in try FileManager.default.contentsOfDirectory(atPath: store.folder("abcd")) {
            let mode =
                try FileManager.default.attributesOfItem(atPath: store.folder("abcd") + "/" + name)[.posixPermissions]
                as? Int
            #expect(mode == 0o600, "\(name)")
        }
        #expect(
            Set(try FileManager.default.contentsOfDirectory(atPath: store.folder("abcd"))) == [
                "journal.jsonl", "snapshot.bin",
            ])
    }

    /// Issue 14: a finished short talk is its folder and its journal: no lock file once closed, and no
    /// snapshot (folding a short journal costs less than reading one).
    @Test func aShortTalkClosedKeepsOnlyItsJournal() throws {
        let store = TalkStore(root: tempRoot())
        let talk = try store.create(id: "abcd")
        try talk.append([started()] + (1...40).map(event))
        try talk.writeSnapshot()  // as a pause would leave it
        try talk.append([Event(.completed, at: t0)])
        #expect(FileManager.default.fileExists(atPath: store.folder("abcd") + "/lock"))  // held while open
        talk.close()
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: store.folder("abcd"))) == ["journal.jsonl"])
        let (again, stored) = try store.open("abcd")  // and it opens again, locked as before
        #expect(stored.entries == 42)
        #expect(throws: StoreError.self) { try store.lock("abcd") }
        again.close()
        let lock = try store.lock("abcd")
        lock.release()
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: store.folder("abcd"))) == ["journal.jsonl"])
    }

    /// A small talk with words worth changing: a safe word, and a pause (a status a snapshot could lie about).
    func smallTalk(_ store: TalkStore) throws {
        let talk = try store.create(id: "abcd")
        try talk.append([
            started(),
            Event(.answered, at: t0, question: "safeword", by: "p1", value: .text("pineapple"), kindName: "word"),
            Event(.answered, at: t0, question: "q1", by: "p1", value: .number(3), kindName: "scale"),
            Event(.paused, at: t0, reason: "command"),
        ])
        try talk.writeSnapshot()  // a short talk has none of its own
        talk.close()
    }

    /// Issue 9: the snapshot's content was believed. Every bit of every byte of a small talk's snapshot is
    /// flipped in turn: each load gives the journal's own record, with a notice (or refuses with exit 65),
    /// never another record.
    @Test func aBitFlippedAnywhereInTheSnapshotNeverChangesWhatIsLoaded() throws {
        let store = TalkStore(root: tempRoot())
        try smallTalk(store)
        let url = URL(fileURLWithPath: snapshotPath(store, "abcd"))
        let original = [UInt8](try Data(contentsOf: url))
        let truth = try fullFold(store, "abcd")
        // As written, the snapshot is used: the flips below are flips of a snapshot that counts.
        let intact = try store.load("abcd")
        #expect(intact.usedSnapshot && intact.notices.isEmpty && intact.record == truth)
        var believed: [String] = []
        var unsaid: [String] = []
        for i in original.indices {
            for bit in 0..<8 {
                var flipped = original
                flipped[i] ^= UInt8(1) << UInt8(bit)
                try Data(flipped).write(to: url)
                do {
                    let loaded = try store.load("abcd")
                    if loaded.record != truth || loaded.usedSnapshot { believed.append("byte \(i) bit \(bit)") }
                    if loaded.notices.isEmpty { unsaid.append("byte \(i) bit \(bit)") }
                } catch StoreError.damaged, StoreError.unrecoverable {
                    continue
                }
            }
        }
        #expect(original.count > 300)
        #expect(believed.isEmpty, "a damaged snapshot was believed: \(believed.prefix(10)) (\(believed.count) in all)")
        #expect(
            unsaid.isEmpty,
            "a damaged snapshot was passed over without a word: \(unsaid.prefix(10)) (\(unsaid.count) in all)")
    }

    /// A damaged snapshot: repair says so and removes it (never "healthy" alone), and the next snapshot is
    /// made from the journal, so the damage is not certified again.
    @Test func repairRemovesADamagedSnapshotAndTheNextOneIsTheJournals() throws {
        let store = TalkStore(root: tempRoot())
        try smallTalk(store)
        let url = URL(fileURLWithPath: snapshotPath(store, "abcd"))
        let truth = try fullFold(store, "abcd")
        let original = try Data(contentsOf: url)
        let pineappla = Data(replacing(Array("pineapple".utf8), with: Array("pineappla".utf8), in: [UInt8](original)))
        try pineappla.write(to: url)

        // Resumed and closed: the new snapshot holds the journal's truth.
        let (talk, stored) = try store.open("abcd")
        #expect(stored.record == truth && !stored.usedSnapshot && stored.notices.count == 1)
        try talk.append([Event(.resumed, at: t0)])
        try talk.writeSnapshot()
        talk.close()
        let resumed = try store.load("abcd")
        #expect(resumed.usedSnapshot && resumed.notices.isEmpty)
        #expect(resumed.record.answers["safeword"]?["p1"]?.value == .text("pineapple"))

        try pineappla.write(to: url)
        let report = try store.repair("abcd", now: t0)
        #expect(
            report.snapshotProblem == "its checksum does not match" && !report.nothingToRepair && report.backup == nil)
        #expect(!FileManager.default.fileExists(atPath: url.path))

        // Sealed again after the change (a checksum is not a signature): repair still finds the record
        // is not what the journal says.
        try smallTalk(TalkStore(root: store.root + "-2"))
        let other = TalkStore(root: store.root + "-2")
        let otherURL = URL(fileURLWithPath: snapshotPath(other, "abcd"))
        guard case .success(var changed?) = SnapshotFile.open([UInt8](try Data(contentsOf: otherURL))) else {
            Issue.record("the snapshot as written does not read")
            return
        }
        changed.record.status = .complete
        try Data(try SnapshotFile.bytes(of: changed)).write(to: otherURL)
        #expect(try other.repair("abcd", now: t0).snapshotProblem == "its record is not what the journal says")
        #expect(try other.load("abcd").record.status == .paused)

        // And a sound snapshot is left alone: nothing to repair.
        let (again, _) = try other.open("abcd")
        try again.append([Event(.resumed, at: t0)])
        try again.writeSnapshot()
        again.close()
        #expect(try other.repair("abcd", now: t0).nothingToRepair)
        #expect(FileManager.default.fileExists(atPath: otherURL.path))
    }

    func replacing(_ old: [UInt8], with new: [UInt8], in bytes: [UInt8]) -> [UInt8] {
        guard let at = bytes.indices.first(where: { bytes[$0...].starts(with: old) }) else { return bytes }
        return Array(bytes[..<at]) + new + Array(bytes[(at + old.count)...])
    }
}
