import FoundationEssentials
import TalkEngine

/// One journal line: `{"seq":12,"event":{...},"crc":"1a2b3c4d"}` and a newline. The CRC covers every
/// byte before `,"crc":"`, so a line can be checked without re-encoding it, and each line stays plain JSON.
enum JournalCodec {
    private static let crcMarker = Array(#","crc":""#.utf8)

    private struct Line: Codable {
        var seq: Int
        var event: Event
    }

    static func encoder() -> JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }

    static func encode(seq: Int, event: Event, with encoder: JSONEncoder) throws -> [UInt8] {
        let eventJSON = try encoder.encode(event)
        var line = Array(#"{"seq":\#(seq),"event":"#.utf8)
        line.append(contentsOf: eventJSON)
        let crc = CRC32.hex(CRC32.checksum(line))
        line.append(contentsOf: crcMarker)
        line.append(contentsOf: Array(crc.utf8))
        line.append(contentsOf: Array("\"}\n".utf8))
        return line
    }

    enum Problem: Error, Equatable {
        case checksum
        case malformed(String)
    }

    /// Checks and decodes one line (without its newline).
    static func decode(_ line: ArraySlice<UInt8>, with decoder: JSONDecoder) -> Result<(Int, Event), Problem> {
        guard let markerStart = lastIndex(of: crcMarker, in: line) else { return .failure(.malformed("no checksum")) }
        let hexStart = markerStart + crcMarker.count
        guard line.endIndex - hexStart == 10, line[line.endIndex - 2] == UInt8(ascii: "\""),
              line[line.endIndex - 1] == UInt8(ascii: "}"),
              let stored = UInt32(String(decoding: line[hexStart..<(hexStart + 8)], as: UTF8.self), radix: 16) else {
            return .failure(.malformed("bad checksum field"))
        }
        guard CRC32.checksum(line[line.startIndex..<markerStart]) == stored else { return .failure(.checksum) }
        var body = Array(line[line.startIndex..<markerStart])
        body.append(UInt8(ascii: "}"))
        do {
            let decoded = try decoder.decode(Line.self, from: Data(body))
            return .success((decoded.seq, decoded.event))
        } catch {
            return .failure(.malformed("not a journal entry"))
        }
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
