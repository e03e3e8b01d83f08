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

    /// Runs the talk until it ends or pauses; returns the exit status.
    func run(_ session: inout Session, opening: Reply) throws -> Int32 {
        output.write(renderer.notes(opening.notes))
        var showQuestion = true
        var audience: Handover.Audience?
        let together = session.record.mode == .together
        let resumed = opening.events.contains { $0.type == .resumed }
        while let prompt = session.current {
            if together, audience == nil || Handover.audience(of: prompt) != audience {
                let handover = Handover(output: output, reader: reader, renderer: renderer, echoInput: echoInput)
                let outcome = handover.run(from: audience, to: prompt, people: session.record.people, resumed: resumed)
                audience = Handover.audience(of: prompt)
                showQuestion = true
                var reply: Reply?
                var status = ExitCode.ok
                switch outcome {
                case .ready: break
                case .typed(let word): reply = session.submit(word, now: Clock.now())
                case .endOfInput: reply = session.pause(reason: "end-of-input", now: Clock.now())
                case .interrupted:
                    reply = session.pause(reason: "interrupted", now: Clock.now())
                    status = ExitCode.interrupted
                }
                if let reply {
                    try journal.record(reply.events, session: session)
                    output.write(renderer.notes(reply.notes))
                    if status != ExitCode.ok { return status }
                    continue
                }
            }
            if showQuestion {
                output.write(renderer.intro(prompt))
                output.write(renderer.question(prompt))
            }
            let result = reader.readLine(prompt: renderer.inputPrompt(prompt), completions: prompt.completions,
                                         remember: false, prefill: prompt.prefill)
            let reply: Reply
            var status = ExitCode.ok
            switch result {
            case .line(let text):
                if echoInput { output.line(Sanitizer.visible(text)) }
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
            output.write(renderer.reply(reply.notes))
            if let problem = reply.problem { output.write(renderer.problem(problem)) }
            if status != ExitCode.ok { return status }
            // Ask again without repeating the question block when nothing moved on.
            showQuestion = session.current.map { !(reply.problem != nil && $0.id == prompt.id && $0.kind == prompt.kind) } ?? false
            if case .multiline = session.current?.kind { showQuestion = false }
        }
        return ExitCode.ok
    }
}
