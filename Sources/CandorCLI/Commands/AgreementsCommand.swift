import TalkEngine
import TalkScript
import TalkStore
import Terminal

/// `candor agreements [--people A,B] [--json]`: what the same people have agreed and not changed since,
/// newest first, with when and in which talk. Only what both agreed to in a together talk: never a private
/// answer, so it needs no passphrase.
struct AgreementsCommand: Command, Equatable {
    static let spec = CommandSpec(
        name: "agreements", abstract: "what you've agreed and not changed since",
        discussion: "The newest safe word, signal, limits, cadence and the rest from your talks, each with "
            + "when it was agreed, kept or changed, and in which talk. A together talk counts only what you "
            + "both agreed to. Without --people, everyone you've talked with, most recent first.",
        options: [
            .value("--people", value: "A,B", help: "only the talks between these people (practising alone: your name)"),
            .flag("--json", help: "as JSON"),
        ],
        examples: ["candor agreements", "candor agreements --people Sam,Alex"])

    var people: [String]?
    var json: Bool

    init(parsing arguments: ParsedArguments) throws {
        people = arguments.value("--people").map { $0.split(separator: ",").map { String($0).trimmingSpaces } }
        json = arguments.flag("--json")
    }

    func run(_ context: Context) throws -> ExitCode {
        let store = try context.store()
        var groups = try StandingLookup.groups(store, only: people.map(StandingLookup.peopleKeys)).map { key, talks in
            (
                key: key, names: talks.last?.record.people.compactMap(\.name) ?? [], latest: talks.last?.record.updated,
                agreements: StandingAgreements.current(talks)
            )
        }.filter { !$0.agreements.isEmpty }
        groups.sort { ($0.latest?.epochSeconds ?? 0) > ($1.latest?.epochSeconds ?? 0) }
        if json {
            let rows = groups.map { Group(people: $0.names, agreements: $0.agreements.map(Row.init)) }
            context.output.line(TerminalText(try JSONOutput.encode(rows)))
            return ExitCode.ok
        }
        guard !groups.isEmpty else {
            context.output.line(
                people == nil
                    ? "No agreements yet. They come from your talks: candor together, or candor practice."
                    : "No agreements yet between \(people!.joined(separator: " and ")).")
            return ExitCode.ok
        }
        let style = context.output.style
        for (n, g) in groups.enumerated() {
            if n > 0 { context.output.line() }
            let who = g.names.isEmpty ? "You" : AnswerText.joinedList(g.names)
            context.output.line(style.bold("\(oneLine: who): what you've agreed"))
            let width = g.agreements.map(\.kind.label.count).max() ?? 0
            for a in g.agreements {
                let label = a.kind.label + String(repeating: " ", count: width - a.kind.label.count)
                context.output.line(
                    "  \(label)  \(oneLine: a.text)"
                        + style.dim("  · \(a.how.rawValue) \(a.since.shortText) in talk \(a.talk)"))
            }
        }
        return ExitCode.ok
    }

    /// `--json`: one object per group of people.
    struct Group: Encodable {
        var people: [String]
        var agreements: [Row]
    }

    struct Row: Encodable {
        var kind: String
        var text: String
        /// `agreed`, `kept` or `changed`.
        var how: String
        var since: String
        var talk: String

        init(_ a: StandingAgreement) {
            kind = a.kind.rawValue
            text = a.text
            how = a.how.rawValue
            since = a.since.iso8601
            talk = a.talk
        }
    }
}
