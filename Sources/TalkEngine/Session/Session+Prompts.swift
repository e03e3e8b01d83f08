import TalkScript

/// Building the prompt for where the talk is: the question worded for the person, its choices,
/// default, progress, and the coaching to show before it. This is where a prompt is made;
/// the host only lays it out.
extension Session {
    func makePrompt(intro: Bool) -> Prompt? {
        switch phase {
        case .over:
            return nil
        case .confirmingWarned(_, _, let reason):
            return confirmPrompt(CoachText.confirmWarned(reason))
        case .confirmingSafety(_, let word):
            return confirmPrompt(CoachText.confirmSafety(word))
        case .slowing:
            return slowPrompt()
        case .rewording(let line):
            return Prompt(
                kind: .reword, id: line, text: CoachText.rewordPrompt, hint: CoachText.rewordHint,
                person: participant(person), prefill: cardText(line))
        case .rehearsing(let line):
            return cardPrompt(line, intro: intro)
        case .warned(let flag):
            return warningPrompt(flag)
        case .reviewing(let kind):
            return reviewPrompt(kind, intro: intro)
        case .revising(let kind, let lines):
            return revisePrompt(kind, lines: lines)
        case .confirmingRevision(let kind, _, let reason):
            var prompt = confirmPrompt(CoachText.confirmWarned(reason))
            prompt.id = "review-\(kind.rawValue)"
            return prompt
        case .agreeingRevision(let kind, let value):
            var prompt = confirmPrompt(bothAgreeQuestion(kind, value))
            prompt.id = "review-\(kind.rawValue)"
            prompt.kind = .agreement
            prompt.hint = CoachText.bothAgreeHint
            return prompt
        case .unlocking(let p):
            // Answered by the host with a hidden passphrase, never typed into the session.
            return Prompt(
                kind: .unlock, id: "unlock-\(p.rawValue)", text: CoachText.unlockNeeded(participant(p).name),
                person: participant(p), isPrivate: record.mode == .together)
        case .revealing(let indexes):
            let questions = indexes.compactMap { i -> Question? in
                if case .ask(let q) = entries[i].node { q } else { nil }
            }
            let names = record.people.compactMap(\.name)
            var notes = [Note(.heading, CoachText.comparingHeading)]
            notes.append(Note(.say, CoachText.bothLookNow(names)))
            notes += Reveal.notes(for: questions, record: record, script: script)
            return Prompt(
                kind: .reveal, id: questions.first?.id ?? "", text: CoachText.revealPrompt,
                intro: notes, person: record.people.first ?? participant(person), completions: Command.completions)
        case .asking(let ask), .collecting(let ask, _):
            guard case .ask(let q) = entries[ask.entry].node else { return nil }
            return questionPrompt(q, ask: ask, intro: intro)
        }
    }

    private func participant(_ id: PersonID) -> Participant {
        record.person(id) ?? Participant(id: id, name: nil)
    }

    /// A person's name for the engine's own sentences.
    func displayName(_ id: PersonID) -> String {
        record.person(id)?.name ?? (record.mode == .practice ? "you" : id.rawValue)
    }

    private func questionPrompt(_ q: Question, ask: Ask, intro: Bool) -> Prompt {
        let (entry, who, part) = (ask.entry, ask.person, ask.part)
        // A joint question is on the shared screen: nothing on it may read one person's private answers alone.
        let view = viewpoint(of: q, person: who)
        let f = facts(view, addressee: who)
        var notes: [Note] = []
        let collected: [String]
        if case .collecting(_, let lines) = phase { collected = lines } else { collected = [] }
        let firstPart: Bool
        switch part {
        case .whole, .propose: firstPart = true
        case .item(let n): firstPart = n == 0
        case .additions, .accept, .counter: firstPart = false
        }
        if intro && firstPart && collected.isEmpty && !ask.revisiting {
            notes = introNotes(before: entry, from: view, addressee: who)
        }

        var prompt = Prompt(
            kind: .question(q.kind.name), id: q.id, text: f.render(q.text), person: participant(who),
            progress: progress(entry: entry, part: part, question: q, person: who, from: view), collected: collected,
            completions: Command.completions, isPrivate: record.mode == .together && q.who == .each)
        switch part {
        case .propose:
            prompt.hint = CoachText.proposeHint(displayName(who))
        case .accept:
            let a = record.agreements[q.id]
            let proposal = a?.value.flatMap { AnswerText.render($0, for: q, script: script) } ?? ""
            let proposer = a?.proposedBy.map(displayName) ?? CoachText.yourPartner
            notes.append(Note(.say, f.render(q.text)))
            prompt.kind = .agreement
            prompt.text = CoachText.doYouAgree(proposer: proposer, proposal: proposal, to: displayName(who))
            prompt.hint = CoachText.agreeHint
            prompt.choices = [
                Prompt.Choice(key: "y", id: "yes", label: "yes"), Prompt.Choice(key: "n", id: "no", label: "no"),
            ]
            prompt.completions = ["yes", "no"] + Command.completions
            prompt.defaultText = nil
            prompt.intro = notes
            return prompt
        case .counter:
            notes.append(Note(.say, f.render(q.text)))
            prompt.text = CoachText.suggestInstead(displayName(who))
        default:
            break
        }
        if let d = q.defaultValue { prompt.defaultText = f.render(d) }
        if ask.revisiting, let old = record.answer(q.id, by: who), let typed = AnswerText.asInput(old.value) {
            prompt.defaultText = typed
        }

        switch q.kind {
        case .text, .word:
            prompt.hint = q.optional ? CoachText.enterSkips : nil
        case .lines, .list:
            if !collected.isEmpty {
                prompt.kind = .multiline
                prompt.defaultText = nil
            }
            prompt.hint = q.kind == .list ? CoachText.listHint : CoachText.linesHint
        case .choice(let options), .choices(let options):
            prompt.choices = options.enumerated().map { Prompt.Choice(key: String($0 + 1), id: $1.id, label: $1.label) }
            prompt.completions = options.map(\.id) + Command.completions
            if case .choices = q.kind { prompt.hint = CoachText.choicesHint }
        case .scale(let min, let max, let labels):
            let named = labels.map { "\($0.value) = \($0.label)" }.joined(separator: ", ")
            prompt.hint = CoachText.scaleHint(min: min, max: max, named: named)
        case .date:
            prompt.hint = CoachText.dateHint
        case .yesno:
            prompt.choices = [
                Prompt.Choice(key: "y", id: "yes", label: "yes"), Prompt.Choice(key: "n", id: "no", label: "no"),
            ]
            prompt.completions = ["yes", "no"] + Command.completions
        case .rate(_, let values, let additions):
            let sheet: RatingSheet
            if case .ratings(let s)? = record.answer(q.id, by: who)?.value { sheet = s } else { sheet = RatingSheet() }
            let items = RatingSummary.itemKeys(question: q, script: script, additions: sheet.additions ?? [])
            switch part {
            case .additions:
                prompt.kind = collected.isEmpty ? .question(.list) : .multiline
                prompt.text = additions.map { f.render($0) } ?? CoachText.anythingToAdd
                prompt.hint = CoachText.additionsHint
                prompt.defaultText = nil
            case .item(let n) where n < items.count:
                let item = items[n]
                prompt.kind = .rating
                if firstPart && intro && !ask.revisiting {
                    notes.append(Note(.say, f.render(q.text)))
                    if record.mode == .practice, let brought {
                        notes.append(Note(.info, CoachText.broughtRatings(from: brought.source)))
                    }
                }
                // An item's note and caution are shown once, with its first role.
                if item.role == nil || item.role == item.item?.roles.first {
                    if let note = item.item?.note { notes.append(Note(.say, note)) }
                    if let caution = item.item?.caution { notes.append(Note(.caution, caution)) }
                }
                prompt.text = item.label
                prompt.choices = values.enumerated().map {
                    Prompt.Choice(key: String($0 + 1), id: $1.id, label: $1.label)
                }
                prompt.completions = values.map(\.id) + Command.completions
                prompt.hint = CoachText.ratingHint
                prompt.defaultText = nil
                if ask.revisiting, let old = sheet.ratings[item.key], let v = old { prompt.defaultText = v }
                if let offered = broughtRating(item.key, sheet: sheet) {
                    prompt.defaultText = offered
                    prompt.hint = CoachText.broughtRatingHint(offered, from: brought?.source ?? "")
                }
            default:
                break
            }
        }
        if part == .counter {
            // Enter here leaves the question open, so no default is offered.
            prompt.defaultText = nil
            prompt.hint = [prompt.hint == CoachText.enterSkips ? nil : prompt.hint, CoachText.counterHint].compactMap {
                $0
            }.joined(separator: " ")
        }
        prompt.intro = notes
        return prompt
    }

    /// The coaching to show before the question at `entry`: says (and step headings) since the previous
    /// question actually asked, in order. In a together talk a say bound to a private turn (`turnBound`) is
    /// only ever shown in that turn: here, when the question is in the same run and seen by its person.
    func introNotes(before entry: Int, from view: Viewpoint, addressee: PersonID) -> [Note] {
        var notes: [Note] = []
        let f = facts(view, addressee: addressee)
        let shared = facts(.shared)
        let together = record.mode == .together
        var ownRun: Range<Int>?
        if together, case .person = view, case .ask(let q) = entries[entry].node, q.who == .each {
            ownRun = privateRun(from: runStart(of: entry))
        }
        var i = entry - 1
        var step = entries[entry].step
        func heading(_ s: Int) -> Note {
            let st = script.steps[s]
            let n = numberedSteps.firstIndex(of: s).map { CoachText.stepOf($0 + 1, numberedSteps.count) } ?? ""
            return Note(.heading, n + st.title)
        }
        while i >= 0 {
            let e = entries[i]
            if e.step != step {
                notes.append(heading(step))
                step = e.step
            }
            if let c = script.steps[e.step].condition, !shared.holds(c) {
                i -= 1
                continue
            }
            if case .ask(let q) = e.node, endsCoaching(q, from: view) { break }
            if case .say(let say) = e.node, !(together && turnBound[i] && ownRun?.contains(i) != true),
                say.condition.map(f.holds) ?? true
            {
                notes.append(Note(.say, f.render(say.text)))
            }
            i -= 1
        }
        if i < 0 { notes.append(heading(step)) }
        return notes.reversed()
    }

    /// Whether coaching gathered backwards from a prompt stops at this earlier question: it was asked, as
    /// far as this point of view can know. A shared screen stops at any private question, since which
    /// private questions were asked of whom is not for it to know.
    func endsCoaching(_ q: Question, from view: Viewpoint) -> Bool {
        guard record.mode == .together else { return isAsked(q, by: view) }
        if q.who == .both { return isAsked(q, by: .shared) }
        guard case .person(let p) = view else { return true }
        return isAsked(q, by: .person(p))
    }

    /// The steps that count in "Step N of M".
    var numberedSteps: [Int] { script.steps.indices.filter { script.steps[$0].numbered } }

    func progress(entry: Int, part: Part, question: Question, person who: PersonID, from view: Viewpoint) -> Progress {
        let s = entries[entry].step
        // A private prompt counts what its person is asked; a shared one what both are ("both").
        let f = facts(view)
        // The step's questions that are asked (this one always), and this one's place among them.
        var count = 0
        var position = 1
        for i in stepRanges[s] where isQuestion[i] {
            guard i == entry || questionConditions[i].map(f.holds) ?? true else { continue }
            count += 1
            if i == entry { position = count }
        }
        var p = Progress(
            stepNumber: numberedSteps.firstIndex(of: s).map { $0 + 1 }, stepCount: numberedSteps.count,
            stepTitle: script.steps[s].title, question: position, questionCount: count)
        if case .item(let n) = part {
            var additions: [String] = []
            if case .ratings(let sheet)? = record.answer(question.id, by: who)?.value {
                additions = sheet.additions ?? []
            }
            p.item = n + 1
            p.itemCount = RatingSummary.itemKeys(question: question, script: script, additions: additions).count
        }
        return p
    }

    /// Says after the last question asked: the talk's closing words, on the shared screen (those bound to a
    /// private turn were shown at its end).
    func closingNotes() -> [Note] {
        let f = facts(.shared)
        let together = record.mode == .together
        var notes: [Note] = []
        var i = entries.count - 1
        while i >= 0 {
            let e = entries[i]
            if let c = script.steps[e.step].condition, !f.holds(c) {
                i -= 1
                continue
            }
            if case .ask(let q) = e.node, endsCoaching(q, from: .shared) { break }
            if case .say(let say) = e.node, !(together && turnBound[i]), say.condition.map(f.holds) ?? true {
                notes.append(Note(.closing, f.render(say.text)))
            }
            i -= 1
        }
        return notes.reversed()
    }

    func confirmPrompt(_ text: String) -> Prompt {
        Prompt(
            kind: .confirm, id: currentQuestionId ?? "", text: text, person: participant(person),
            choices: [
                Prompt.Choice(key: "y", id: "yes", label: "yes"), Prompt.Choice(key: "n", id: "no", label: "no"),
            ],
            completions: ["yes", "no"], isPrivate: inPrivateTurn)
    }

    private func slowPrompt() -> Prompt {
        Prompt(
            kind: .menu, id: currentQuestionId ?? "", text: CoachText.slowDown, person: participant(person),
            choices: SlowChoice.allCases.enumerated().map {
                Prompt.Choice(key: String($0 + 1), id: $1.rawValue, label: $1.label)
            },
            completions: SlowChoice.allCases.map(\.rawValue), isPrivate: inPrivateTurn)
    }

    /// A confirmation or the yellow menu in the middle of someone's private turn stays in that turn: handing
    /// the screen to both would show what was typed (or that they asked to slow down) to the partner.
    private var inPrivateTurn: Bool {
        record.mode == .together && currentQuestion?.who == .each
    }
}

/// The yellow menu's choices.
enum SlowChoice: String, CaseIterable {
    case pause = "break"
    case skip
    case why
    case carryOn = "carry-on"

    var label: String {
        switch self {
        case .pause: CoachText.slowBreak
        case .skip: CoachText.slowSkip
        case .why: CoachText.slowWhy
        case .carryOn: CoachText.slowCarryOn
        }
    }
}
