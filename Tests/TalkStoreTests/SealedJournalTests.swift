import Foundation
import Sealing
import TalkEngine
import Testing

@testable import TalkStore

/// Sealed lines on disk: written under their author's key, read back closed, opened only with that key
/// at their own place, and never in a snapshot in the clear.
struct SealedJournalTests {
    let t0 = Moment(epochSeconds: 1_795_000_000, utcOffset: 0)
    let secret = "SEALED-SECRET ✓"

    func tempRoot() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("candor-sealed-\(UUID().uuidString)").path
    }

    func started() -> Event {
        Event(
            .started, at: t0, talk: TalkInfo(id: "t", title: "T", version: 1, hash: "sha256:0", source: "t"),
            mode: .together, people: [Participant(id: "p1", name: "Sam"), Participant(id: "p2", name: "Alex")],
            reveal: .matches, sealing: .privateAnswers)
    }

    func answer(_ n: Int, by person: PersonID) -> Event {
        Event(.answered, at: t0, question: "q\(n)", by: person, value: .text("\(secret) \(n)"), kindName: "text")
    }

    func passphrase(_ text: String) -> SecretBytes {
        Array(text.utf8).withUnsafeBytes { SecretBytes(copying: $0) }
    }

    /// A talk with Sam's key made, and Sam's and Alex's answers; Alex's key is not in this sitting, so
    /// nothing of Alex's may be written.
    func sealedTalk(_ store: TalkStore) throws -> (Keyring, StoredKey) {
        let keys = Keyring()
        let stored = try keys.make(for: "p1", passphrase: passphrase("sam-pass"), talk: "abcd")
        let talk = try store.create(id: "abcd")
        let sealer: (Event) -> PersonID? = { event in
            Record(id: "abcd", started: self.started()).sealedAuthor(of: event, script: nil)
        }
        try talk.append(
            [started(), Event(.keyed, at: t0, by: "p1", key: stored), answer(1, by: "p1"), answer(2, by: "p1")],
            sealer: sealer, keys: keys)
        #expect(throws: StoreError.keyMissing(person: "p2")) {
            try talk.append([answer(3, by: "p2")], sealer: sealer, keys: keys)
        }
        try talk.writeSnapshot()
        talk.close()
        return (keys, stored)
    }

    @Test func privateAnswersAreWrittenSealedAndReadBackClosed() throws {
        let store = TalkStore(root: tempRoot())
        let (keys, _) = try sealedTalk(store)
        for name in ["journal.jsonl", "snapshot.bin"] {
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: store.folder("abcd") + "/" + name)))
            let secret = Array("SEALED-SECRET".utf8)
            #expect(bytes.count > 100 && !bytes.indices.contains { bytes[$0...].starts(with: secret) }, "\(name)")
        }
        let record = try store.load("abcd").record
        #expect(record.answer("q1", by: "p1") == nil)
        #expect(record.sealed?.map(\.seq) == [3, 4] && record.lockedPeople == ["p1"])
        var opened = record
        opened.open(try store.opened(record, for: "p1", keys: keys), for: "p1")
        #expect(opened.answer("q2", by: "p1")?.value == .text("\(secret) 2"))
        #expect(opened.sealed == nil)
    }

    @Test func theWrongPassphraseOpensNothingAndTheRightOneDoes() throws {
        let store = TalkStore(root: tempRoot())
        let (_, stored) = try sealedTalk(store)
        let fresh = Keyring()
        #expect(!fresh.unlock("p1", passphrase: passphrase("sam-pas"), stored: stored, talk: "abcd"))
        #expect(!fresh.unlock("p1", passphrase: passphrase("sam-pass"), stored: stored, talk: "other"))
        #expect(!fresh.unlock("p2", passphrase: passphrase("sam-pass"), stored: stored, talk: "abcd"))
        #expect(fresh.unlock("p1", passphrase: passphrase("sam-pass"), stored: stored, talk: "abcd"))
        #expect(try store.opened(store.load("abcd").record, for: "p1", keys: fresh).count == 2)
    }

    @Test func aLineAtAnotherPlaceOrOfAnotherTalkDoesNotOpen() throws {
        let store = TalkStore(root: tempRoot())
        let (keys, _) = try sealedTalk(store)
        let record = try store.load("abcd").record
        let line = record.sealed![0]
        var moved = line
        moved.seq = 4
        #expect(throws: StoreError.self) { try store.open(moved, in: "abcd", keys: keys) }
        #expect(throws: StoreError.self) { try store.open(line, in: "abce", keys: keys) }
        var relabelled = line
        relabelled.by = "p2"
        #expect(throws: StoreError.self) { try store.open(relabelled, in: "abcd", keys: keys) }
        #expect(try store.open(line, in: "abcd", keys: keys).question == "q1")
    }

    @Test func aRewriteReplacesTheJournalWholeAndKeepsSealedLinesAsTheyAre() throws {
        let store = TalkStore(root: tempRoot())
        let (keys, _) = try sealedTalk(store)
        let before = try String(contentsOfFile: store.journalPath("abcd"), encoding: .utf8)
        try store.rewrite("abcd") { _, entries in
            entries.map { entry in
                switch entry {
                case .event(let e): .plain(e)
                case .sealed(let s): .kept(s)
                }
            }
        }
        #expect(try String(contentsOfFile: store.journalPath("abcd"), encoding: .utf8) == before)
        #expect(!FileManager.default.fileExists(atPath: store.folder("abcd") + "/snapshot.bin"))
        // Opened and written back plain, as unlock does.
        try store.rewrite("abcd") { _, entries in
            try entries.map { entry in
                switch entry {
                case .event(let e): .plain(e)
                case .sealed(let s): .plain(try store.open(s, in: "abcd", keys: keys))
                }
            }
        }
        let plain = try store.load("abcd").record
        #expect(plain.sealed == nil && plain.answer("q1", by: "p1")?.value == .text("\(secret) 1"))
    }
}
