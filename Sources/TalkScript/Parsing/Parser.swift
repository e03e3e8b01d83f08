/// A hand-written, line-oriented parser: one statement per line (plus its continuation lines), recovering
/// at the next line after any error so that every problem in a file is reported at once.
///
/// It builds the model values directly and reports what one statement can tell on its own (syntax,
/// placement, kinds, attributes that do not fit, per-question ids and numbers). Whatever needs the
/// whole talk (references, order, duplicate ids across steps) is left to `Checker`.
struct Parser {
    enum Role { case talk, prelude }

    let bytes: [UInt8]
    var lexer: Lexer
    /// The tokens of the statement being parsed (its line and continuation lines).
    var tokens: [Token] = []
    /// The next line's tokens, read ahead to see whether it continues the statement.
    private var lookahead: [Token] = []
    let file: String
    let role: Role
    var sink: DiagnosticSink
    var out: ParsedFile

    // The statement being parsed: tokens[pos..<end].
    var pos = 0
    var end = 0

    enum Section {
        case top
        case catalog(Int)
        case step(Int)
        case script, broken
    }
    /// What the latest top-level statement opened; `.broken` when it failed to parse, so that what
    /// follows it is skipped quietly instead of each line being reported as misplaced.
    var section: Section = .top
    /// The latest `item` of the current catalog (nil: none; -1: it failed to parse).
    var itemIndex: Int?
    /// The question attributes attach to, and where it goes in its step.
    var builder: QuestionBuilder?
    var builderSlot = (step: 0, node: 0)
    var askBroken = false
    var statementCount = 0
    var firstStatement: SourceLocation?

    static func parse(_ source: SourceFile, role: Role, into sink: inout DiagnosticSink) -> ParsedFile {
        let bytes = Array(source.text.utf8)
        var parser = Parser(
            bytes: bytes, lexer: Lexer(bytes, file: source.name), file: source.name, role: role,
            sink: sink, out: ParsedFile(file: source.name))
        parser.run()
        sink = parser.sink
        return parser.out
    }

    private mutating func run() {
        lexer.nextLine(bytes, into: &lookahead, sink: &sink)
        while !lookahead.isEmpty {
            swap(&tokens, &lookahead)
            lookahead.removeAll(keepingCapacity: true)
            // Continuation lines join the statement.
            while true {
                lexer.nextLine(bytes, into: &lookahead, sink: &sink)
                guard let first = lookahead.first, !startsStatement(first) else { break }
                tokens.append(contentsOf: lookahead)
                lookahead.removeAll(keepingCapacity: true)
            }
            pos = 0
            end = tokens.count
            statement()
            tokens.removeAll(keepingCapacity: true)
        }
        finishQuestion()
        if role == .talk && out.header == nil {
            sink.report(.missingHeader, at: firstStatement ?? SourceLocation(file: file, line: 1, column: 1))
        }
    }

    /// A token starts a statement when it is first on its line and is not a string (a line starting
    /// with a string, even an unterminated one, continues the statement above).
    private func startsStatement(_ t: Token) -> Bool {
        if t.kind == .string { return false }
        if t.kind == .broken, Int(t.start) < bytes.count, bytes[Int(t.start)] == 0x22 { return false }
        return true
    }

    private mutating func statement() {
        let head = tokens[pos]
        let location = self.location(head)
        switch head.kind {
        case .word: break
        case .broken: return
        case .string:
            sink.report(.danglingString, at: location)
            return
        default:
            sink.report(.notAStatement(describe(head)), at: location)
            return
        }
        pos += 1
        statementCount += 1
        if firstStatement == nil { firstStatement = location }
        guard let keyword = Keyword.recognise(bytes, Int(head.start), Int(head.end)) else {
            let word = text(head)
            sink.report(.unknownStatement(word, guess: Suggest.closest(to: word, in: Keyword.names)), at: location)
            return
        }

        switch keyword {
        case .talk: talkHeader(location)
        case .about: aboutStatement(location)
        case .reviews: reviewsStatement(location)
        case .catalog: catalogStatement(location)
        case .item: itemStatement(location)
        case .note, .caution: itemTextStatement(keyword.name, location)
        case .step: stepStatement(location)
        case .say, .ask, .flag, .stop:
            guard case .step(let step) = section else {
                if case .broken = section { return }
                sink.report(.outsideStep(keyword.name), at: location)
                return
            }
            switch keyword {
            case .say: sayStatement(location, step: step)
            case .ask: askStatement(location, step: step)
            case .flag: flagStatement(location, step: step)
            default: stopStatement(location, step: step)
            }
        case .script: scriptStatement(location)
        case .line: lineStatement(location)
        default: attribute(keyword, location)
        }
    }

    /// Ends the question attributes attach to, storing it in its step.
    mutating func finishQuestion() {
        askBroken = false
        guard let b = builder else { return }
        builder = nil
        let question = b.finish(into: &sink)
        out.questions.append(
            QuestionSummary(
                id: question.id, kind: question.kind, who: question.who, location: question.location,
                unchecked: b.unchecked, catalogLocation: b.catalogLocation))
        out.steps[builderSlot.step].nodes[builderSlot.node] = .ask(question)
    }

    /// Closes whatever a new top-level statement replaces.
    mutating func startTopLevel() {
        finishQuestion()
        itemIndex = nil
        section = .top
    }

    /// Reports a top-level statement that a readiness prelude may not hold. True when it is fine.
    mutating func allowedInPrelude(_ keyword: String, _ location: SourceLocation) -> Bool {
        guard role == .prelude else { return true }
        sink.report(.notInReadiness(keyword), at: location)
        section = .broken
        return false
    }
}
