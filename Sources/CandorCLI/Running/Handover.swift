import TalkEngine
import Terminal

/// Handing the one screen between partners in a together talk. Before a private turn the screen is
/// cleared (scrollback too) and the line editor's history forgotten, and only then is the next person
/// asked to take over, so nothing the last person typed stays on screen or can be recalled. With
/// --plain there is no clearing, so the hand-over happens in words.
struct Handover {
    let output: TerminalOutput
    let reader: LineReader
    let renderer: PromptRenderer
    /// Answers from a pipe are not echoed by a terminal: print them (see TalkRunner).
    let echoInput: Bool

    /// Who the screen was last shown to: a person in a private turn, or everyone.
    enum Audience: Equatable {
        case person(PersonID)
        case everyone
    }

    static func audience(of prompt: Prompt) -> Audience {
        prompt.isPrivate ? .person(prompt.person.id) : .everyone
    }

    enum Outcome {
        case ready
        /// Someone typed a safety word or :pause at the hand-over: pass it to the talk.
        case typed(String)
        case endOfInput
        case interrupted
    }

    /// Runs the hand-over from `last` (nil at the start or on resume) to the audience of `next`. The
    /// screen is cleared after a private turn, and on resume (an earlier session's words may still be
    /// on it); at the start of a new talk nothing private has been shown, so the opening words stay.
    func run(from last: Audience?, to next: Prompt, people: [Participant], resumed: Bool) -> Outcome {
        let target = Handover.audience(of: next)
        if case .person(let id)? = last {
            // Let the last person finish reading their own words before anything is cleared.
            let name = people.first { $0.id == id }?.name ?? "you"
            if let early = wait("When you're done reading, \(oneLine: name), press Enter to hand over.") {
                return early
            }
        }
        if case .person? = last {
            output.clearScreen()
        } else if last == nil && resumed {
            output.clearScreen()
        }
        reader.clearHistory()
        switch target {
        case .person(let id):
            let name = people.first { $0.id == id }?.name ?? "the next person"
            output.line(renderer.style.bold("Pass to \(oneLine: name)."))
            if output.plain { output.line("Whoever isn't \(oneLine: name), please look away for this part.") }
            return wait("Press Enter when only \(oneLine: name) can see the screen.") ?? .ready
        case .everyone:
            return wait(Handover.everyoneLooks(people) + " Press Enter when you're both here.") ?? .ready
        }
    }

    /// Ends the talk on a screen that held one person's private turn. Whoever was there reads what was
    /// meant for them first (`canRead`: not after Ctrl-C or the end of input, where the input is gone or
    /// the person wants out at once); then the screen, scrollback and history are cleared, and what is
    /// left for the partner to see is only a neutral line that says neither who ended it nor why.
    /// With --plain nothing is cleared, so the hand-over is in words and the last line stays neutral.
    func closePrivately(canRead: Bool, ending: Ending?, people: [Participant]) {
        if canRead { _ = wait("When you've read this, press Enter.") }
        output.clearScreen()
        reader.clearHistory()
        output.line(Handover.everyoneLooks(people))
        output.line(Handover.neutralEnding(ending))
    }

    /// The only words about how a talk ended that a private turn leaves on screen.
    static func neutralEnding(_ ending: Ending?) -> TerminalText {
        switch ending {
        case .paused?, nil: "The talk is paused for now."
        case .stopped?, .ended?: "The talk has stopped here."
        case .complete?: "That's the end of this talk."
        }
    }

    static func everyoneLooks(_ people: [Participant]) -> TerminalText {
        let names = people.compactMap(\.name)
        let who: TerminalText = names.count == 2 ? "\(oneLine: names[0]) and \(oneLine: names[1])" : "Both of you"
        return "\(who), you can both look at the screen now."
    }

    /// Shows a line and waits for Enter. nil when Enter was pressed.
    private func wait(_ text: TerminalText) -> Outcome? {
        output.line(renderer.style.dim(text))
        switch reader.readLine(prompt: renderer.style.accent("› "), completions: [], prefill: nil) {
        case .line(let typed):
            if echoInput { output.line("\(oneLine: typed)") }
            let t = typed.lowercased().filter { !$0.isWhitespace }
            return ["red", ":stop", "yellow", ":slow", ":pause"].contains(t) ? .typed(t) : nil
        case .endOfInput:
            return .endOfInput
        case .interrupted:
            return .interrupted
        }
    }
}
