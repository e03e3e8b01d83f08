import TalkEngine

/// The talks of one group (its people's fields written the same, byte for byte) that say when its next
/// check-in is: its last (by when each began, then id), its last with a plan, its last to set a next
/// date, its last to touch the cadence (`DueCheckIn.next` needs no other). Made in one pass over the
/// index, and kept in the index file with it, so a settled data folder answers `due` from a few lines.
public struct DueGroup: Sendable {
    public var last: IndexLine.DuePart
    public var withPlan: IndexLine.DuePart?
    public var withNext: IndexLine.DuePart?
    public var withCadence: IndexLine.DuePart?

    init(_ part: IndexLine.DuePart) {
        last = part
        withPlan = part.plan != nil ? part : nil
        withNext = part.plan?.next != nil ? part : nil
        withCadence = part.plan?.cadence != nil ? part : nil
    }

    /// Every group of these talks, in one pass.
    public static func of(_ talks: [IndexedTalk]) -> [DueGroup] {
        var groups: [WrittenPeople: DueGroup] = [:]
        for (position, talk) in talks.enumerated() {
            guard var part = talk.duePart else { continue }
            part.position = position
            let key = WrittenPeople(mode: part.mode, fields: part.peopleFields)
            if let i = groups.index(forKey: key) {
                groups.values[i].add(part)  // in place: copying a group each time was most of it
            } else {
                groups[key] = DueGroup(part)
            }
        }
        return Array(groups.values)
    }

    static func isLater(_ a: IndexLine.DuePart, than b: IndexLine.DuePart) -> Bool {
        a.created != b.created ? a.created > b.created : b.idField.lexicographicallyPrecedes(a.idField)
    }

    static func later(_ a: IndexLine.DuePart?, _ b: IndexLine.DuePart?) -> IndexLine.DuePart? {
        guard let a, let b else { return a ?? b }
        return isLater(b, than: a) ? b : a
    }

    mutating func add(_ part: IndexLine.DuePart) {
        if DueGroup.isLater(part, than: last) { last = part }
        guard let plan = part.plan else { return }
        if withPlan.map({ DueGroup.isLater(part, than: $0) }) ?? true { withPlan = part }
        if plan.next != nil, withNext.map({ DueGroup.isLater(part, than: $0) }) ?? true { withNext = part }
        if plan.cadence != nil, withCadence.map({ DueGroup.isLater(part, than: $0) }) ?? true { withCadence = part }
    }

    /// Two groups of the same people (their names written another way) as one.
    public func merging(_ other: DueGroup) -> DueGroup {
        var merged = self
        merged.last = DueGroup.later(last, other.last) ?? last
        merged.withPlan = DueGroup.later(withPlan, other.withPlan)
        merged.withNext = DueGroup.later(withNext, other.withNext)
        merged.withCadence = DueGroup.later(withCadence, other.withCadence)
        return merged
    }

    /// Their plans, oldest first, as `DueCheckIn.next` takes them.
    public var plans: [(id: String, plan: TalkPlan)] {
        var seen: Set<String> = []
        return [withNext, withCadence, withPlan].compactMap { $0 }.sorted { ($0.created, $0.id) < ($1.created, $1.id) }
            .filter { seen.insert($0.id).inserted }.compactMap { p in p.plan.map { (id: p.id, plan: $0) } }
    }

    /// A group of talks whose people's fields read the same, byte for byte.
    struct WrittenPeople: Hashable {
        let mode: Mode
        let fields: ArraySlice<UInt8>

        // The bytes hashed in one go: element by element was a tenth of plain candor at 3,000 talks.
        func hash(into hasher: inout Hasher) {
            hasher.combine(mode)
            fields.withUnsafeBytes { hasher.combine(bytes: $0) }
        }

        static func == (a: WrittenPeople, b: WrittenPeople) -> Bool {
            a.mode == b.mode && a.fields.elementsEqual(b.fields)
        }
    }

    /// Its line in the index file: `=due` and the positions of its talks' lines (-1: none).
    var line: String {
        "=due\t" + [last, withPlan, withNext, withCadence].map { String($0?.position ?? -1) }.joined(separator: "\t")
    }

    /// A group from its line, its talks found by position; nil when the line doesn't read.
    static func read(_ line: ArraySlice<UInt8>, talks: [IndexedTalk]) -> DueGroup? {
        let fields = line.split(separator: IndexLine.tab, omittingEmptySubsequences: false)
        guard fields.count == 5, fields[0].elementsEqual("=due".utf8) else { return nil }
        var parts: [IndexLine.DuePart?] = []
        for field in fields.dropFirst() {
            guard let position = Int(String(decoding: field, as: UTF8.self)), position < talks.count else { return nil }
            guard position >= 0 else {
                parts.append(nil)
                continue
            }
            guard var part = talks[position].duePart else { return nil }
            part.position = position
            parts.append(part)
        }
        guard let last = parts[0] else { return nil }
        var group = DueGroup(last)
        (group.withPlan, group.withNext, group.withCadence) = (parts[1], parts[2], parts[3])
        return group
    }
}
