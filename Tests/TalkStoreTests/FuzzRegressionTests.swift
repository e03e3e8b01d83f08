import Foundation
import TalkEngine
import Testing

@testable import TalkStore

/// Journals that once crashed Candor, or that a reader must survive, kept for ever in
/// Tests/Fuzz/regressions/journal/ (found by Scripts/fuzz or by the bad-input work). `NAME.jsonl` is a
/// journal as it would be on disk; `NAME.fuzz` is a journal harness input as libFuzzer saved it (a mode
/// byte, then the journal: see Tests/Fuzz/JournalFuzz.swift). Each goes through the reader the way
/// `candor show` and `candor resume` take it: parse, fold, the record as JSON, the readable view.
/// A `damaged-*` file must be refused with a line number; every other one must load.
struct JournalFuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../Fuzz/regressions/journal").standardizedFileURL

    static var inputs: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".jsonl") || $0.hasSuffix(".fuzz") }.sorted()
    }

    /// The journal a harness input stands for: drop the mode byte and, when it is odd, give every line
    /// the checksum it should have (as the harness does).
    static func journalBytes(_ name: String) throws -> [UInt8] {
        let raw = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
        guard name.hasSuffix(".fuzz"), let mode = raw.first else { return raw }
        let marker = Array(#","crc":""#.utf8)
        var lines = raw.dropFirst().split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(
            Array.init)
        if mode & 1 == 1 {
            for i in lines.indices where lines[i].count >= marker.count + 10 {
                let m = lines[i].count - 10 - marker.count
                guard Array(lines[i][m..<(m + marker.count)]) == marker else { continue }
                let hex = Array(CRC32.hex(CRC32.checksum(lines[i][..<m])).utf8)
                lines[i].replaceSubrange((m + marker.count)..<(m + marker.count + 8), with: hex)
            }
        }
        return Array(lines.joined(separator: [UInt8(ascii: "\n")]))
    }

    @Test func theRegressionFolderIsThere() {
        #expect(Self.inputs.count >= 4, "no regression journals found in \(Self.folder.path)")
    }

    @Test(arguments: inputs)
    func readsOrRefusesWithoutCrashing(_ name: String) throws {
        let bytes = try Self.journalBytes(name)
        if name.hasPrefix("damaged-") {
            #expect {
                _ = try LoadedJournal.parse(bytes: bytes, path: name)
            } throws: { error in
                guard case StoreError.damaged(let file, let line, _)? = error as? StoreError else { return false }
                return file == name && line >= 1
            }
            return
        }
        let journal = try LoadedJournal.parse(bytes: bytes, path: name)
        let record = try #require(Record.fold(id: "fuzz", events: journal.events))
        // show, export and together mode key dictionaries by person id.
        #expect(Set(record.people.map(\.id)).count == record.people.count)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        #expect(try !encoder.encode(record).isEmpty)
        _ = RecordView(record: record, script: nil).sections
    }

    /// A journal naming one person id twice once made `candor show` trap (Dictionary with duplicate
    /// keys), then was read with the second person dropped and their answers lost (issue 9): it is damage.
    @Test func duplicatePeopleAreRefusedAsDamage() throws {
        #expect {
            _ = try LoadedJournal.parse(bytes: Self.journalBytes("damaged-duplicate-people.jsonl"), path: "j")
        } throws: { error in
            guard case StoreError.damaged(let file, let line, let detail)? = error as? StoreError else { return false }
            return file == "j" && line == 1 && detail.contains("same person id twice")
        }
    }
}
