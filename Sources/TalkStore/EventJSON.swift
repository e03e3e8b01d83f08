import TalkEngine
import TalkScript

/// A journal event as JSON, written by hand: the very bytes JSONEncoder writes (sorted keys, slashes not
/// escaped; a test holds the two to byte equality), without its generic machinery, which was about a
/// quarter of the work of saving an answer. Reading stays with JSONDecoder.
enum EventJSON {
    static func encode(_ e: Event) -> [UInt8] {
        var w = Writer()
        w.open("{")
        // Keys in sorted order, as JSONEncoder's .sortedKeys writes them.
        w.key("at")
        w.string(e.at.iso8601)
        if let v = e.by {
            w.key("by")
            w.string(v.rawValue)
        }
        if let v = e.flag {
            w.key("flag")
            w.string(v)
        }
        if let v = e.item {
            w.key("item")
            w.string(v)
        }
        if let k = e.key {
            w.key("key")
            w.open("{")
            w.key("mem")
            w.number(k.memLimit)
            w.key("ops")
            w.number(Int(k.opsLimit))
            w.key("salt")
            w.string(k.salt)
            w.key("wrapped")
            w.string(k.wrapped)
            w.close("}")
        }
        if let v = e.kindName {
            w.key("kind")
            w.string(v)
        }
        if let v = e.line {
            w.key("line")
            w.string(v)
        }
        if let v = e.mode {
            w.key("mode")
            w.string(v.rawValue)
        }
        if let people = e.people {
            w.key("people")
            w.open("[")
            for p in people {
                w.item()
                w.open("{")
                w.key("id")
                w.string(p.id.rawValue)
                if let n = p.name {
                    w.key("name")
                    w.string(n)
                }
                w.close("}")
            }
            w.close("]")
        }
        if let v = e.question {
            w.key("question")
            w.string(v)
        }
        if let v = e.reason {
            w.key("reason")
            w.string(v)
        }
        if let v = e.repeats {
            w.key("repeats")
            w.string(v.rawValue)
        }
        if let v = e.reveal {
            w.key("reveal")
            w.string(v.rawValue)
        }
        if let v = e.sealing {
            w.key("sealing")
            w.string(v.rawValue)
        }
        if let v = e.standing {
            w.key("standing")
            w.string(v.rawValue)
        }
        if let t = e.talk {
            w.key("talk")
            w.open("{")
            w.key("hash")
            w.string(t.hash)
            w.key("id")
            w.string(t.id)
            if let list = t.list {
                w.key("list")
                w.string(list)
            }
            w.key("source")
            w.string(t.source)
            w.key("title")
            w.string(t.title)
            w.key("version")
            w.number(t.version)
            w.close("}")
        }
        if let v = e.text {
            w.key("text")
            w.string(v)
        }
        w.key("type")
        w.string(e.type.rawValue)
        if let v = e.value {
            w.key("value")
            answer(v, &w)
        }
        w.close("}")
        return w.out
    }

    private static func answer(_ value: AnswerValue, _ w: inout Writer) {
        w.open("{")
        switch value {
        case .text(let s):
            w.key("text")
            w.string(s)
        case .lines(let l):
            w.key("lines")
            strings(l, &w)
        case .option(let s):
            w.key("option")
            w.string(s)
        case .options(let l):
            w.key("options")
            strings(l, &w)
        case .number(let n):
            w.key("number")
            w.number(n)
        case .date(let d):
            w.key("date")
            w.string(d.iso)
        case .bool(let b):
            w.key("yes")
            w.raw(b ? "true" : "false")
        case .skipped:
            w.key("skipped")
            w.raw("true")
        case .ratings(let sheet):
            if let additions = sheet.additions {
                w.key("additions")
                strings(additions, &w)
            }
            // Sorted by UTF-8 bytes, as JSONEncoder sorts keys.
            let sorted = { (keys: Dictionary<String, String?>.Keys) in
                keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) })
            }
            if let conditions = sheet.conditions {
                w.key("conditions")
                w.open("{")
                for key in conditions.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
                    w.key(key)
                    w.string(conditions[key]!)
                }
                w.close("}")
            }
            w.key("ratings")
            w.open("{")
            for key in sorted(sheet.ratings.keys) {
                w.key(key)
                if let v = sheet.ratings[key] ?? nil { w.string(v) } else { w.raw("null") }
            }
            w.close("}")
            if let tried = sheet.tried {
                w.key("tried")
                strings(tried, &w)
            }
        }
        w.close("}")
    }

    private static func strings(_ list: [String], _ w: inout Writer) {
        w.open("[")
        for s in list {
            w.item()
            w.string(s)
        }
        w.close("]")
    }

    /// Appends JSON text, putting commas between the members of an object or array.
    private struct Writer {
        var out: [UInt8] = []
        private var first: [Bool] = []

        init() { out.reserveCapacity(256) }

        mutating func open(_ bracket: Unicode.Scalar) {
            out.append(UInt8(ascii: bracket))
            first.append(true)
        }

        mutating func close(_ bracket: Unicode.Scalar) {
            out.append(UInt8(ascii: bracket))
            first.removeLast()
        }

        /// Before an array element.
        mutating func item() {
            if first[first.count - 1] { first[first.count - 1] = false } else { out.append(UInt8(ascii: ",")) }
        }

        mutating func key(_ k: String) {
            item()
            string(k)
            out.append(UInt8(ascii: ":"))
        }

        mutating func raw(_ s: StaticString) {
            s.withUTF8Buffer { out.append(contentsOf: $0) }
        }

        mutating func number(_ n: Int) {
            out.append(contentsOf: String(n).utf8)
        }

        /// Quote and backslash escaped, C0 controls as \b \f \n \r \t or \u00xx; everything else as is.
        mutating func string(_ s: String) {
            out.append(UInt8(ascii: "\""))
            for byte in s.utf8 {
                switch byte {
                case UInt8(ascii: "\""): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
                case UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
                case 0x0A: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
                case 0x0D: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
                case 0x09: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
                case 0x08: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
                case 0x0C: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
                case 0x00..<0x20:
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    out.append(contentsOf: [
                        UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                        hex[Int(byte >> 4)], hex[Int(byte & 0xF)],
                    ])
                default: out.append(byte)
                }
            }
            out.append(UInt8(ascii: "\""))
        }
    }
}
