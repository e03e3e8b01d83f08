import Foundation
import TalkEngine
import Testing

@testable import TalkStore

/// The journal's first line names the talk it was begun with: read alone, as a hint for loading the talk
/// early, and nil whenever that line is not a whole, checked start.
struct StartedTalkTests {
    let t0 = Moment(epochSeconds: 1_795_000_000, utcOffset: 0)
    let info = TalkInfo(id: "t", title: "T", version: 2, hash: "sha256:0", source: "/talks/mine.talk", list: "/l.list")

    @Test func theFirstLineNamesTheTalkAndADamagedOneNothing() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("candor-st-\(UUID().uuidString)").path
        let store = TalkStore(root: root)
        #expect(store.startedTalk("abcd") == nil)  // no such talk
        let talk = try store.create(id: "abcd")
        try talk.append([
            Event(.started, at: t0, talk: info, mode: .practice, people: [Participant(id: "p1", name: "Sam")]),
            Event(.answered, at: t0, question: "q", by: "p1", value: .text("hello"), kindName: "text"),
        ])
        talk.close()
        #expect(store.startedTalk("abcd") == info)
        let path = store.journalPath("abcd")
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        bytes[30] ^= 0x01  // inside the first line: its checksum no longer holds
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(store.startedTalk("abcd") == nil)
        try Data("no line break at all".utf8).write(to: URL(fileURLWithPath: path))
        #expect(store.startedTalk("abcd") == nil)
    }
}
