import FoundationEssentials
import Glibc
import Sealing
import TalkEngine

/// One journal line: `{"seq":12,"event":{...},"crc":"1a2b3c4d"}` and a newline. The CRC covers every
/// byte before `,"crc":"`, so a line can be checked without re-encoding it, and each line stays plain JSON.
/// What a journal line holds.
public enum JournalEntry: Sendable, Equatable {
    case event(Event)
    /// An event sealed under its author's key, as it is on disk.
    case sealed(SealedEntry)
}

enum JournalCodec {
    private static let crcMarker = Array(#","crc":""#.utf8)

    /// A line is one of two shapes: `event` (plain), or `sealed` (`{"box":...,"by":...}`: an event only
    /// its author's key opens, `Sealed/SealedLines.swift`).
    private struct Line: Decodable {
        var seq: Int
        var event: Event?
        var sealed: SealedJSON?
    }

    private struct SealedJSON: Decodable {
        var box: String
        var by: PersonID
    }

    static func encode(seq: Int, event: Event) -> [UInt8] {
        encodeLine(seq: seq, event: event).bytes
    }

    /// The line and its checksum (a snapshot names the last line it covers by seq and checksum).
    static func encodeLine(seq: Int, event: Event) -> (bytes: [UInt8], crc: UInt32) {
        // Written by hand (EventJSON): the bytes JSONEncoder would write, at a fraction of the cost.
        var line = Array(#"{"seq":\#(seq),"event":"#.utf8)
        line.append(contentsOf: EventJSON.encode(event))
        return finish(line)
    }

    /// A sealed line: the box (base64) and whose it is; the checksum covers them like any line's.
    static func encodeSealed(_ entry: SealedEntry) -> (bytes: [UInt8], crc: UInt32) {
        var line = Array(#"{"seq":\#(entry.seq),"sealed":{"box":""#.utf8)
        line.append(contentsOf: entry.box.utf8)  // base64: nothing to escape
        line.append(contentsOf: Array(#"","by":""#.utf8))
        line.append(contentsOf: entry.by.rawValue.utf8)  // a person id: [a-z0-9-] only
        line.append(contentsOf: Array(#""}"#.utf8))
        return finish(line)
    }

    private static func finish(_ body: [UInt8]) -> (bytes: [UInt8], crc: UInt32) {
        var line = body
        let crc = CRC32.checksum(line)
        line.append(contentsOf: crcMarker)
        line.append(contentsOf: Array(CRC32.hex(crc).utf8))
        line.append(contentsOf: Array("\"}\n".utf8))
        return (line, crc)
    }

    enum Problem: Error, Equatable {
        case checksum
        case malformed(String)
    }

    /// What checking a line gives: its sequence number, its checksum, and where the checksum field starts.
    struct Checked: Equatable {
        var seq: Int
        var crc: UInt32
        var markerStart: Int
    }

    private static let seqPrefix = Array(#"{"seq":"#.utf8)

    /// Checks one line's checksum and reads its sequence number, without decoding the JSON: cheap enough
    /// to run over every line of a long journal on every load, so damage anywhere is always found.
    static func check(_ line: ArraySlice<UInt8>) -> Result<Checked, Problem> {
        // Where Candor writes it, the marker ends the line but for its 8 hex digits and `"}`: looked for
        // there first, and searched for only in a line that is not as written.
        let expected = line.endIndex - 10 - crcMarker.count
        let markerStart: Int
        if expected >= line.startIndex, same(line, at: expected, as: crcMarker) {
            markerStart = expected
        } else if let found = lastIndex(of: crcMarker, in: line) {
            markerStart = found
        } else {
            return .failure(.malformed("no checksum"))
        }
        let hexStart = markerStart + crcMarker.count
        guard line.endIndex - hexStart == 10, line[line.endIndex - 2] == UInt8(ascii: "\""),
            line[line.endIndex - 1] == UInt8(ascii: "}"), let stored = hex32(line[hexStart..<(hexStart + 8)])
        else {
            return .failure(.malformed("bad checksum field"))
        }
        guard CRC32.checksum(line[line.startIndex..<markerStart]) == stored else { return .failure(.checksum) }
        // The checksum matched, so the line is as Candor wrote it: `{"seq":N,"event":...`.
        guard line.count > seqPrefix.count, same(line, at: line.startIndex, as: seqPrefix) else {
            return .failure(.malformed("not a journal entry"))
        }
        var seq = 0
        var i = line.startIndex + seqPrefix.count
        while i < markerStart, line[i] >= UInt8(ascii: "0"), line[i] <= UInt8(ascii: "9"), seq < Int.max / 10 - 9 {
            seq = seq * 10 + Int(line[i] - UInt8(ascii: "0"))
            i += 1
        }
        guard i > line.startIndex + seqPrefix.count, i < markerStart, line[i] == UInt8(ascii: ",") else {
            return .failure(.malformed("not a journal entry"))
        }
        return .success(Checked(seq: seq, crc: stored, markerStart: markerStart))
    }

    /// Whether `line` holds `bytes` at `at` (which must leave room for them): compared in place, where the
    /// generic `elementsEqual` of two slices cost two hundred instructions a line.
    static func same(_ line: ArraySlice<UInt8>, at: Int, as bytes: [UInt8]) -> Bool {
        line.withUnsafeBufferPointer { l in
            bytes.withUnsafeBufferPointer { b in
                memcmp(l.baseAddress! + (at - line.startIndex), b.baseAddress!, b.count) == 0
            }
        }
    }

    /// Eight hex digits as a number, read straight from the bytes; nil for anything else.
    static func hex32(_ digits: ArraySlice<UInt8>) -> UInt32? {
        guard digits.count == 8 else { return nil }
        var value: UInt32 = 0
        for byte in digits {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// Decodes the entry of a line `check` accepted: a plain event, or a sealed one left closed.
    static func decodeEntry(_ line: ArraySlice<UInt8>, checked: Checked, with decoder: JSONDecoder) -> Result<
        JournalEntry, Problem
    > {
        var body = Array(line[line.startIndex..<checked.markerStart])
        body.append(UInt8(ascii: "}"))
        let decoded: Line
        do {
            decoded = try decoder.decode(Line.self, from: Data(body))
        } catch {
            return .failure(.malformed("not a journal entry"))
        }
        guard decoded.seq == checked.seq else { return .failure(.malformed("not a journal entry")) }
        switch (decoded.event, decoded.sealed) {
        case (let event?, nil):
            return validate(event).map(JournalEntry.event)
        case (nil, let sealed?):
            guard Base64.decode(sealed.box) != nil else {
                return .failure(.malformed("a sealed entry that is not base64"))
            }
            return .success(.sealed(SealedEntry(seq: decoded.seq, by: sealed.by, box: sealed.box)))
        default:
            return .failure(.malformed("not a journal entry"))
        }
    }

    /// A plain event's own checks, wherever it came from (a plain line, or a sealed one opened).
    static func validate(_ event: Event) -> Result<Event, Problem> {
        // Candor never writes one person id twice. Keeping either person would silently lose the
        // other's answers, so such a line is damage, for `repair` to deal with.
        if let people = event.people, Set(people.map(\.id)).count != people.count {
            return .failure(.malformed("it names the same person id twice"))
        }
        // Every field its type needs, in the shape it needs: folding never has to skip an entry.
        guard event.payload != nil else {
            return .failure(.malformed("a \(event.type.rawValue) entry without the fields it needs"))
        }
        return .success(event)
    }

    private static func lastIndex(of needle: [UInt8], in hay: ArraySlice<UInt8>) -> Int? {
        guard hay.count >= needle.count else { return nil }
        var i = hay.endIndex - needle.count
        while i >= hay.startIndex {
            if hay[i] == needle[0] && hay[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i -= 1
        }
        return nil
    }
}
