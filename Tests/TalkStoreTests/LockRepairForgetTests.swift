import Foundation
import TalkEngine
import Testing

@testable import TalkStore

/// One Candor per talk; repair keeps a backup and says what it dropped; forget removes everything.
struct LockRepairForgetTests {
    let t0 = Moment(epochSeconds: 1_795_000_000, utcOffset: 0)

    func tempRoot() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("candor-lock-\(UUID().uuidString)").path
    }

    func started() -> Event {
        Event(
            .started, at: t0, talk: TalkInfo(id: "t", title: "T", version: 1, hash: "sha256:0", source: "t"),
            mode: .practice, people: [Participant(id: "p1", name: nil)])
    }

    func answer(_ n: Int) -> Event {
        Event(.answered, at: t0, question: "q\(n)", by: "p1", value: .text("answer \(n)"), kindName: "text")
    }

    func talk(_ store: TalkStore, lines: Int) throws {
        let talk = try store.create(id: "abcd")
        try talk.append([started()] + (1..<lines).map(answer))
        talk.close()
    }

    func bytes(_ path: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))) }

    func flipByte(inLine line: Int, of path: String) throws -> [UInt8] {
        var b = try bytes(path)
        let starts = [0] + b.indices.filter { b[$0] == UInt8(ascii: "\n") }.map { $0 + 1 }
        b[(starts[line - 1] + starts[line]) / 2] ^= 0x10
        try Data(b).write(to: URL(fileURLWithPath: path))
        return b
    }

    @Test func aSecondHolderIsToldWhoHasTheTalk() throws {
        let store = TalkStore(root: tempRoot())
        try talk(store, lines: 3)
        let (first, _) = try store.open("abcd")
        // flock conflicts between two open files even within one process, which is what lets this test
        // stand in for two Candors.
        #expect(throws: StoreError.locked(id: "abcd", pid: getpid())) { try store.open("abcd") }
        #expect(throws: StoreError.locked(id: "abcd", pid: getpid())) { try store.lock("abcd") }
        #expect(StoreError.locked(id: "abcd", pid: 42).description == "talk abcd is open in another Candor (pid 42)")
        first.close()
        let (second, _) = try store.open("abcd")
        second.close()
        #expect(throws: StoreError.notFound("zzzz")) { try store.lock("zzzz") }
    }

    @Test func repairKeepsABackupAndTheLinesBeforeTheFirstBadOne() throws {
        let store = TalkStore(root: tempRoot())
        try talk(store, lines: 8)
        let path = store.journalPath("abcd")
        let damaged = try flipByte(inLine: 5, of: path)
        #expect(throws: StoreError.self) { try store.load("abcd") }

        let report = try store.repair("abcd", now: t0)
        #expect(report.kept == 4)
        #expect(report.dropped == 4)
        #expect(report.fromLine == 5)
        #expect(report.problem == "its checksum does not match")
        let backup = try #require(report.backup)
        #expect(backup == path + ".bak-20261118T110640Z")
        #expect(try bytes(backup) == damaged)
        #expect(try FileManager.default.attributesOfItem(atPath: backup)[.posixPermissions] as? Int == 0o600)
        #expect(!FileManager.default.fileExists(atPath: store.folder("abcd") + "/snapshot.bin"))

        let loaded = try store.load("abcd")
        #expect(loaded.entries == 4)
        #expect(loaded.record.answer("q3", by: "p1") != nil)
        #expect(loaded.record.answer("q4", by: "p1") == nil)
        // The kept lines are the very bytes they were.
        #expect(try bytes(path) == Array(damaged[0..<(try bytes(path)).count]))

        // Healthy now: nothing to repair, nothing touched, no second backup.
        let again = try store.repair("abcd", now: t0)
        #expect(again.nothingToRepair)
        #expect(again.backup == nil)
        let names = try FileManager.default.contentsOfDirectory(atPath: store.folder("abcd"))
        #expect(names.filter { $0.contains(".bak-") }.count == 1)
    }

    @Test func repairDropsATornLastLineAndRefusesWhenNothingCanBeKept() throws {
        let store = TalkStore(root: tempRoot())
        try talk(store, lines: 3)
        let path = store.journalPath("abcd")
        let handle = FileHandle(forWritingAtPath: path)!
        handle.seekToEndOfFile()
        handle.write(Data(#"{"seq":4,"ev"#.utf8))
        handle.closeFile()
        let report = try store.repair("abcd", now: t0)
        #expect(report.kept == 3 && report.dropped == 1 && report.fromLine == 4)

        _ = try flipByte(inLine: 1, of: path)
        let before = try bytes(path)
        #expect(throws: StoreError.self) { try store.repair("abcd", now: t0) }
        #expect(try bytes(path) == before)
    }

    @Test func repairWaitsForNoOneButRefusesAnOpenTalk() throws {
        let store = TalkStore(root: tempRoot())
        try talk(store, lines: 3)
        let (open, _) = try store.open("abcd")
        #expect(throws: StoreError.locked(id: "abcd", pid: getpid())) { try store.repair("abcd", now: t0) }
        open.close()
    }

    @Test func forgetRemovesEveryFileAndTheFolder() throws {
        let store = TalkStore(root: tempRoot())
        try talk(store, lines: 3)
        _ = try flipByte(inLine: 3, of: store.journalPath("abcd"))
        _ = try store.repair("abcd", now: t0)  // a backup to remove too
        let lock = try store.lock("abcd")
        try store.remove("abcd", holding: lock)
        #expect(!FileManager.default.fileExists(atPath: store.folder("abcd")))
        #expect(try store.allIDs().isEmpty)
    }
}
