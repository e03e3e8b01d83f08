import FoundationEssentials
import Glibc
import TalkEngine

/// Walks a journal's whole lines in order, checking each one's checksum and that `seq` counts up by one
/// from 1. It decodes nothing: checking is cheap enough to run over every line on every load, so damage
/// anywhere in a journal is always found, even when a snapshot spares decoding the lines it covers.
struct JournalLines {
    struct Line {
        /// 1-based line number in the file.
        let number: Int
        /// The line's bytes, without its newline.
        let range: Range<Int>
        let checked: JournalCodec.Checked
        /// The offset just past the line's newline.
        var end: Int { range.upperBound + 1 }
    }

    /// Why the walk stopped.
    enum Ending: Equatable {
        /// Every byte belongs to a whole, good line.
        case clean
        /// The last line has no newline (a crash mid-write); it starts at `at`.
        case torn(line: Int, at: Int)
        /// A line that is not a good entry, starting at `at`.
        case damaged(line: Int, at: Int, detail: String)
        /// The caller asked to stop.
        case stopped
    }

    let bytes: [UInt8]

    /// Hands each good line to `body` (which returns false to stop) until the end or the first problem.
    func walk(_ body: (Line) throws -> Bool) rethrows -> Ending {
        var start = 0
        var number = 0
        while start < bytes.count {
            number += 1
            guard let newline = nextNewline(from: start) else {
                return .torn(line: number, at: start)
            }
            switch JournalCodec.check(bytes[start..<newline]) {
            case .failure(.checksum):
                return .damaged(line: number, at: start, detail: "its checksum does not match")
            case .failure(.malformed(let why)):
                return .damaged(line: number, at: start, detail: why)
            case .success(let checked):
                guard checked.seq == number else {
                    return .damaged(
                        line: number, at: start, detail: "entry \(checked.seq) where \(number) was expected")
                }
                if try !body(Line(number: number, range: start..<newline, checked: checked)) { return .stopped }
            }
            start = newline + 1
        }
        return .clean
    }

    /// The offset of the next newline at or after `start` (memchr: this runs over every line of every load).
    private func nextNewline(from start: Int) -> Int? {
        bytes.withUnsafeBytes { raw -> Int? in
            guard let base = raw.baseAddress, start < raw.count,
                let hit = memchr(base + start, Int32(UInt8(ascii: "\n")), raw.count - start)
            else { return nil }
            return UnsafeRawPointer(hit) - base
        }
    }

    /// How many lines the file has, counting a torn last one.
    var count: Int {
        let newlines = bytes.reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        return newlines + (bytes.last.map { $0 == UInt8(ascii: "\n") ? 0 : 1 } ?? 0)
    }

    static func tornNotice(path: String, line: Int) -> String {
        "The last entry of \(path) (line \(line)) was cut off mid-write, probably by a crash. It was ignored; the answer before it is safe."
    }
}

extension JournalLines {
    /// A good line's entry (a plain event, or a sealed one left closed), or the damage it is, naming the
    /// file and the line: how every reader of a journal decodes one.
    func entry(_ line: Line, path: String, with decoder: JSONDecoder) throws -> JournalEntry {
        switch JournalCodec.decodeEntry(bytes[line.range], checked: line.checked, with: decoder) {
        case .success(let entry):
            return entry
        case .failure(.checksum):
            throw StoreError.damaged(file: path, line: line.number, detail: "its checksum does not match")
        case .failure(.malformed(let why)):
            throw StoreError.damaged(file: path, line: line.number, detail: why)
        }
    }
}
