// libFuzzer harness for the journal reader: LoadedJournal.parse (what `read` does once the file is in
// memory) on arbitrary bytes, then what Candor does with a journal it accepted: Record.fold, the record
// as JSON (`candor show --json`), the readable view (`candor show`), the exports (`candor export`), and
// the session a resume builds from it (`candor resume`) asked for its next prompt. Built by Scripts/fuzz
// straight from the sources.
//
// Most mutations of a line break its CRC, and the reader rightly stops there. So when the input's first
// byte is odd, the harness first rewrites every line's checksum to match, and the fuzzer reaches the JSON
// decoder, the fold and everything after it.
//
// A failure is a crash, a trap or a hang, or a folded record that breaks what its readers rely on (one
// entry per person id). Throwing StoreError is the reader doing its job.

import BuiltinTalks
import Exports
import FoundationEssentials
import TalkEngine
import TalkScript

@testable import TalkStore

/// The default talk, as `candor resume` would compile it for a record that names it.
private let defaultScript: Script = {
    let prelude = SourceFile(name: "readiness.talk", text: BuiltinTalks.readiness.source)
    let talk = BuiltinTalks.named(BuiltinTalks.defaultName)!
    return TalkCompiler.compile(SourceFile(name: talk.fileName, text: talk.source), prelude: prelude).script!
}()

private let crcMarker = Array(#","crc":""#.utf8)

/// Every line ending in `,"crc":"XXXXXXXX"}` gets the checksum of what comes before the marker.
func fixingChecksums(_ input: ArraySlice<UInt8>) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(input.count)
    var lines = input.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    let last = lines.removeLast()
    for line in lines + [last] {
        var bytes = Array(line)
        if bytes.count >= crcMarker.count + 10 {
            let markerStart = bytes.count - 10 - crcMarker.count
            if Array(bytes[markerStart..<(markerStart + crcMarker.count)]) == crcMarker {
                let hex = Array(CRC32.hex(CRC32.checksum(bytes[..<markerStart])).utf8)
                bytes.replaceSubrange((markerStart + crcMarker.count)..<(markerStart + crcMarker.count + 8), with: hex)
            }
        }
        out += bytes
        out.append(UInt8(ascii: "\n"))
    }
    out.removeLast()  // the split added one newline more than the input had
    return out
}

@_cdecl("LLVMFuzzerTestOneInput")
public func journalFuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = UnsafeBufferPointer(start: data, count: size)
    guard let mode = input.first else { return 0 }
    let rest = Array(input.dropFirst())[...]
    let bytes = mode & 1 == 1 ? fixingChecksums(rest) : Array(rest)
    guard let journal = try? LoadedJournal.parse(bytes: bytes, path: "fuzz/journal.jsonl"),
        let record = Record.fold(id: "fuzz", events: journal.events)
    else { return 0 }
    if Set(record.people.map(\.id)).count != record.people.count { fatalError("two people with one id") }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    _ = try? encoder.encode(record)
    _ = RecordView(record: record, script: defaultScript).sections
    _ = RecordView(record: record, script: nil).sections
    _ = MarkdownExport.render(record, script: defaultScript, everything: mode & 2 == 2)
    _ = HTMLExport.render(record, script: nil, everything: mode & 2 == 2)
    _ = CalendarExport.render(record, script: defaultScript, product: "fuzz")
    if record.status.isOpen {
        var session = Session(script: defaultScript, record: record)
        _ = session.current
        _ = session.resume(now: record.updated)
        _ = session.current
    }
    return 0
}
