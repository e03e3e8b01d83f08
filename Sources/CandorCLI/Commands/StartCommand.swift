import TalkEngine
import TalkScript
import TalkStore
import Terminal

/// `candor` alone: offer unfinished talks first; else a short menu whose default starts practising.
/// Not in the registry: it has no name to type.
struct StartCommand: Equatable {
    func run(_ context: Context) throws -> ExitCode {
        let store = try context.store()
        // What is due comes first, before anything is asked, so it is seen; starting it is offered, never
        // pressed (Enter: not now).
        let today = Clock.now().local.date
        let (talks, groups) = try TalkSummaries.loadWithDue(store)
        let due = DueCommand.due(groups, today: today)
        for d in due { context.output.line(context.output.style.bold(TerminalText(d.sentence(today: today)))) }
        if let first = due.first, try Self.startNow(context) {
            return first.names.count > 1
                ? try TogetherCommand(talk: "check-in", names: first.names).run(context)
                : try PracticeCommand(talk: "check-in", name: first.names.first).run(context)
        }
        let open = talks.filter { $0.talk?.status.isOpen == true }
        if !open.isEmpty, let id = try Self.pick(context, among: open, allowNew: true) {
            return try ResumeCommand.resume(context, store: store, id: id)
        }
        return try Self.menu(context)
    }

    enum Choice: String, CaseIterable {
        case practice, together, list, leave

        var label: String {
            switch self {
            case .practice: "Practise the talk alone, then rehearse your script"
            case .together: "Walk through it together, two of you at this screen"
            case .list: "See your talks"
            case .leave: "Leave for now"
            }
        }
    }

    /// The short menu. Enter practises the default talk, so `Scripts/run` with no arguments starts it.
    static func menu(_ context: Context) throws -> ExitCode {
        let out = context.output
        let style = out.style
        out.line(style.bold("Candor") + style.dim(" · a calm coach for talking about sex"))
        out.line("What would you like to do?")
        for (i, c) in Choice.allCases.enumerated() { out.line("  " + style.accent("\(i + 1)") + "  \(c.label)") }
        let reader = context.makeReader()
        while true {
            switch reader.readLine(
                prompt: style.dim("[1] ") + style.accent("› "), completions: Choice.allCases.map(\.rawValue),
                prefill: nil)
            {
            case .line(let text):
                if !Environment.stdinIsTerminal { out.line("\(oneLine: text)") }
                let t = text.trimmingSpaces.lowercased()
                let choice =
                    t.isEmpty
                    ? Choice.practice
                    : Int(t).flatMap { (1...Choice.allCases.count).contains($0) ? Choice.allCases[$0 - 1] : nil }
                        ?? Choice.allCases.first { $0.rawValue.hasPrefix(t) || (t == "q" && $0 == .leave) }
                switch choice {
                case .practice?: return try PracticeCommand().run(context)
                case .together?: return try TogetherCommand().run(context)
                case .list?: return try ListCommand().run(context)
                case .leave?: return ExitCode.ok
                case nil: out.line(style.warning("Please type a number from 1 to \(Choice.allCases.count)."))
                }
            case .endOfInput:
                return ExitCode.ok
            case .interrupted:
                return ExitCode.interrupted
            }
        }
    }

    /// "Start it now?" for a check-in that is due: yes starts it; Enter, no or the end of input goes on.
    static func startNow(_ context: Context) throws -> Bool {
        let style = context.output.style
        let reader = context.makeReader()
        switch reader.readLine(prompt: "Start it now? " + style.dim("(yes/no) [no] ") + style.accent("› ")) {
        case .line(let text):
            if !Environment.stdinIsTerminal { context.output.line("\(oneLine: text)") }
            return AnswerRules.yesNo(text.trimmingSpaces) == true
        case .endOfInput: return false
        case .interrupted: throw CommandFailure(message: "Nothing was started.", code: ExitCode.interrupted)
        }
    }

    /// Lets the person choose one of `talks` (Enter: the most recent). nil: start a new one instead.
    static func pick(_ context: Context, among talks: [TalkSummary], allowNew: Bool = false) throws -> String? {
        guard !talks.isEmpty else { return nil }
        let out = context.output
        let style = out.style
        out.line(talks.count == 1 ? "You have a talk that isn't finished:" : "You have talks that aren't finished:")
        var scripts: [String: Script?] = [:]
        let store = try context.store()
        for (i, t) in talks.enumerated() {
            // Only the unfinished talks are read whole: where each stopped.
            guard let r = try? t.record(store) else { continue }
            let step: TerminalText =
                TalkSummaries.step(of: r, scripts: &scripts, store: store).map { " · at \(oneLine: $0)" } ?? ""
            let talk: TerminalText =
                "  \(t.id)  \(oneLine: TalkSummaries.people(r)) · \(oneLine: r.talk.title) (\(r.mode.rawValue))"
            out.line("  " + style.accent("\(i + 1)") + talk + step + " · last touched \(r.updated.shortText)")
        }
        if allowNew { out.line("  " + style.accent("n") + "  start a new talk") }
        let reader = context.makeReader()
        while true {
            let prompt = style.dim("[1] ") + style.accent("› ")
            switch reader.readLine(prompt: prompt, completions: allowNew ? ["n"] : [], prefill: nil) {
            case .line(let text):
                let t = text.lowercased().filter { !$0.isWhitespace }
                if t.isEmpty { return talks[0].id }
                if allowNew && (t == "n" || t == "new") { return nil }
                if let n = Int(t), n >= 1, n <= talks.count { return talks[n - 1].id }
                if let match = talks.first(where: { $0.id.hasPrefix(t) }) { return match.id }
                out.line(style.warning("Please type a number from the list\(allowNew ? ", or n for a new talk" : "")."))
            case .endOfInput:
                // Not a success: the person (or a script) asked for a talk and none was picked.
                throw CommandFailure(
                    message: "Nothing chosen: the input ended before a talk was picked. "
                        + "Name one to carry on: candor resume ID", code: .noInput)
            case .interrupted:
                throw CommandFailure(message: "Nothing chosen.", code: ExitCode.interrupted)
            }
        }
    }
}
