import TalkEngine
import TalkScript

/// One talk's line in the index file, written and read by hand, byte by byte: fields separated by tabs,
/// in a fixed order, times and days as integers. Reading 3,000 lines is then a scan, not a JSON
/// decoder's work per field (which was three quarters of `candor list` at that size) nor Unicode
/// character handling. A field's tab, line break, carriage return and backslash are written `\t`, `\n`,
/// `\r`, `\\`; an optional field is empty when absent and starts with `=` when present.
/// docs/record-format.md lists the fields.
enum IndexLine {
    /// The file's first line: the format and its version. Any other first line is an index to make again.
    static let header = "candor-index\t1"

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
        var f = Fields(rest: line)
        guard let id = f.text(), let length = f.int(), let modified = f.int(), let status = f.raw(Record.Status.self),
            let mode = f.raw(Mode.self), let created = f.moment(), let updated = f.moment(), let answers = f.int(),
            let talkID = f.text(), let title = f.text(), let version = f.int(), let hash = f.text(),
            let source = f.text(), let list = f.optional(), let count = f.int(), (0..<100).contains(count)
        else { return nil }
        var people: [Participant] = []
        for _ in 0..<count {
            guard let person = f.text(), let name = f.optional() else { return nil }
            people.append(Participant(id: PersonID(rawValue: person), name: name))
        }
        guard let day = f.optional(), let cadence = f.change(), let next = f.change(), f.atEnd else { return nil }
        var plan: TalkPlan?
        if let day {
            guard let days = Int64(day) else { return nil }
            plan = TalkPlan(day: CivilDate(daysSinceEpoch: days))
            if let cadence {
                guard cadence.map({ Repeat(rawValue: $0) != nil }) ?? true else { return nil }
                plan?.cadence = TalkPlan.Change(value: cadence.flatMap { Repeat(rawValue: $0) })
            }
            if let next {
                guard next.map({ Int64($0) != nil }) ?? true else { return nil }
                plan?.next = TalkPlan.Change(value: next.flatMap { Int64($0) }.map { CivilDate(daysSinceEpoch: $0) })
            }
        }
        return IndexEntry(
            id: id,
            talk: TalkInfo(id: talkID, title: title, version: version, hash: hash, source: source, list: list),
            mode: mode, status: status, people: people, created: created, updated: updated, answers: answers,
            plan: plan, length: length, modified: Int64(modified))
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

    static let tab = UInt8(ascii: "\t")
    static let newline = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let backslash = UInt8(ascii: "\\")

    /// The fields of one line, read in order.
    struct Fields {
        var rest: ArraySlice<UInt8>
        var done = false

        var atEnd: Bool { done }

        /// The next field's bytes, as written (escapes kept); nil past the last.
        mutating func bytes() -> ArraySlice<UInt8>? {
            guard !done else { return nil }
            guard let end = rest.firstIndex(of: IndexLine.tab) else {
                done = true
                return rest
            }
            defer { rest = rest[(end + 1)...] }
            return rest[..<end]
        }

        mutating func text() -> String? {
            guard let field = bytes() else { return nil }
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
            guard let field = bytes(), !field.isEmpty, field.count < 20 else { return nil }
            var digits = field[...]
            let negative = digits.first == UInt8(ascii: "-")
            if negative { digits = digits.dropFirst() }
            guard !digits.isEmpty else { return nil }
            var value = 0
            for byte in digits {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return negative ? -value : value
        }

        mutating func raw<T: RawRepresentable>(_: T.Type) -> T? where T.RawValue == String {
            text().flatMap(T.init(rawValue:))
        }

        mutating func moment() -> Moment? {
            guard let seconds = int(), let offset = int(), abs(offset) < 86_400 else { return nil }
            return Moment(epochSeconds: Int64(seconds), utcOffset: offset)
        }

        /// An optional field: nil (the outer one) when the line ends early, `.some(nil)` when absent.
        mutating func optional() -> String?? {
            guard let field = text() else { return nil }
            return .some(field.first == "=" ? String(field.dropFirst()) : nil)
        }

        /// A plan's change: `.some(nil)` untouched, `.some(.some(nil))` let go, else the value.
        mutating func change() -> String??? {
            guard let field = text() else { return nil }
            if field.isEmpty { return .some(nil) }
            guard field.first == "=" else { return nil }
            let value = String(field.dropFirst())
            return .some(.some(value.isEmpty ? nil : value))
        }
    }
}
