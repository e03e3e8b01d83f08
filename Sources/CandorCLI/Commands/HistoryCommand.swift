import TalkEngine
import TalkScript
import TalkStore
import Terminal

/// `candor history [--people A,B]`: the same people's talks on a timeline, oldest first: what each
/// changed (as `diff` sees it: only what both saw, in a together talk), what was agreed again in it, the
/// warning signs a shared view may show, and what is due now.
struct HistoryCommand: Command, Equatable {
    static let spec = CommandSpec(
        name: "history", abstract: "your talks on a timeline, and what is due",
        discussion: "For each talk of the same people, oldest first: its date and status, what changed since "
            + "the one before (only what you both saw, in a talk together), the agreements kept or changed in "
            + "it, and the warning signs you both saw. Then what is due. Without --people, everyone you've "
            + "talked with.",
        options: [.value("--people", value: "A,B", help: "only the talks between these people")],
        examples: ["candor history", "candor history --people Sam,Alex"])

    var people: [String]?

    init(parsing arguments: ParsedArguments) throws {
        people = arguments.value("--people").map { $0.split(separator: ",").map { String($0).trimmingSpaces } }
    }

    func run(_ context: Context) throws -> ExitCode {
        let store = try context.store()
        let groups = try StandingLookup.groups(store, only: people.map(StandingLookup.peopleKeys)).sorted {
            ($0.value.last?.record.updated.epochSeconds ?? 0) > ($1.value.last?.record.updated.epochSeconds ?? 0)
        }
        let out = context.output
        let style = out.style
        guard !groups.isEmpty else {
            out.line(people == nil ? "No talks yet. Start one with: candor" : "No talks between those people yet.")
            return ExitCode.ok
        }
        let today = Clock.now().local.date
        for (n, (_, talks)) in groups.enumerated() {
            if n > 0 { out.line() }
            guard let last = talks.last?.record else { continue }
            out.line(style.bold("\(oneLine: TalkSummaries.people(last).capitalizedFirst)"))
            var previous: Record?
            var agreed: [StandingKind: StandingAgreement] = [:]
            for (record, script) in talks {
                out.line(
                    "  \(record.created.shortText)  \(record.id)  \(oneLine: record.talk.title)"
                        + style.dim(" · \(record.status.rawValue)"))
                let shown = record.withheldAnswersSkipped
                if let previous, previous.talk.id == record.talk.id {
                    let changes = RecordDiff(old: previous.withheldAnswersSkipped, new: shown, script: script).changes
                    out.line(style.dim("    \(oneLine: Self.summary(changes, previous: previous.id, id: record.id))"))
                }
                for review in record.reviews ?? [] {
                    // In the words of the question it first answered ("every week", not "weekly").
                    let what = review.value.map {
                        ": " + StandingAgreements.text($0, of: agreed[review.kind]?.question)
                    }
                    out.line("    \(review.kind.label) \(review.outcome.rawValue)\(oneLine: what ?? "")")
                }
                StandingAgreements.fold(record, script: script, into: &agreed)
                // The warning signs a shared view may show (raised by what both saw), never a private one.
                for flag in RecordView(record: shown, script: script, everything: record.mode == .practice).flags {
                    out.line(style.warning("    warning sign: \(oneLine: flag)"))
                }
                previous = record
            }
            if let next = DueCheckIn.next(talks) {
                let when = next.date.spoken(currentYear: today.year)
                out.line(
                    next.isDue(on: today)
                        ? style.bold("  A check-in is due (since \(when)).") : "  Next check-in: \(when).")
            }
        }
        return ExitCode.ok
    }
}

extension HistoryCommand {
    /// What changed since the talk before, on one line: how many answers, and in which steps.
    static func summary(_ changes: [RecordDiff.Change], previous: String, id: String) -> String {
        guard !changes.isEmpty else { return "nothing changed since the one before" }
        var steps: [String] = []
        for c in changes where !steps.contains(c.step) { steps.append(c.step) }
        let n = changes.count
        return "\(n) change\(n == 1 ? "" : "s") since the one before, in \(AnswerText.joinedList(steps)) "
            + "(candor diff \(previous) \(id))"
    }
}

extension String {
    fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
