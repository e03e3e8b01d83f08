import TalkEngine
import TalkStore
import Terminal

/// `--all` on a together talk (show, export, diff) shows both people's private answers, every no and
/// every warning sign. That needs both of them, here, each agreeing for themselves: in a sealed talk each
/// types their own passphrase, which also opens their answers; in a talk from before sealing, their own
/// name. Without a terminal nobody can be asked, so it is refused. This is the one place that asks.
enum EverythingConsent {
    /// The record to show everything of (opened), or nil when someone did not agree (the command then
    /// exits with `noPermission`: what was asked for was not given). Practice talks need no one's
    /// consent but their author's. Throws (usage) without a terminal.
    static func everything(_ context: Context, _ record: Record, command: String, store: TalkStore) throws -> Record? {
        guard record.mode == .together else { return record }
        guard Environment.stdinIsTerminal else {
            throw CommandFailure(
                message: "--all shows everything both of you answered privately, so it needs you both at a terminal, "
                    + "each typing your own passphrase. It can't be given from a pipe or a script. "
                    + "Without --all you see what you saw together: \(command)",
                code: ExitCode.usage)
        }
        let out = context.output
        // The questions go to stderr, so `show --json --all > file` keeps the file to the record.
        out.error(
            "This shows everything both of you answered privately, including anything either of you said no to, "
                + "and any warning signs. Only go on if you both want to see it. Each of you agrees for yourself.")
        if record.sealing != nil {
            context.output.error("Each of you, type your own passphrase if you agree.")
            return try context.opening(record, for: record.people.map(\.id), store: store)
        }
        let reader = context.makeReader()
        for person in record.people {
            let name = person.name ?? person.id.rawValue
            out.error("\(oneLine: name), if you agree, type your name and press Enter:")
            let answer = reader.readLine(prompt: "", completions: [], prefill: nil)
            if answer == .interrupted {  // Ctrl-C is 130 everywhere
                throw CommandFailure(message: "Nothing was shown.", code: ExitCode.interrupted)
            }
            guard case .line(let typed) = answer, typed.trimmingSpaces.lowercased() == name.lowercased() else {
                out.error("Nothing was shown: each of you has to agree by typing your own name.")
                return nil
            }
        }
        return record
    }
}
