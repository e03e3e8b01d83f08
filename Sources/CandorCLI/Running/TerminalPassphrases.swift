import Sealing
import TalkEngine
import Terminal

/// The two passphrase conversations, in Candor's voice, to the person at the keyboard: choosing one
/// (with the one warning that matters: a forgotten passphrase can't be recovered) and giving it back.
/// The typing is hidden (`SecretInput`); nothing typed here reaches the talk, its journal or any history.
struct TerminalPassphrases: PassphraseAsking {
    let output: TerminalOutput
    let reader: LineReader
    /// Everything said on stderr (`show --json --all > file` keeps the file to the record).
    var toStandardError = false
    static let minimumBytes = 4
    static let tries = 3

    func choose(for person: Participant, together: Bool) -> PassphraseAnswer<SecretBytes> {
        let who: TerminalText = person.name.map { "\(oneLine: $0), your" } ?? "Your"
        let what: TerminalText = together ? " private answers in this talk" : " answers in this talk"
        show("\n" + who + what + " will be locked with a passphrase only you know.\n")
        let explain = { self.explain(together: together) }
        explain()
        while true {
            let first: SecretBytes
            switch read("Choose a passphrase (it won't show as you type): ") {
            case .secret(let s): first = s
            case .endOfInput: return .endOfInput
            case .interrupted: return .interrupted
            }
            if first.count == 0 {
                explain()
                continue
            }
            if first.count < Self.minimumBytes {
                show(output.style.dim("A little longer, please: at least \(Self.minimumBytes) characters.") + "\n")
                continue
            }
            switch read("Type it again, to be sure: ") {
            case .secret(let second):
                if second.equals(first) { return .given(first) }
                show(output.style.dim("Those two didn't match. Let's try once more.") + "\n")
            case .endOfInput: return .endOfInput
            case .interrupted: return .interrupted
            }
        }
    }

    func unlock(for person: Participant, check: (SecretBytes) -> Bool) -> PassphraseAnswer<Void> {
        let whose: TerminalText = person.name.map { "\(oneLine: $0)'s" } ?? "your"
        let prompt: TerminalText =
            (person.name.map { "Passphrase for \(oneLine: $0)" } ?? "Your passphrase")
            + " (it won't show as you type): "
        for attempt in 1...Self.tries {
            switch read(prompt) {
            case .secret(let passphrase):
                if check(passphrase) { return .given(()) }
                let left = Self.tries - attempt
                if left > 0 {
                    show(
                        output.style.dim(
                            "That passphrase doesn't open " + whose
                                + " answers. Try again (\(left) \(left == 1 ? "try" : "tries") left).") + "\n")
                }
            case .endOfInput: return .endOfInput
            case .interrupted: return .interrupted
            }
        }
        show("That passphrase didn't open them, three times.\n")
        return .refused
    }

    private func explain(together: Bool) {
        let rest: TerminalText =
            together
            ? "nobody can open your private answers in this talk again, not even you. The talk can still go on, "
                + "and what you both saw stays readable."
            : "nobody can open your answers in this talk again, not even you."
        show(output.style.dim("Only you should see or know it. If it is forgotten, " + rest) + "\n")
    }

    private func show(_ text: TerminalText) {
        if toStandardError { output.writeError(text) } else { output.write(text) }
    }

    private func read(_ prompt: TerminalText) -> SecretInput.Result {
        SecretInput.read(prompt: prompt, show: show, reader: reader)
    }
}
