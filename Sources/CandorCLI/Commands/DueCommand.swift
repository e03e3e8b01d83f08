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
        due(try TalkSummaries.loadWithDue(store).due, today: today)
    }

    static func due(_ talks: [TalkSummary], today: CivilDate) -> [Due] {
        due(DueGroup.of(talks.compactMap(\.talk)), today: today)
    }

    /// From the index's groups (`DueGroup`): each merged with the others of the same people (the same
    /// names written another way), then asked when its next check-in is.
    static func due(_ written: [DueGroup], today: CivilDate) -> [Due] {
        var groups: [String: DueGroup] = [:]
        for group in written {
            let key = StandingLookup.peopleKey(group.last.people.compactMap(\.name), mode: group.last.mode)
            groups[key] = groups[key].map { $0.merging(group) } ?? group
        }
        return groups.values.compactMap { latest -> Due? in
            guard let next = DueCheckIn.next(latest.plans), next.isDue(on: today) else { return nil }
            return Due(names: latest.last.people.compactMap(\.name), checkIn: next)
        }.sorted { $0.checkIn.date < $1.checkIn.date }
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
