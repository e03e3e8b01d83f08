import Foundation
import TalkEngine
import Testing

@testable import TalkStore

/// Nothing in the data folder is reached through a link, and temporary files are made at names nobody
/// can guess ahead (issue 9, item 2).
struct FolderSafetyTests {
    let t0 = Moment(epochSeconds: 1_795_000_000, utcOffset: 0)

    func tempRoot() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("candor-safety-\(UUID().uuidString)").path
    }

    func started() -> Event {
        Event(
            .started, at: t0, talk: TalkInfo(id: "t", title: "T", version: 1, hash: "sha256:0", source: "t"),
            mode: .practice, people: [Participant(id: "p1", name: nil)])
    }

    /// Links waiting at the names temporary files had (`NAME.tmp-PID`, `journal.jsonl.new`), put there
    /// while the talk is open: writing the talk and its snapshot must leave what they point to untouched.
    @Test func aLinkWhereATemporaryFileWouldGoIsNeverWrittenThrough() throws {
        let store = TalkStore(root: tempRoot())
        let talk = try store.create(id: "abcd")
        let folder = store.folder("abcd")
        let victim = store.root + "-victim.txt"
        try Data("precious\n".utf8).write(to: URL(fileURLWithPath: victim))
        for name in ["snapshot.bin.tmp-\(getpid())", "journal.jsonl.new", "journal.jsonl.tmp-\(getpid())"] {
            try FileManager.default.createSymbolicLink(atPath: folder + "/" + name, withDestinationPath: victim)
        }
        try talk.append([
            started(), Event(.answered, at: t0, question: "q", by: "p1", value: .text("hello"), kindName: "text"),
        ])
        try talk.writeSnapshot()
        talk.close()
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious\n")
        #expect(try store.load("abcd").record.answers["q"]?["p1"]?.value == .text("hello"))
        #expect(try store.load("abcd").usedSnapshot)
        // The links are leftovers to the talk's next holder: removed, never followed.
        let (again, _) = try store.open("abcd")
        again.close()
        #expect(
            Set(try FileManager.default.contentsOfDirectory(atPath: folder)) == [
                "journal.jsonl", "snapshot.bin",
            ])
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious\n")
    }

    @Test func aLinkedTalkFolderIsRefusedByName() throws {
        let store = TalkStore(root: tempRoot())
        try store.prepare()
        let elsewhere = store.root + "-elsewhere"
        try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: store.folder("abcd"), withDestinationPath: elsewhere)
        #expect(try store.allIDs() == ["abcd"])  // seen, not hidden
        #expect(throws: StoreError.unsafe(path: store.folder("abcd"), problem: .link)) { try store.load("abcd") }
        #expect(throws: StoreError.unsafe(path: store.folder("abcd"), problem: .link)) { try store.open("abcd") }
        #expect(throws: StoreError.unsafe(path: store.folder("abcd"), problem: .link)) { try store.create(id: "abcd") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere).isEmpty)
    }

    /// A talk folder with no journal is what a creation killed before its journal was named leaves:
    /// removed by the next listing once its creator is gone, never while a Candor is making it.
    @Test func aTalkFolderWithNoJournalIsRemovedOnlyOnceNoCandorIsMakingIt() throws {
        let store = TalkStore(root: tempRoot())
        let making = try store.create(id: "abcd")  // locked, no journal yet
        #expect(try store.allIDs() == [])
        #expect(FileManager.default.fileExists(atPath: store.folder("abcd")))
        try making.append([started()])
        #expect(try store.allIDs() == ["abcd"])
        making.close()

        func folder(_ id: String, lock: String, files: [String]) throws {
            try FileManager.default.createDirectory(
                atPath: store.folder(id), withIntermediateDirectories: false,
                attributes: [.posixPermissions: 0o700])
            try Data(lock.utf8).write(to: URL(fileURLWithPath: store.folder(id) + "/lock"))
            for name in files {
                try Data("{\"seq\":1".utf8).write(to: URL(fileURLWithPath: store.folder(id) + "/" + name))
            }
        }
        // Killed: its pid in the lock, the lock free.
        try folder("zzzz", lock: "4242\n", files: ["journal.jsonl.tmp-0123456789abcdef", "journal.jsonl.new"])
        // No pid in its lock and made a moment ago (only older versions named a folder before its pid was
        // in): left alone, but not out of sight.
        try folder("yyyy", lock: "", files: [])
        // No pid, and made long ago: its creator was killed before it could write one.
        try folder("xxxx", lock: "", files: [])
        try makeOld(store.folder("xxxx") + "/lock")
        #expect(try store.allIDs() == ["abcd", "yyyy"])
        #expect(!FileManager.default.fileExists(atPath: store.folder("zzzz")))
        #expect(!FileManager.default.fileExists(atPath: store.folder("xxxx")))
        #expect(FileManager.default.fileExists(atPath: store.folder("yyyy")))
        #expect(throws: StoreError.self) { try store.load("yyyy") }
    }

    func makeOld(_ path: String) throws {
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: path)
    }

    /// A new talk's folder appears under its id only once it is locked with its creator's pid written
    /// (a kill between making the folder and writing the pid had left a folder nobody could account for,
    /// listed as damaged). A creation killed before that leaves a hidden folder, removed later.
    @Test func aNewTalkFolderAppearsOnlyWithItsCreatorsPid() throws {
        let store = TalkStore(root: tempRoot())
        let making = try store.create(id: "abcd")
        defer { making.close() }
        let talks = store.root + "/talks"
        #expect(try FileManager.default.contentsOfDirectory(atPath: talks) == ["abcd"])
        #expect(try String(contentsOfFile: store.folder("abcd") + "/lock", encoding: .utf8) == "\(getpid())\n")
        #expect(making.folder == store.folder("abcd"))

        // Killed at once: a hidden folder with an empty lock. Never listed; removed by a later creation
        // once it is old, and not while it may still be in the making.
        for name in [".wwww.tmp-1a2b", ".vvvv.tmp-3c4d"] {
            try FileManager.default.createDirectory(atPath: talks + "/" + name, withIntermediateDirectories: false)
            try Data().write(to: URL(fileURLWithPath: talks + "/" + name + "/lock"))
        }
        try makeOld(talks + "/.wwww.tmp-1a2b/lock")
        #expect(try store.allIDs() == [])
        let next = try store.create(id: "efgh")
        next.close()
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: talks)) == ["abcd", "efgh", ".vvvv.tmp-3c4d"])
    }

    @Test func aNewTalkNeverReplacesAFolderAtItsId() throws {
        let store = TalkStore(root: tempRoot())
        let first = try store.create(id: "abcd")
        first.close()
        #expect(throws: StoreError.self) { try store.create(id: "abcd") }
        let talks = store.root + "/talks"
        #expect(try FileManager.default.contentsOfDirectory(atPath: talks) == ["abcd"])
    }
}
