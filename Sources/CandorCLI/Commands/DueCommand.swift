import TalkEngine
import TalkScript
import TalkStore
import Terminal

/// `candor due [--quiet]`: whose check-in is due, from what they agreed; exit 0 when one is due, 1 when
/// none is. For a shell start-up line: `candor due --quiet && echo "A check-in is due: candor"`. No
/// background process, no notification: it is asked, or it says nothing.
struct DueCommand: Command, Equatable {
    static let spec = CommandSpec(
        name: "due", abstract: "whether a check-in is due (exit 0 yes, 1 no)",
        discussion: "From the cadence you agreed (every week, every month) counted from your last talk, or a "
            + "date you set for the next one. Exits 0 when a check-in is due and 1 when none is, so a shell "
            + "start-up file can ask it; --quiet prints nothing.",
        options: [.flag("--quiet", help: "print nothing; only the exit status says")],
        examples: ["candor due", "candor due --quiet && echo 'A check-in is due: run candor'"])

    var quiet: Bool

    init(parsing arguments: ParsedArguments) throws {
        quiet = arguments.flag("--quiet")
    }

    func run(_ context: Context) throws -> ExitCode {
        let store = try context.store()
        let today = Clock.now().local.date
        let due = try Self.due(store, today: today)
        if !quiet {
            if due.isEmpty {
                context.output.line("No check-in is due.")
            } else {
                for line in due { context.output.line(TerminalText(line.sentence(today: today))) }
            }
        }
        return due.isEmpty ? ExitCode.nothingDue : ExitCode.ok
    }

    /// A check-in that is due, for whom.
    struct Due {
        var names: [String]
        var checkIn: DueCheckIn

        func sentence(today: CivilDate) -> String {
            let whose = names.isEmpty ? "Your" : AnswerText.joinedList(names) + ", your"
            let which: String
            switch checkIn.reason {
            case .agreedDate: which = "check-in"
            case .cadence(let r): which = "\(r.adjective) check-in"
            }
            let when =
                checkIn.date == today
                ? "is due today" : "was due on \(checkIn.date.spoken(currentYear: today.year))"
            return "\(whose) \(which) \(when). Start it with: \(startCommand)"
        }

        /// With the names, so the check-in is theirs and starts from what they agreed (a talk without them,
        /// or with other names, is someone else's).
        var startCommand: String {
            let who: String
            switch names.count {
            case 0: who = ""
            case 1: who = " --name " + Self.shellWord(names[0])
            default: who = " --names " + Self.shellWord(names.joined(separator: ","))
            }
            return "candor \(names.count > 1 ? "together" : "practice") --talk check-in" + who
        }

        /// A name as one shell word: as it is when plain, else in single quotes.
        static func shellWord(_ s: String) -> String {
            let plain =
                !s.isEmpty
                && s.unicodeScalars.allSatisfy {
                    $0.properties.isAlphabetic || "0123456789,._-".unicodeScalars.contains($0)
                }
            return plain
                ? s : "'" + s.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
        }
    }

    /// Every group of people with a check-in due by `today`, most overdue first: from the talk index's
    /// plans, so no record is read.
    static func due(_ store: TalkStore, today: CivilDate) throws -> [Due] {
        due(try TalkSummaries.load(store), today: today)
    }

    static func due(_ talks: [TalkSummary], today: CivilDate) -> [Due] {
        // Grouped first by the people's fields exactly as the index writes them (no names decoded per
        // talk: at thousands of talks that was most of plain candor's time), then by who they are.
        // Only three talks of a group count (`DueCheckIn.next`): its last, its last to set a next date,
        // its last to touch the cadence; kept in one pass, with no list of every talk.
        var written: [WrittenPeople: Latest] = [:]
        for summary in talks {
            guard let part = summary.talk?.duePart else { continue }
            let key = WrittenPeople(mode: part.mode, fields: part.peopleFields)
            if let i = written.index(forKey: key) {
                written.values[i].add(part)  // in place: copying a group's talks each time was most of it
            } else {
                written[key] = Latest(part)
            }
        }
        var groups: [String: Latest] = [:]
        for (people, latest) in written {
            let key = StandingLookup.peopleKey(latest.last.people.compactMap(\.name), mode: people.mode)
            groups[key] = groups[key].map { $0.merging(latest) } ?? latest
        }
        return groups.values.compactMap { latest -> Due? in
            guard let next = DueCheckIn.next(latest.plans), next.isDue(on: today) else { return nil }
            return Due(names: latest.last.people.compactMap(\.name), checkIn: next)
        }.sorted { $0.checkIn.date < $1.checkIn.date }
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

    /// The talks of a group that say when its next check-in is: the last (by when each began, then id),
    /// the last with a plan, the last that set a next date, the last that touched the cadence.
    struct Latest {
        var last: IndexLine.DuePart
        var withPlan: IndexLine.DuePart?
        var withNext: IndexLine.DuePart?
        var withCadence: IndexLine.DuePart?

        init(_ part: IndexLine.DuePart) {
            last = part
            withPlan = part.plan != nil ? part : nil
            withNext = part.plan?.next != nil ? part : nil
            withCadence = part.plan?.cadence != nil ? part : nil
        }

        static func later(_ a: IndexLine.DuePart?, _ b: IndexLine.DuePart?) -> IndexLine.DuePart? {
            guard let a, let b else { return a ?? b }
            return isLater(b, than: a) ? b : a
        }

        static func isLater(_ a: IndexLine.DuePart, than b: IndexLine.DuePart) -> Bool {
            a.created != b.created
                ? a.created > b.created : b.idField.lexicographicallyPrecedes(a.idField)
        }

        mutating func add(_ part: IndexLine.DuePart) {
            if Latest.isLater(part, than: last) { last = part }
            guard let plan = part.plan else { return }
            if withPlan.map({ Latest.isLater(part, than: $0) }) ?? true { withPlan = part }
            if plan.next != nil, withNext.map({ Latest.isLater(part, than: $0) }) ?? true { withNext = part }
            if plan.cadence != nil, withCadence.map({ Latest.isLater(part, than: $0) }) ?? true { withCadence = part }
        }

        func merging(_ other: Latest) -> Latest {
            var merged = self
            merged.last = Latest.later(last, other.last) ?? last
            merged.withPlan = Latest.later(withPlan, other.withPlan)
            merged.withNext = Latest.later(withNext, other.withNext)
            merged.withCadence = Latest.later(withCadence, other.withCadence)
            return merged
        }

        /// Their plans, oldest first, as `DueCheckIn.next` takes them.
        var plans: [(id: String, plan: TalkPlan)] {
            var seen: Set<String> = []
            return [withNext, withCadence, withPlan].compactMap { $0 }.sorted {
                ($0.created, $0.id) < ($1.created, $1.id)
            }
            .filter { seen.insert($0.id).inserted }.compactMap { p in p.plan.map { (id: p.id, plan: $0) } }
        }
    }
}

extension Repeat {
    var adjective: String {
        switch self {
        case .daily: "daily"
        case .weekly: "weekly"
        case .monthly: "monthly"
        case .yearly: "yearly"
        }
    }
}
