// libFuzzer harness for the journal reader: LoadedJournal.parse (what `read` does once the file is in
// memory) on arbitrary bytes, then what Candor does with a journal it accepted: Record.fold, the record
// as JSON (`candor show --json`), the readable view (`candor show`), and the session a resume builds
// from it (`candor resume`) asked for its next prompt. Built by Scripts/fuzz straight from the sources.
//
// A failure is a crash, a trap or a hang. Throwing StoreError is the reader doing its job.

import FoundationEssentials
import BuiltinTalks
import TalkEngine
import TalkScript
@testable import TalkStore

/// The default talk, as `candor resume` would compile it for a record that names it.
private let defaultScript: Script = {
    let prelude = SourceFile(name: "readiness.talk", text: BuiltinTalks.readiness.source)
    let talk = BuiltinTalks.named(BuiltinTalks.defaultName)!
    return TalkCompiler.compile(SourceFile(name: talk.fileName, text: talk.source), prelude: prelude).script!
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func journalFuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let journal = try? LoadedJournal.parse(bytes: bytes, path: "fuzz/journal.jsonl"),
          let record = Record.fold(id: "fuzz", events: journal.events) else { return 0 }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    _ = try? encoder.encode(record)
    _ = RecordView(record: record, script: defaultScript).sections
    _ = RecordView(record: record, script: nil).sections
    if record.status.isOpen {
        var session = Session(script: defaultScript, record: record)
        _ = session.current
        let reply = session.resume(now: record.updated)
        _ = reply.events
        _ = session.current
    }
    return 0
}
