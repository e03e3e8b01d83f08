import FoundationEssentials
import TalkEngine
import TalkStore
import Terminal

/// `candor list [--all] [--json]`: the most recent talks (every one with --all, or as JSON) with id,
/// talk, mode, status, people and dates.
struct ListCommand: Command, Equatable {
    static let spec = CommandSpec(
        name: "list", aliases: ["ls"], abstract: "your talks: id, talk, mode, status, people, dates",
        discussion: "Shows the \(ListCommand.recent) most recent talks; --all shows every one.",
        options: [
            .flag("--all", help: "every talk, not only the \(ListCommand.recent) most recent"),
            .flag("--json", help: "as JSON: one object per talk, every talk (README: JSON output)"),
        ],
        examples: ["candor list", "candor list --all", "candor list --json"])

    /// How many talks a plain `list` shows: a screenful, however many years of talks there are.
    static let recent = 20

    var json: Bool
    var all: Bool

    init(json: Bool = false, all: Bool = false) {
        self.json = json
        self.all = all
    }

    init(parsing arguments: ParsedArguments) {
        json = arguments.flag("--json")
        all = arguments.flag("--all")
    }

    struct Row: Encodable {
        var id: String
        var talk: String?
        var title: String?
        var version: Int?
        var mode: String?
        var status: String
        var people: [String?]?
        var created: String?
        var updated: String?
        var answers: Int?
        var problem: String?
    }

    func run(_ context: Context) throws -> ExitCode {
        let everyTalk = try TalkSummaries.load(try context.store())
        if json {
            context.output.line(TerminalText(try JSONOutput.encode(everyTalk.map(Row.init))))
            return ExitCode.ok
        }
        guard !everyTalk.isEmpty else {
            context.output.line("No talks yet. Start one with: candor practice")
            return ExitCode.ok
        }
        // A damaged talk is always shown: it needs seeing to, however old.
        let recent = all ? everyTalk : Array(everyTalk.prefix(ListCommand.recent))
        let talks = recent + (all ? [] : everyTalk.dropFirst(ListCommand.recent).filter { $0.talk == nil })
        let style = context.output.style
        let header = ["ID", "TALK", "MODE", "STATUS", "PEOPLE", "STARTED", "LAST TOUCHED"]
        let cells = talks.map { t -> [String] in
            guard let r = t.entry else { return [t.id, "?", "?", "damaged", "", "", ""] }
            // One line each: a record's fields are the person's or the file's, never layout.
            return [
                t.id, Sanitizer.visible(r.talk.id), r.mode.rawValue, r.status.rawValue,
                Sanitizer.visible(TalkSummaries.people(r.people, mode: r.mode)),
                r.created.shortText, r.updated.shortText,
            ]
        }
        let widths = header.indices.map { c in ([header[c]] + cells.map { $0[c] }).map(\.count).max() ?? 0 }
        func line(_ row: [String]) -> String {
            row.enumerated().map { $1 + String(repeating: " ", count: widths[$0] - $1.count) }.joined(separator: "  ")
        }
        // One write for the whole table: a line a write costs a system call per talk.
        var table = style.dim(TerminalText(line(header))) + "\n"
        for row in cells { table += TerminalText(line(row)) + "\n" }
        context.output.write(table)
        if everyTalk.count > talks.count {
            context.output.line(
                style.dim(
                    "The \(recent.count) most recent of \(everyTalk.count) talks. All of them: candor list --all"))
        }
        for t in talks { if let p = t.problem { context.output.error(TerminalText(p.description)) } }
        return ExitCode.ok
    }
}

extension ListCommand.Row {
    init(_ t: TalkSummary) {
        guard let r = t.entry else {
            self.init(id: t.id, status: "damaged", problem: t.problem?.description)
            return
        }
        self.init(
            id: t.id, talk: r.talk.id, title: r.talk.title, version: r.talk.version, mode: r.mode.rawValue,
            status: r.status.rawValue, people: r.people.map(\.name), created: r.created.iso8601,
            updated: r.updated.iso8601, answers: r.answers)
    }
}
