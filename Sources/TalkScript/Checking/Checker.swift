/// Checks a parsed talk (with the readiness prelude merged in front) as a whole: ids, catalogs,
/// references and their order, values, defaults, and the warnings.
struct Checker {
    /// What references need to know about a question. Kept small: a talk may have many thousands.
    struct Entry {
        var id: String
        /// Position in talk order (prelude questions first).
        var index: Int
        var kind: QuestionKind
        var who: Who
        var location: SourceLocation
        var unchecked: Bool
    }

    let talkFile: String
    var sink: DiagnosticSink
    var catalogs: [String: Catalog] = [:]
    /// Item positions by catalog id then item id, so resolving `acts.ITEM` does not scan the catalog.
    var itemIndex: [String: [String: Int]] = [:]
    var questions: [String: Entry] = [:]
    var flagIDs: [String: SourceLocation] = [:]
    /// Questions indexed so far, duplicates included: the index of the next one in talk order.
    var questionCount = 0
    /// The question whose own texts and condition are being checked, for clearer E007 messages.
    var currentQuestion: String?

    static func check(prelude: ParsedFile?, talk: ParsedFile, into sink: inout DiagnosticSink) {
        var checker = Checker(talkFile: talk.file, sink: sink)
        checker.run(prelude: prelude, talk: talk)
        sink = checker.sink
    }

    private mutating func run(prelude: ParsedFile?, talk: ParsedFile) {
        let preludeSteps = prelude?.steps ?? []
        let steps = preludeSteps + talk.steps
        if let header = talk.header, talk.steps.isEmpty {
            sink.report(.noStep(header.id), at: header.location)
        }
        checkCatalogs(talk.catalogs)
        checkStepIDs(steps, preludeCount: preludeSteps.count)
        var rated: Set<String> = []
        if let prelude { checkQuestionAndFlagIDs(prelude, inTalk: false, rated: &rated) }
        checkQuestionAndFlagIDs(talk, inTalk: true, rated: &rated)
        checkOrderAndReferences(steps)
        checkPrivacy(steps)
        if let card = talk.card { checkCard(card) }
        for catalog in talk.catalogs where !rated.contains(catalog.id) {
            sink.report(.unratedCatalog(catalog.id), at: catalog.location)
        }
    }

    private mutating func checkCatalogs(_ list: [Catalog]) {
        for catalog in list {
            if let first = catalogs[catalog.id] {
                sink.report(
                    .duplicateCatalog(catalog.id, first: place(first.location, catalog.location)),
                    at: catalog.location)
                continue
            }
            catalogs[catalog.id] = catalog
            // A list file that could not be read has said so (E044); "no items" on top would be noise.
            let unreadList =
                catalog.list.map { path in
                    sink.items.contains {
                        $0.kind == DiagnosticKind.listFileProblem
                            && ($0.range.start.file == path || $0.range.start.file.hasSuffix("/" + path))
                    }
                } ?? false
            if catalog.items.isEmpty && !unreadList {
                sink.report(.emptyCatalog(catalog.id), at: catalog.location)
            }
            var items: [String: Int] = [:]
            for (i, item) in catalog.items.enumerated() {
                if let first = items[item.id] {
                    let firstPlace = place(catalog.items[first].location, item.location)
                    sink.report(.duplicateItem(item.id, catalog: catalog.id, first: firstPlace), at: item.location)
                } else {
                    items[item.id] = i
                }
                if item.highRisk && item.caution == nil {
                    sink.report(.highRiskWithoutCaution(item.id), at: item.location)
                }
            }
            itemIndex[catalog.id] = items
        }
    }

    private mutating func checkStepIDs(_ steps: [Step], preludeCount: Int) {
        var stepIDs: [String: SourceLocation] = [:]
        for (s, step) in steps.enumerated() {
            if let first = stepIDs[step.id] {
                sink.report(.duplicateStep(step.id, first: place(first, step.location)), at: step.location)
            } else {
                stepIDs[step.id] = step.location
                if s >= preludeCount { reserveReadiness(step.id, "step", at: step.location) }
            }
        }
    }

    /// Duplicate and reserved ids of questions and flags, and the catalogs questions rate; fills `questions`.
    private mutating func checkQuestionAndFlagIDs(_ file: ParsedFile, inTalk: Bool, rated: inout Set<String>) {
        questions.reserveCapacity(questions.count + file.questions.count)
        for q in file.questions {
            if let first = questions[q.id] {
                sink.report(.duplicateQuestion(q.id, first: place(first.location, q.location)), at: q.location)
            } else {
                questions[q.id] = Entry(
                    id: q.id, index: questionCount, kind: q.kind, who: q.who, location: q.location,
                    unchecked: q.unchecked)
                if Script.builtInNames.contains(q.id) {
                    sink.report(.reservedQuestionID(q.id), at: q.location)
                } else if inTalk {
                    reserveReadiness(q.id, "question", at: q.location)
                }
            }
            questionCount += 1
            if !q.unchecked, case .rate(let catalog, _, _) = q.kind {
                rated.insert(catalog)
                if catalogs[catalog] == nil { reportMissingCatalog(q, catalog) }
            }
        }
        for (id, location) in file.flags {
            if let first = flagIDs[id] {
                sink.report(.duplicateFlag(id, first: place(first, location)), at: location)
            } else {
                flagIDs[id] = location
                if inTalk { reserveReadiness(id, "flag", at: location) }
            }
        }
    }

    private mutating func reserveReadiness(_ id: String, _ what: String, at location: SourceLocation) {
        guard Script.isReserved(id) else { return }
        sink.report(.reservedForReadiness(what, id), at: location)
    }

    private mutating func reportMissingCatalog(_ q: QuestionSummary, _ catalog: String) {
        let guess = Suggest.closest(to: catalog, in: Array(catalogs.keys).sorted())
        sink.report(
            .unknownCatalog(question: q.id, catalog: catalog, guess: guess), at: q.catalogLocation ?? q.location)
    }

    /// Walks the talk in order, so each condition and text knows which questions come before it.
    private mutating func checkOrderAndReferences(_ steps: [Step]) {
        var asked = 0
        for step in steps {
            if let condition = step.condition { check(condition, limit: asked) }
            var hasQuestion = false
            for node in step.nodes {
                switch node {
                case .say(let say):
                    if let condition = say.condition { check(condition, limit: asked) }
                    check(say.text, limit: asked)
                case .ask(let q):
                    hasQuestion = true
                    // The first question asked under this id is the one references name.
                    if questions[q.id]?.index == asked {
                        checkQuestion(q, index: asked)
                    }
                    asked += 1
                case .flag(let flag):
                    check(flag.condition, limit: asked)
                    check(flag.message, limit: asked)
                case .stop(let stop):
                    check(stop.condition, limit: asked)
                    check(stop.message, limit: asked)
                }
            }
            if !hasQuestion {
                sink.report(.stepWithoutQuestion(step.id), at: step.location)
            }
        }
    }

    private mutating func checkQuestion(_ q: Question, index: Int) {
        currentQuestion = q.id
        defer { currentQuestion = nil }
        if let condition = q.condition { check(condition, limit: index) }
        check(q.text, limit: index)
        for template in [q.help, q.why, q.defaultValue].compactMap({ $0 }) { check(template, limit: index) }
        for rule in q.rejects + q.warnings { check(rule.message, limit: index) }
        if case .rate(_, _, let additions?) = q.kind { check(additions, limit: index) }
        // Said back after the answer, so it may name the question itself.
        if let reflect = q.reflect { check(reflect, limit: index + 1) }
        if let differ = q.differ { check(differ, limit: index) }
        if questions[q.id]?.unchecked != true { checkDefault(q) }
    }

    private mutating func checkCard(_ card: Card) {
        var lineIDs: [String: SourceLocation] = [:]
        for line in card.lines {
            if let first = lineIDs[line.id] {
                sink.report(.duplicateCardLine(line.id, first: place(first, line.location)), at: line.location)
            } else {
                lineIDs[line.id] = line.location
            }
            // The card is built at the end, so it may name any question.
            if let condition = line.condition { check(condition, limit: nil) }
            check(line.template, limit: nil)
        }
    }

    /// "line 12", or "FILE:12" when it is in another file (the prelude).
    func place(_ location: SourceLocation, _ from: SourceLocation) -> String {
        location.file == from.file ? "line \(location.line)" : "\(location.file):\(location.line)"
    }
}
