import Foundation
import Sealing
import TalkScript
import TalkStore
import Testing

@testable import CandorCLI

/// A talk file compiled once is kept in the data folder and read back instead of compiled, for as long as
/// its text is the same; an edit, a damaged entry or another Candor compiles afresh.
struct CompiledTalkCacheTests {
    func scratch() throws -> (TalkStore, String) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("candor-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let store = TalkStore(root: dir.path + "/data", writer: "candor test")
        try store.prepare()
        return (store, dir.path + "/mine.talk")
    }

    func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    let talk = "talk mine \"Mine\" version 1\nstep one \"One\"\n  ask q1 text \"First question?\"\n"

    @Test func aCompiledTalkIsKeptAndReadBackWhileItsTextIsTheSame() throws {
        let (store, path) = try scratch()
        try write(talk, to: path)
        let first = try TalkLoader.load(path, cache: store)
        let kept = try #require(store.cachedTalk(for: path))
        let folder = store.root + "/cache"
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(names.count == 1)
        let mode = try FileManager.default.attributesOfItem(atPath: folder + "/" + names[0])[.posixPermissions] as? Int
        #expect(mode == 0o600)

        // Read back: the same script and hash, with no compiling (an entry planted for this text, holding
        // another script, is what comes back, so the entry is what is read).
        let fingerprint = ContentHashFingerprint.of(talk)
        var planted = first.script
        planted.title = "Planted"
        store.cacheTalk(
            CompiledTalkCache.payload(planted, fingerprint: fingerprint, hash: first.info.hash, writer: store.writer),
            for: TalkLoader.absolute(path))
        let second = try TalkLoader.load(path, cache: store)
        #expect(second.script.title == "Planted" && second.info.hash == first.info.hash)
        #expect(kept.count > 20)

        // Edited: compiled afresh, and kept again for the new text.
        try write(talk.replacingOccurrences(of: "First question?", with: "Changed question?"), to: path)
        let third = try TalkLoader.load(path, cache: store)
        #expect(third.script.title == "Mine" && third.info.hash != first.info.hash)
        #expect(
            third.script.question("q1")?.text
                == Template(literal: "Changed question?", location: third.script.question("q1")!.text.location))
        #expect(try TalkLoader.load(path, cache: store).script == third.script)

        // Damaged: ignored, compiled afresh and written again.
        let file = folder + "/" + names[0]
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
        bytes[bytes.count / 2] ^= 0x10
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        #expect(try TalkLoader.load(path, cache: store).script == third.script)
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) != Data(bytes))

        // Another Candor's entry is not read.
        let other = TalkStore(root: store.root, writer: "candor other")
        #expect(try TalkLoader.load(path, cache: other).script == third.script)
    }

    @Test func aTalkWithWarningsOrNoDataFolderIsNotKept() throws {
        let (store, path) = try scratch()
        // An unused catalog is a warning: said on every start, so the talk is compiled every time.
        try write(talk + "catalog spare \"Spare\"\n  item a \"A\"\n", to: path)
        let loaded = try TalkLoader.load(path, cache: store)
        #expect(!loaded.warnings.isEmpty)
        #expect(store.cachedTalk(for: TalkLoader.absolute(path)) == nil)
        // No data folder: none is made for a cache.
        let nowhere = TalkStore(root: store.root + "-none", writer: "candor test")
        try write(talk, to: path)
        _ = try TalkLoader.load(path, cache: nowhere)
        #expect(!FileManager.default.fileExists(atPath: nowhere.root))
    }
}

/// The fingerprint TalkLoader checks: the readiness check's text and the talk's.
enum ContentHashFingerprint {
    static func of(_ text: String) -> String {
        ContentHash.fingerprint([TalkLoader.prelude.text, text])
    }
}
