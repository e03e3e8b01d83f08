import BuiltinTalks
import Foundation
import Sealing
import TalkEngine
import TalkScript

/// Replays a transcript (a readable test plan, in the spirit of Yarn Spinner's) against the engine,
/// with no terminal. Directives, one a line (`#` starts a comment):
///
///     talk NAME | talk-file PATH     the talk (built-in name, or a file beside the transcript)
///     mode practice | together       names A,B (together) or name A (practice)
///     now 2026-11-21T10:00:00+00:00  the clock; `later N` moves it on N minutes
///     prompt ID [KIND]               the current prompt is about ID (and of KIND: rating, multiline, ...)
///     turn PERSON [private|shared]   the current prompt is for this person (p1, p2), in a private turn or not
///     reveal all                     (before the first step) a together talk's reveals show everything
///     agreement QID JSON BY          the joint answer agreed on, and who proposed it; everyone consented
///     > TEXT                         type TEXT (a lone `>` is Enter)
///     see TEXT                       what was shown since the last `>` contains TEXT
///     unseen TEXT                    ...and does not contain TEXT
///     said TEXT                      the reply to the last input (shown to whoever typed it, before any
///                                    hand-over) contains TEXT
///     prompt-unseen TEXT             the prompt now shown does not contain TEXT
///     problem TEXT                   the last input was refused with a reason containing TEXT
///     answer QID PERSON JSON         the saved answer equals JSON ({"text": "..."}, {"skipped": true}, ...)
///     flag ID [BY [QUESTION]]        the record holds this flag (raised by BY's answer to QUESTION)
///     no-flag ID [BY [QUESTION]]     ...does not
///     left-open QID REASON [BY]      the joint question ended without an agreement (declined, skipped, disagreed)
///     status STATUS                  the record's status
///     eof | interrupt                the input ends / Ctrl-C (both pause the talk)
///     rebuild                        rebuild the session from its record, as resume does
///     end                            no prompt is left
///     then talk NAME | then talk-file PATH
///                                    a later talk of the same people, which starts from the standing
///                                    agreements of the talks before it (offered again, as a check-in does)
///     standing KIND HOW TEXT         the standing agreement KIND after every talk so far is TEXT, and was
///                                    last agreed, kept or changed (HOW)
///     no-standing KIND               ...there is none (dropped, or never agreed)
struct TranscriptRunner {
    struct Failure: Error, CustomStringConvertible {
        let file: String
        let line: Int
        let message: String
        var description: String { "\(file):\(line): \(message)" }
    }

    let path: String

    func run() throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let name = (path as NSString).lastPathComponent
        var script: Script?
        var talkInfo: TalkInfo?
        var mode = Mode.practice
        var people = [Participant(id: "p1", name: nil)]
        var policy: RevealPolicy?
        var now = Moment(iso8601: "2026-11-21T10:00:00+00:00")!
        var session: Session?
        var shown = ""
        var lastReply = Reply()
        var events: [Event] = []
        // Earlier talks of the same people (`then`), oldest first.
        var history: [(record: Record, script: Script?)] = []

        func fail(_ line: Int, _ message: String) -> Failure { Failure(file: name, line: line, message: message) }

        func started(_ line: Int) throws -> Session {
            if let s = session { return s }
            guard let script, let talkInfo else { throw fail(line, "no talk given before the first step") }
            let (s, reply) = Session.start(
                script: script, talk: talkInfo, id: "t\(history.count + 1)", mode: mode, people: people, now: now,
                reveal: policy, standing: StandingAgreements.current(history))
            events += reply.events
            shown += describe(reply) + describe(s.current)
            session = s
            return s
        }

        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = index + 1
            var line = String(raw)
            if !line.hasPrefix(">"), let hash = line.firstIndex(of: "#") { line = String(line[..<hash]) }
            line = line.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            var (word, rest) = split(line)
            if word == "then" {
                if let s = session { history.append((s.record, s.script)) }
                session = nil
                events = []
                (word, rest) = split(rest)
            }
            switch word {
            case "standing", "no-standing":
                let all = history + (session.map { [($0.record, $0.script)] } ?? [])
                let (kindName, tail) = split(rest)
                guard let kind = StandingKind(rawValue: kindName) else { throw fail(lineNumber, "no kind \(kindName)") }
                let found = StandingAgreements.current(all).first { $0.kind == kind }
                if word == "no-standing" {
                    if let found { throw fail(lineNumber, "\(kindName) stands: \(found.text)") }
                    continue
                }
                let (how, text) = split(tail)
                guard let found, found.how.rawValue == how, found.text == text else {
                    throw fail(
                        lineNumber,
                        "\(kindName) is \(found.map { "\($0.how.rawValue) \($0.text)" } ?? "not standing")")
                }
            case "talk", "talk-file":
                let source: SourceFile
                if word == "talk" {
                    guard let t = BuiltinTalks.named(rest) else { throw fail(lineNumber, "no built-in talk \(rest)") }
                    source = SourceFile(name: t.fileName, text: t.source)
                } else {
                    let dir = (path as NSString).deletingLastPathComponent
                    source = SourceFile(name: rest, text: try String(contentsOfFile: dir + "/" + rest, encoding: .utf8))
                }
                let prelude = SourceFile(name: BuiltinTalks.readiness.fileName, text: BuiltinTalks.readiness.source)
                let compiled = TalkCompiler.compile(source, prelude: prelude)
                guard let s = compiled.script else {
                    throw fail(lineNumber, "the talk does not compile: \(compiled.diagnostics.map(\.description))")
                }
                script = s
                talkInfo = TalkInfo(
                    id: s.id, title: s.title, version: s.version, hash: ContentHash.of([prelude.text, source.text]),
                    source: rest)
            case "mode":
                mode = Mode(rawValue: rest) ?? .practice
            case "reveal":
                policy = RevealPolicy(rawValue: rest)
            case "turn":
                let s = try started(lineNumber)
                let (who, privacy) = split(rest)
                guard let p = s.current else { throw fail(lineNumber, "expected \(who)'s turn, but the talk is over") }
                guard p.person.id == PersonID(who) else {
                    throw fail(lineNumber, "expected \(who)'s turn, got \(p.person.id)'s at \(p.id)")
                }
                if !privacy.isEmpty, p.isPrivate != (privacy == "private") {
                    throw fail(lineNumber, "expected a \(privacy) prompt at \(p.id)")
                }
            case "agreement":
                let s = try started(lineNumber)
                let (qid, tail) = split(rest)
                guard let brace = tail.lastIndex(of: "}") else { throw fail(lineNumber, "agreement QID JSON BY") }
                let json = String(tail[...brace])
                let by = tail[tail.index(after: brace)...].trimmingCharacters(in: .whitespaces)
                let expected = try JSONDecoder().decode(AnswerValue.self, from: Data(json.utf8))
                guard let a = s.record.agreements[qid], a.agreed else {
                    throw fail(lineNumber, "no agreement on \(qid)")
                }
                guard a.value == expected, a.proposedBy == PersonID(by) else {
                    throw fail(
                        lineNumber, "agreement on \(qid) is \(String(describing: a.value)) by \(a.proposedBy ?? "-")")
                }
                guard Set(a.consents.map(\.by)) == Set(s.record.people.map(\.id)) else {
                    throw fail(lineNumber, "not everyone consented")
                }
            case "name":
                people = [Participant(id: "p1", name: rest)]
            case "names":
                people = rest.split(separator: ",").enumerated().map {
                    Participant(id: .numbered($0 + 1), name: String($1))
                }
            case "now":
                guard let m = Moment(iso8601: rest) else { throw fail(lineNumber, "bad time \(rest)") }
                now = m
            case "later":
                now.epochSeconds += Int64((Int(rest) ?? 1) * 60)
            case ">":
                var s = try started(lineNumber)
                guard s.current != nil else {
                    throw fail(lineNumber, "typed \u{201C}\(rest)\u{201D} but the talk is over")
                }
                shown = ""
                lastReply = s.submit(line == ">" ? "" : String(line.dropFirst(2)), now: now)
                events += lastReply.events
                shown += describe(lastReply) + describe(s.current)
                session = s
            case "eof", "interrupt":
                var s = try started(lineNumber)
                shown = ""
                lastReply = s.pause(reason: word == "eof" ? "end-of-input" : "interrupted", now: now)
                events += lastReply.events
                shown += describe(lastReply)
                session = s
            case "rebuild":
                let s = try started(lineNumber)
                guard let rebuilt = Record.fold(id: s.record.id, events: events) else {
                    throw fail(lineNumber, "the journal does not fold")
                }
                guard rebuilt == s.record else {
                    throw fail(lineNumber, "the record folded from the events differs from the session's")
                }
                var fresh = Session(script: s.script, record: rebuilt, standing: StandingAgreements.current(history))
                let reply = fresh.resume(now: now)
                events += reply.events
                shown = describe(reply) + describe(fresh.current)
                session = fresh
            case "prompt":
                let s = try started(lineNumber)
                let (id, kind) = split(rest)
                guard let p = s.current else { throw fail(lineNumber, "expected prompt \(id), but the talk is over") }
                guard p.id == id else { throw fail(lineNumber, "expected prompt \(id), got \(p.id) (\(p.kind))") }
                if !kind.isEmpty, kindName(p.kind) != kind {
                    throw fail(lineNumber, "expected a \(kind) prompt for \(id), got \(kindName(p.kind))")
                }
            case "see":
                _ = try started(lineNumber)
                guard shown.contains(rest) else {
                    throw fail(lineNumber, "expected to see \u{201C}\(rest)\u{201D} in:\n\(shown)")
                }
            case "unseen":
                _ = try started(lineNumber)
                guard !shown.contains(rest) else {
                    throw fail(lineNumber, "did not expect \u{201C}\(rest)\u{201D} in:\n\(shown)")
                }
            case "said":
                guard describe(lastReply).contains(rest) else {
                    throw fail(
                        lineNumber, "expected the reply to say \u{201C}\(rest)\u{201D}, got:\n\(describe(lastReply))")
                }
            case "prompt-unseen":
                let s = try started(lineNumber)
                guard !describe(s.current).contains(rest) else {
                    throw fail(lineNumber, "did not expect \u{201C}\(rest)\u{201D} in the prompt")
                }
            case "problem":
                guard let p = lastReply.problem, p.contains(rest) else {
                    throw fail(
                        lineNumber,
                        "expected the input refused with \u{201C}\(rest)\u{201D}, got \(lastReply.problem ?? "no problem")"
                    )
                }
            case "answer":
                let s = try started(lineNumber)
                let (qid, tail) = split(rest)
                let (person, json) = split(tail)
                let expected = try JSONDecoder().decode(AnswerValue.self, from: Data(json.utf8))
                guard let got = s.record.answer(qid, by: PersonID(person))?.value else {
                    throw fail(lineNumber, "no answer to \(qid) by \(person)")
                }
                guard got == expected else {
                    throw fail(lineNumber, "answer to \(qid) by \(person) is \(got), expected \(expected)")
                }
            case "no-answer":
                let s = try started(lineNumber)
                guard s.record.answers[rest] == nil else { throw fail(lineNumber, "\(rest) should not be answered") }
            case "flag", "no-flag":
                let s = try started(lineNumber)
                let (id, tail) = split(rest)
                let (by, question) = split(tail)
                let found = s.record.flags.contains { f in
                    f.id == id && (by.isEmpty || f.by == PersonID(by)) && (question.isEmpty || f.question == question)
                }
                guard found == (word == "flag") else {
                    throw fail(lineNumber, "\(found ? "a" : "no") flag \(rest) in the record")
                }
            case "left-open":
                // left-open QID REASON [BY]: the joint question ended without an agreement.
                let s = try started(lineNumber)
                let (qid, tail) = split(rest)
                let (reason, by) = split(tail)
                guard let open = s.record.agreements[qid]?.leftOpen, open.reason.rawValue == reason,
                    open.by == (by.isEmpty ? nil : PersonID(by))
                else {
                    throw fail(
                        lineNumber,
                        "\(qid) is not left open (\(reason) \(by)): \(String(describing: s.record.agreements[qid]))")
                }
            case "status":
                let s = try started(lineNumber)
                guard s.record.status.rawValue == rest else {
                    throw fail(lineNumber, "status is \(s.record.status.rawValue), expected \(rest)")
                }
            case "end":
                let s = try started(lineNumber)
                guard s.current == nil else {
                    throw fail(lineNumber, "expected the talk to be over, but it asks \(s.current!.id)")
                }
            default:
                throw fail(lineNumber, "unknown directive \(word)")
            }
        }
    }

    private func split(_ s: String) -> (String, String) {
        guard let space = s.firstIndex(of: " ") else { return (s, "") }
        return (String(s[..<space]), s[space...].trimmingCharacters(in: .whitespaces))
    }

    private func kindName(_ k: Prompt.Kind) -> String {
        switch k {
        case .question(let name): name.rawValue
        case .rating: "rating"
        case .multiline: "multiline"
        case .confirm: "confirm"
        case .menu: "menu"
        case .warning: "warning"
        case .rehearse: "rehearse"
        case .reword: "reword"
        case .agreement: "agreement"
        case .reveal: "reveal"
        case .unlock: "unlock"
        }
    }

    private func describe(_ reply: Reply) -> String {
        (reply.notes.map { "[\($0.kind.rawValue)] \($0.text)" } + (reply.problem.map { ["[problem] \($0)"] } ?? []))
            .joined(separator: "\n") + "\n"
    }

    private func describe(_ prompt: Prompt?) -> String {
        guard let p = prompt else { return "" }
        var out = p.intro.map { "[\($0.kind.rawValue)] \($0.text)" }
        if let progress = p.progress { out.append("[progress] \(progress.line)") }
        out.append("[prompt \(p.id)] \(p.text)")
        if let h = p.hint { out.append("[hint] \(h)") }
        out += p.choices.map { "  \($0.key) \($0.label)" }
        if let d = p.defaultText { out.append("[default] \(d)") }
        return out.joined(separator: "\n") + "\n"
    }
}
