import TalkEngine
import TalkScript
import TalkStore
import Terminal

/// `candor` alone: offer unfinished talks first; else a short menu whose default starts practising.
enum StartCommand {
    static func run(_ context: Context) throws -> Int32 {
        let store = try context.store()
        let open = TalkSummaries.load(store).filter { $0.record?.status.isOpen == true }
        if !open.isEmpty, let id = try pick(context, among: open, allowNew: true) {
            return try ResumeCommand.resume(context, store: store, id: id)
        }
        return try PracticeCommand.run(context, talk: nil, name: nil)
    }

    /// Lets the person choose one of `talks` (Enter: the most recent). nil: start a new one instead.
    static func pick(_ context: Context, among talks: [TalkSummary], allowNew: Bool = false) throws -> String? {
        guard !talks.isEmpty else { return nil }
        let out = context.output
        let style = out.style
        out.line(talks.count == 1 ? "You have a talk that isn't finished:" : "You have talks that aren't finished:")
        var scripts: [String: Script?] = [:]
        for (i, t) in talks.enumerated() {
            guard let r = t.record else { continue }
            let step = TalkSummaries.step(of: r, scripts: &scripts).map { " · at \(Sanitizer.visible($0))" } ?? ""
            out.line("  " + style.accent("\(i + 1)") + "  \(t.id)  \(Sanitizer.visible(TalkSummaries.people(r))) · \(Sanitizer.visible(r.talk.title))"
                     + " (\(r.mode.rawValue))\(step) · last touched \(TalkSummaries.shortTime(r.updated))")
        }
        if allowNew { out.line("  " + style.accent("n") + "  start a new talk") }
        let reader = context.makeReader()
        while true {
            let prompt = style.dim("[1] ") + style.accent("› ")
            switch reader.readLine(prompt: prompt, completions: allowNew ? ["n"] : [], remember: false, prefill: nil) {
            case .line(let text):
                let t = text.lowercased().filter { !$0.isWhitespace }
                if t.isEmpty { return talks[0].id }
                if allowNew && (t == "n" || t == "new") { return nil }
                if let n = Int(t), n >= 1, n <= talks.count { return talks[n - 1].id }
                if let match = talks.first(where: { $0.id.hasPrefix(t) }) { return match.id }
                out.line(style.warning("Please type a number from the list\(allowNew ? ", or n for a new talk" : "")."))
            case .endOfInput:
                throw CommandFailure(message: "Nothing chosen.", code: ExitCode.ok)
            case .interrupted:
                throw CommandFailure(message: "Nothing chosen.", code: ExitCode.interrupted)
            }
        }
    }
}
