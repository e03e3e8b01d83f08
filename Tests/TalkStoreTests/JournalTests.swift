import Foundation
import TalkEngine
import Testing

@testable import TalkStore

struct JournalTests {
    let t0 = Moment(epochSeconds: 1_795_000_000, utcOffset: 0)

    func tempRoot() -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("candor-store-\(UUID().uuidString)")
            .path
        return dir
    }

    func started() -> Event {
        Event(
            .started, at: t0, talk: TalkInfo(id: "t", title: "T", version: 1, hash: "sha256:0", source: "t"),
            mode: .practice,
            people: [Participant(id: "p1", name: nil)])
    }

    func answer(_ n: Int) -> Event {
        Event(
            .answered, at: t0, question: "q\(n)", by: "p1", value: .text("answer \(n) — héllo ✓ 日本"), kindName: "text")
    }

    @Test func appendedEventsReadBackInOrder() throws {
        let store = TalkStore(root: tempRoot())
        let journal = try store.create(id: "abcd")
        try journal.append([started(), answer(1)])
        try journal.append([answer(2)])
        journal.lock.release()
        let loaded = try store.load("abcd")
        #expect(loaded.entries == 3)
        #expect(loaded.notices.isEmpty)
        #expect(loaded.record.answer("q2", by: "p1")?.value == .text("answer 2 — héllo ✓ 日本"))
        // A reopened journal carries on the sequence.
        try store.open("abcd").talk.append([answer(3)])
        #expect(try store.load("abcd").entries == 4)
        #expect(try LoadedJournal.read(path: store.journalPath("abcd")).events.count == 4)
    }

    @Test func eachLineIsPlainJSONWithSequenceAndChecksum() throws {
        let store = TalkStore(root: tempRoot())
        try store.create(id: "abcd").append([started(), answer(1)])
        let text = try String(contentsOfFile: store.journalPath("abcd"), encoding: .utf8)
        let lines = text.split(separator: "\n")
        #expect(lines.count == 2)
        for (i, line) in lines.enumerated() {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object?["seq"] as? Int == i + 1)
            #expect((object?["crc"] as? String)?.count == 8)
        }
    }

    @Test func aTornLastLineIsIgnoredWithANotice() throws {
        let store = TalkStore(root: tempRoot())
        try store.create(id: "abcd").append([started(), answer(1)])
        let path = store.journalPath("abcd")
        let handle = FileHandle(forWritingAtPath: path)!
        handle.seekToEndOfFile()
        handle.write(Data(#"{"seq":3,"event":{"at":"2026"#.utf8))
        handle.closeFile()
        let loaded = try store.load("abcd")
        #expect(loaded.entries == 2)
        #expect(loaded.notices.count == 1)
        #expect(loaded.record.answer("q1", by: "p1") != nil)
    }

    @Test func aFlippedByteInTheMiddleIsDamageNamingTheLine() throws {
        let store = TalkStore(root: tempRoot())
        try store.create(id: "abcd").append([started(), answer(1), answer(2)])
        let path = store.journalPath("abcd")
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let secondLine = bytes.firstIndex(of: UInt8(ascii: "\n"))! + 1
        let thirdLine = bytes[secondLine...].firstIndex(of: UInt8(ascii: "\n"))! + 1
        bytes[(secondLine + thirdLine) / 2] ^= 0x01  // one bit, in the middle of the second line
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.damaged(file: path, line: 2, detail: "its checksum does not match")) {
            try store.load("abcd")
        }
        // Nothing was changed by reading.
        #expect([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))) == bytes)
    }

    @Test func missingSequenceIsDamage() throws {
        let store = TalkStore(root: tempRoot())
        try store.create(id: "abcd").append([started()])
        let path = store.journalPath("abcd")
        let handle = FileHandle(forWritingAtPath: path)!
        handle.seekToEndOfFile()
        handle.write(Data(JournalCodec.encode(seq: 5, event: answer(1))))
        handle.closeFile()
        #expect(throws: StoreError.self) { try store.load("abcd") }
    }

    @Test func idsAreShortUniqueAndPrefixesResolve() throws {
        let store = TalkStore(root: tempRoot())
        var rng = SystemRandomNumberGenerator()
        var ids: [String] = []
        for _ in 0..<30 {
            let id = store.newID(using: &rng)
            #expect(id.count >= 4)
            #expect(id.allSatisfy { TalkStore.alphabet.contains($0) })
            try store.create(id: id).append([started()])
            ids.append(id)
        }
        #expect(Set(ids).count == 30)
        // An id already taken is never given again: with the same random numbers, the next one differs.
        struct Repeating: RandomNumberGenerator {
            var values: [UInt64]
            var at = 0
            mutating func next() -> UInt64 {
                defer { at += 1 }
                return values[at % values.count]
            }
        }
        var same = Repeating(values: [0, 1, 2, 3])
        let first = store.newID(using: &same)
        try store.create(id: first).append([started()])
        same.at = 0
        #expect(store.newID(using: &same) != first)
        #expect(try store.resolve(ids[0]) == ids[0])
        #expect(throws: StoreError.notFound("zzzzzz")) { try store.resolve("zzzzzz") }
        try store.create(id: "abcd").append([started()])
        try store.create(id: "abce").append([started()])
        #expect(try store.resolve("abcd") == "abcd")
        #expect(throws: StoreError.ambiguous("abc", ["abcd", "abce"])) { try store.resolve("abc") }
    }

    @Test func foldersArePrivateWhateverTheUmask() throws {
        for mask: mode_t in [0o000, 0o077, 0o022] {
            let old = umask(mask)
            defer { umask(old) }
            let store = TalkStore(root: tempRoot())
            try store.create(id: "abcd").append([started()])
            for path in [store.root, store.root + "/talks", store.root + "/talks/abcd"] {
                #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o700)
            }
            #expect(
                try FileManager.default.attributesOfItem(atPath: store.journalPath("abcd"))[.posixPermissions] as? Int
                    == 0o600)
        }
    }
}
