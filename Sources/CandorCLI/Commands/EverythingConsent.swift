import TalkEngine
import Terminal

/// `--all` on a together talk (show, export, diff) shows both people's private answers, every no and
/// every warning sign. That needs both of them, here, each agreeing for themselves: each types their own
/// name, one after the other. Without a terminal nobody can be asked, so it is refused. This is the one
/// place that asks, so each name can become that person's passphrase once private answers are sealed.
enum EverythingConsent {
    /// True when everything may be shown. Practice talks need no one's consent but their author's.
    /// Throws (usage) without a terminal; false when a name was wrong or left empty (the command then
    /// exits with `noPermission`: what was asked for was not given).
    static func granted(_ context: Context, _ record: Record, command: String) throws -> Bool {
        guard record.mode == .together else { return true }
        guard Environment.stdinIsTerminal else {
            throw CommandFailure(
                message: "--all shows everything both of you answered privately, so it needs you both at a terminal, "
                    + "each typing your own name. It can't be given from a pipe or a script. "
                    + "Without --all you see what you saw together: \(command)",
                code: ExitCode.usage)
        }
        let out = context.output
        // The questions go to stderr, so `show --json --all > file` keeps the file to the record.
        out.error(
            "This shows everything both of you answered privately, including anything either of you said no to, "
                + "and any warning signs. Only go on if you both want to see it. Each of you agrees for yourself.")
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
                return false
            }
        }
        return true
    }
}
