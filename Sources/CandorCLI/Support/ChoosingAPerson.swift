import TalkEngine
import Terminal

extension Context {
    /// Which of a talk's people is at the keyboard, by number or name ("1", "sam"); the only person of a
    /// practice talk without asking. nil when the input ends or nothing matches. Ctrl-C: exit 130.
    func choosePerson(in record: Record, asking question: String, toStandardError: Bool) throws -> PersonID? {
        guard record.people.count > 1 else { return record.people.first?.id }
        let say: (TerminalText) -> Void = { toStandardError ? self.output.writeError($0) : self.output.write($0) }
        let choices = record.people.enumerated().map { "\($0 + 1) \($1.name ?? $1.id.rawValue)" }
        say("\(question) " + TerminalText(choices.joined(separator: " · ")) + "\n")
        say("› ")
        let reader = makeReader()
        switch reader.readLine(prompt: "", completions: [], prefill: nil) {
        case .line(let typed):
            if !Environment.stdinIsTerminal { say("\n") }
            let word = typed.trimmingSpaces.lowercased()
            if let n = Int(word), record.people.indices.contains(n - 1) { return record.people[n - 1].id }
            return record.people.first { ($0.name ?? $0.id.rawValue).lowercased() == word }?.id
        case .endOfInput:
            return nil
        case .interrupted:
            throw CommandFailure(message: "Nothing was changed.", code: ExitCode.interrupted)
        }
    }
}
