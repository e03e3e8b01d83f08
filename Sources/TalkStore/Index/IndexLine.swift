import Glibc
import TalkEngine
import TalkScript

/// One talk's line in the index file, written and read by hand, byte by byte: fields separated by tabs,
/// in a fixed order, times and days as integers. Reading 3,000 lines is then a scan, not a JSON
/// decoder's work per field (which was three quarters of `candor list` at that size) nor Unicode
/// character handling. A field's tab, line break, carriage return and backslash are written `\t`, `\n`,
/// `\r`, `\\`; an optional field is empty when absent and starts with `=` when present.
/// docs/record-format.md lists the fields.
public enum IndexLine {
    /// The file's first line starts with the format and its version (then the talks folder's stamp and
    /// the checksum of the lines after it). Any other first line is an index to make again.
    static let header = "candor-index\t6"

    static func encode(_ e: IndexEntry) -> String {
        var fields = [
            e.id, String(e.length), String(e.modified), e.status.rawValue, e.mode.rawValue,
            String(e.created.epochSeconds), String(e.created.utcOffset), String(e.updated.epochSeconds),
            String(e.updated.utcOffset), String(e.answers), e.talk.id, e.talk.title, String(e.talk.version),
            e.talk.hash, e.talk.source, optional(e.talk.list), String(e.people.count),
        ]
        for person in e.people { fields += [person.id.rawValue, optional(person.name)] }
        fields += [
            optional(e.plan.map { String($0.day.daysSinceEpoch) }),
            change(e.plan?.cadence.map { $0.value?.rawValue }),
            change(e.plan?.next.map { $0.value.map { String($0.daysSinceEpoch) } }),
        ]
        return fields.map(escape).joined(separator: "\t")
    }

    static func decode(_ line: ArraySlice<UInt8>) -> IndexEntry? {
        line.withUnsafeBufferPointer { decode(Fields($0)) }
    }

    private static func decode(_ fields: Fields) -> IndexEntry? {
        var f = fields
        guard let id = f.text(), let length = f.int(), let modified = f.int(), let status = f.status(),
            let mode = f.mode(), let created = f.moment(), let updated = f.moment(), let answers = f.int(),
            let talkID = f.text(), let title = f.text(), let version = f.int(), let hash = f.text(),
            let source = f.text(), let list = f.optional(), let count = f.int(), (0..<100).contains(count)
        else { return nil }
        var people: [Participant] = []
        for _ in 0..<count {
            guard let person = f.text(), let name = f.optional() else { return nil }
            people.append(Participant(id: PersonID(rawValue: person), name: name))
        }
        guard let plan = f.plan(), f.atEnd else { return nil }
        return IndexEntry(
            id: id,
            talk: TalkInfo(id: talkID, title: title, version: version, hash: hash, source: source, list: list),
            mode: mode, status: status, people: people, created: created, updated: updated, answers: answers,
            plan: plan, length: length, modified: Int64(modified))
    }

    /// The first fields of a line, which every command needs: id, journal stamp, status, mode, begun,
    /// last touched; and where the rest starts.
    static func head(_ line: ArraySlice<UInt8>) -> IndexedTalk? {
        line.withUnsafeBufferPointer { buffer -> IndexedTalk? in
            var f = Fields(buffer)
            guard let id = f.range(), !f.contains(IndexLine.backslash, in: id), let lengthField = f.range(),
                let modifiedField = f.range(),
                let status = f.status(), let mode = f.mode(), let created = f.moment(), let updated = f.int(),
                f.skip(), !f.atEnd
            else { return nil }
            var (length, modified) = (0, 0)
            // A finished talk's journal stamp is never looked at (its line is trusted): not read either.
            if status.isOpen {
                guard let l = f.number(in: lengthField), let m = f.number(in: modifiedField) else { return nil }
                (length, modified) = (l, m)
            }
            return IndexedTalk(
                idLength: id.count, status: status, mode: mode, created: created, updatedSeconds: Int64(updated),
                length: length, modified: Int64(modified), line: line, rest: f.position)
        }
    }

    /// What `due` needs of a talk: who it was between (the people's fields exactly as written, to group
    /// by without decoding them, and decoded on asking), when it began, and its plan.
    public struct DuePart: Sendable {
        /// The talk's id as written (ids are plain ASCII, never escaped): a String only when asked for.
        public let idField: ArraySlice<UInt8>
        public var id: String { String(decoding: idField, as: UTF8.self) }
        public let mode: Mode
        public let created: Moment
        /// The people's fields as written: the same bytes, the same people.
        public let peopleFields: ArraySlice<UInt8>
        public let plan: TalkPlan?
        /// Its line's place in the index (for `DueGroup`'s line); -1 until given.
        public internal(set) var position = -1

        public var people: [Participant] {
            peopleFields.withUnsafeBufferPointer { buffer in
                var f = Fields(buffer)
                guard let count = f.int() else { return [] }
                return (0..<count).compactMap { _ in
                    guard let id = f.text(), let name = f.optional() else { return nil }
                    return Participant(id: PersonID(rawValue: id), name: name)
                }
            }
        }
    }

    /// Read from where `head` stopped: the answers and the talk's fields skipped, then people and plan.
    static func duePart(_ talk: IndexedTalk) -> DuePart? {
        let line = talk.line
        let read = line.withUnsafeBufferPointer { buffer -> (Range<Int>, TalkPlan?)? in
            var f = Fields(buffer, at: talk.rest)
            for _ in 0..<7 { guard f.skip() else { return nil } }  // answers, the talk's six fields
            let peopleStart = f.position
            guard let count = f.int(), (0..<100).contains(count) else { return nil }
            for _ in 0..<(2 * count) { guard f.skip() else { return nil } }
            let peopleEnd = f.position - 1
            guard let plan = f.plan(), f.atEnd else { return nil }
            return (peopleStart..<peopleEnd, plan)
        }
        guard let (people, plan) = read else { return nil }
        let start = line.startIndex
        return DuePart(
            idField: line.prefix(talk.idLength), mode: talk.mode, created: talk.created,
            peopleFields: line[(start + people.lowerBound)..<(start + people.upperBound)], plan: plan)
    }

    private static func optional(_ value: String?) -> String { value.map { "=" + $0 } ?? "" }

    /// A plan's change: absent (untouched), `=` (let go), or `=VALUE`.
    private static func change(_ value: String??) -> String {
        switch value {
        case .none: ""
        case .some(.none): "="
        case .some(.some(let v)): "=" + v
        }
    }

    static func escape(_ field: String) -> String {
        guard field.utf8.contains(where: { $0 == tab || $0 == newline || $0 == carriageReturn || $0 == backslash })
        else { return field }
        var out: [UInt8] = []
        for byte in field.utf8 {
            switch byte {
            case tab: out += [backslash, UInt8(ascii: "t")]
            case newline: out += [backslash, UInt8(ascii: "n")]
            case carriageReturn: out += [backslash, UInt8(ascii: "r")]
            case backslash: out += [backslash, backslash]
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Dates far past any talk's (a million years) are a garbled line, not a date: kept well inside
    /// what the calendar arithmetic can take without overflowing.
    static let maxDays = 365_000_000
    static let maxSeconds = maxDays * 86_400

    static let tab = UInt8(ascii: "\t")
    static let newline = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let backslash = UInt8(ascii: "\\")

    /// The fields of one line, read in order, straight from its bytes (no slices, no copies until a
    /// field becomes a String).
    struct Fields {
        let bytes: UnsafeBufferPointer<UInt8>
        /// Where the next field starts.
        private(set) var position = 0
        private var done = false

        init(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int = 0) {
            self.bytes = bytes
            self.position = position
        }

        /// Whether the last field has been read.
        var atEnd: Bool { done }

        /// The next field's place in the line; nil past the last.
        mutating func range() -> Range<Int>? {
            guard !done, let base = bytes.baseAddress else { return nil }
            // memchr: the talk's fields (its hash above all) are long enough for a byte loop to show.
            let i =
                position >= bytes.count
                ? bytes.count
                : memchr(base + position, Int32(IndexLine.tab), bytes.count - position).map {
                    base.distance(to: $0.assumingMemoryBound(to: UInt8.self))
                } ?? bytes.count
            defer {
                if i >= bytes.count { done = true } else { position = i + 1 }
            }
            return position..<i
        }

        func contains(_ byte: UInt8, in r: Range<Int>) -> Bool {
            r.contains { bytes[$0] == byte }
        }

        /// Goes past one field; false when there is none.
        mutating func skip() -> Bool { range() != nil }

        /// Whether the field in `r` is exactly `literal`.
        func equals(_ r: Range<Int>, _ literal: StaticString) -> Bool {
            guard r.count == literal.utf8CodeUnitCount else { return false }
            let text = literal.utf8Start
            for k in 0..<r.count where bytes[r.lowerBound + k] != text[k] { return false }
            return true
        }

        mutating func status() -> Record.Status? {
            guard let r = range() else { return nil }
            if equals(r, "complete") { return .complete }
            if equals(r, "paused") { return .paused }
            if equals(r, "in-progress") { return .inProgress }
            if equals(r, "stopped") { return .stopped }
            if equals(r, "ended") { return .ended }
            return nil
        }

        mutating func mode() -> Mode? {
            guard let r = range() else { return nil }
            if equals(r, "practice") { return .practice }
            if equals(r, "together") { return .together }
            return nil
        }

        mutating func text() -> String? {
            guard let r = range() else { return nil }
            let field = UnsafeBufferPointer(rebasing: bytes[r])
            guard field.contains(IndexLine.backslash) else { return String(decoding: field, as: UTF8.self) }
            var out: [UInt8] = []
            var escaped = false
            for byte in field {
                if escaped {
                    switch byte {
                    case UInt8(ascii: "t"): out.append(IndexLine.tab)
                    case UInt8(ascii: "n"): out.append(IndexLine.newline)
                    case UInt8(ascii: "r"): out.append(IndexLine.carriageReturn)
                    default: out.append(byte)
                    }
                    escaped = false
                } else if byte == IndexLine.backslash {
                    escaped = true
                } else {
                    out.append(byte)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }

        /// A whole number in ASCII digits, with an optional minus sign.
        mutating func int() -> Int? {
            guard let r = range() else { return nil }
            return number(in: r)
        }

        /// The whole number in ASCII digits (an optional minus sign first) at `r`; nil for anything else.
        func number(in r: Range<Int>) -> Int? {
            guard !r.isEmpty, r.count < 20 else { return nil }
            let negative = bytes[r.lowerBound] == UInt8(ascii: "-")
            let digits = (negative ? r.lowerBound + 1 : r.lowerBound)..<r.upperBound
            guard !digits.isEmpty else { return nil }
            var value = 0
            if digits.count <= 18 {  // can't overflow: no checks on the way
                for i in digits {
                    let digit = bytes[i] &- UInt8(ascii: "0")
                    guard digit <= 9 else { return nil }
                    value = value &* 10 &+ Int(digit)
                }
                return negative ? -value : value
            }
            for i in digits {
                let byte = bytes[i]
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                let (tens, over) = value.multipliedReportingOverflow(by: 10)
                let (sum, over2) = tens.addingReportingOverflow(Int(byte - UInt8(ascii: "0")))
                guard !over, !over2 else { return nil }  // a garbled line, not a number
                value = sum
            }
            return negative ? -value : value
        }

        mutating func moment() -> Moment? {
            guard let seconds = int(), let offset = int(), abs(offset) < 86_400, abs(seconds) < IndexLine.maxSeconds
            else { return nil }
            return Moment(epochSeconds: Int64(seconds), utcOffset: offset)
        }

        /// The plan's three fields: `.some(nil)` for no plan, nil when they don't read.
        mutating func plan() -> TalkPlan?? {
            guard let day = range(), let cadence = range(), let next = range() else { return nil }
            guard let dayValue = present(day) else { return .some(nil) }
            guard let days = number(in: dayValue), abs(days) < IndexLine.maxDays else { return nil }
            var plan = TalkPlan(day: CivilDate(daysSinceEpoch: Int64(days)))
            if !cadence.isEmpty {
                guard let value = present(cadence) else { return nil }
                guard value.isEmpty || repeats(value) != nil else { return nil }
                plan.cadence = TalkPlan.Change(value: value.isEmpty ? nil : repeats(value))
            }
            if !next.isEmpty {
                guard let value = present(next) else { return nil }
                guard value.isEmpty || number(in: value).map({ abs($0) < IndexLine.maxDays }) == true else {
                    return nil
                }
                let days = number(in: value)
                plan.next = TalkPlan.Change(value: days.map { CivilDate(daysSinceEpoch: Int64($0)) })
            }
            return .some(plan)
        }

        /// An optional field's value, after its `=`; nil when the field is empty (absent).
        func present(_ r: Range<Int>) -> Range<Int>? {
            guard !r.isEmpty, bytes[r.lowerBound] == UInt8(ascii: "=") else { return nil }
            return (r.lowerBound + 1)..<r.upperBound
        }

        func repeats(_ r: Range<Int>) -> Repeat? {
            if equals(r, "weekly") { return .weekly }
            if equals(r, "monthly") { return .monthly }
            if equals(r, "daily") { return .daily }
            if equals(r, "yearly") { return .yearly }
            return nil
        }

        /// An optional field: nil (the outer one) when the line ends early, `.some(nil)` when absent.
        mutating func optional() -> String?? {
            guard let field = text() else { return nil }
            return .some(field.first == "=" ? String(field.dropFirst()) : nil)
        }
    }
}
