import TalkEngine
import TalkStore
import Terminal

/// The loop between a person and the engine: show the prompt, read a line, hand it to the session,
/// save what it returns (durably, before anything else is shown), show the reply. Ctrl-D and Ctrl-C
/// pause the talk with everything saved.
struct TalkRunner {
    let output: TerminalOutput
    let reader: LineReader
    let renderer: PromptRenderer
    let journal: TalkJournal
    /// When answers come from a pipe or file, nothing echoes them: print them so the transcript reads
    /// as a conversation.
    let echoInput: Bool
    /// A sealed talk's passphrases, asked for when the talk needs them.
    let passphrases: PassphraseAsking

    /// Runs the talk until it ends or pauses; returns the exit status.
    func run(_ session: inout Session, opening: Reply) throws -> ExitCode {
        output.write(renderer.notes(opening.notes))
        var showQuestion = true
        var audience: Handover.Audience?
        // Whether the screen holds someone's private turn: a talk that ends there is closed privately.
        var privateScreen = false
        let together = session.record.mode == .together
        let resumed = opening.events.contains { $0.type == .resumed }
        let handover = Handover(output: output, reader: reader, renderer: renderer, echoInput: echoInput)
        // The prompt is made once per turn of the loop (`current` builds it from the session's phase).
        var next = session.current
        while let prompt = next {
            if together, audience == nil || Handover.audience(of: prompt) != audience {
                let outcome = handover.run(from: audience, to: prompt, people: session.record.people, resumed: resumed)
                audience = Handover.audience(of: prompt)
                showQuestion = true
                let reply: Reply
                var status = ExitCode.ok
                switch outcome {
                case .ready: continue  // the same prompt, now for its audience
                case .typed(let word): reply = session.submit(word, now: Clock.now())
                case .endOfInput: reply = session.pause(reason: "end-of-input", now: Clock.now())
                case .interrupted:
                    reply = session.pause(reason: "interrupted", now: Clock.now())
                    status = ExitCode.interrupted
                }
                try journal.record(reply.events, session: session)
                if reply.hide { return hide() }
                // A word typed while the screen was handed over: it may still hold the last private turn,
                // or belong to the next person alone. Either way, an end there is closed privately.
                if privateScreen || prompt.isPrivate, session.isOver {
                    return close(session, reply: reply, outcome: outcome, handover: handover, status: status)
                }
                output.write(renderer.notes(reply.notes))
                if status != ExitCode.ok { return status }
                next = session.current
                continue
            }
            // A sealed talk: the passphrase of whoever is now at the keyboard, before they see or type anything
            // that is theirs alone.
            if SealedTurns.needsKey(session, keys: journal.keys) {
                privateScreen = together && prompt.isPrivate
                let sealed = SealedTurns(passphrases: passphrases, journal: journal)
                let reply: Reply
                var status = ExitCode.ok
                switch try sealed.prepare(&session).0 {
                case .ready(let notes):
                    output.write(renderer.notes(notes))
                    next = session.current
                    showQuestion = true
                    continue
                case .refused:
                    // Three wrong tries: the talk stays as it was, to be carried on when they remember.
                    output.line(
                        "Nothing was changed. Carry on whenever you have it: candor resume \(session.record.id)")
                    return ExitCode.noPermission
                case .endOfInput:
                    reply = session.pause(reason: "end-of-input", now: Clock.now())
                case .interrupted:
                    reply = session.pause(reason: "interrupted", now: Clock.now())
                    status = ExitCode.interrupted
                }
                try journal.record(reply.events, session: session)
                output.write(renderer.reply(reply.notes))
                return status
            }
            privateScreen = together && prompt.isPrivate
            if showQuestion {
                output.write(renderer.intro(prompt))
                output.write(renderer.question(prompt))
            }
            let result = reader.readLine(
                prompt: renderer.inputPrompt(prompt), completions: prompt.completions,
                prefill: prompt.prefill)
            let reply: Reply
            var status = ExitCode.ok
            switch result {
            case .line(let text):
                if echoInput { output.line("\(oneLine: text)") }
                // Only in-talk commands (":why", ":help") may be recalled with up-arrow; answers never.
                if text.hasPrefix(":") && !text.contains(" ") { reader.remember(text) }
                reply = session.submit(text, now: Clock.now())
            case .endOfInput:
                reply = session.pause(reason: "end-of-input", now: Clock.now())
            case .interrupted:
                reply = session.pause(reason: "interrupted", now: Clock.now())
                status = ExitCode.interrupted
            }
            try journal.record(reply.events, session: session)
            if reply.hide { return hide() }
            if privateScreen, session.isOver {
                return close(session, reply: reply, outcome: result.handoverOutcome, handover: handover, status: status)
            }
            output.write(renderer.reply(reply.notes))
            if let problem = reply.problem { output.write(renderer.problem(problem)) }
            if status != ExitCode.ok { return status }
            // Ask again without repeating the question block when nothing moved on.
            let following = session.current
            showQuestion =
                following.map { !(reply.problem != nil && $0.id == prompt.id && $0.kind == prompt.kind) } ?? false
            if case .multiline = following?.kind { showQuestion = false }
            next = following
        }
        return ExitCode.ok
    }

    /// `:hide`: everything is saved; the screen, its scrollback and the line editor's history are cleared
    /// at once, and nothing more is printed.
    private func hide() -> ExitCode {
        reader.clearHistory()
        output.clearScreen()
        return ExitCode.ok
    }

    /// The talk ended during a private turn (red, a stop rule, :pause, Ctrl-C, Ctrl-D, or its last answer).
    /// After red, a stop rule or :pause the person reads what was said to them, then the screen is
    /// cleared; after Ctrl-C or the end of input it is cleared at once, and nothing private is printed.
    private func close(
        _ session: Session, reply: Reply, outcome: Handover.Outcome, handover: Handover, status: ExitCode
    ) -> ExitCode {
        let canRead: Bool
        switch outcome {
        case .endOfInput, .interrupted: canRead = false
        case .ready, .typed: canRead = true
        }
        if canRead { output.write(renderer.reply(reply.notes)) }
        handover.closePrivately(canRead: canRead, ending: session.ending, people: session.record.people)
        return status
    }
}

extension ReadResult {
    /// How the input ended, in the hand-over's terms.
    fileprivate var handoverOutcome: Handover.Outcome {
        switch self {
        case .line: .ready
        case .endOfInput: .endOfInput
        case .interrupted: .interrupted
        }
    }
}
