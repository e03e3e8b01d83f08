import TalkScript

/// Finding where the talk is: walking the script from the top, passing over what is answered or not
/// asked, noting flags and stop rules on the way. Where the talk is follows from the answers alone,
/// which is what makes resume exact, even after the script changed.
///
/// In a together talk, a run of private (`each`) questions in a step is answered by one person at a
/// time, the whole run in one turn; then, if any of it is to be compared, everyone sees the reveal.
/// A joint (`both`) question is an agreement: one proposes, the other accepts or suggests something else.
extension Session {
    struct Walk {
        /// Flags whose condition holds and that are not raised yet, in order, with whose private answers
        /// raised them (nil: a shared flag).
        var flags: [(flag: Flag, by: PersonID?)] = []
        /// A stop rule whose condition holds: the talk ends there.
        var stop: (rule: StopRule, step: Int)?
        /// Private runs the walk found someone's turn in done, and not yet recorded (`turnEnded`).
        var turnsEnded: [(run: String, by: PersonID)] = []
        var location: Location = .done
    }

    /// Moves to the next thing to ask, committing what the walk finds on the way (flags, an end).
    mutating func advance(now: Moment) -> Reply {
        var reply = Reply()
        guard record.status.isOpen else {
            phase = .over
            return reply
        }
        let before = phase.location
        let walk = self.walk()
        for (flag, by) in walk.flags {
            let message = (by.map { facts(for: $0) } ?? facts(.shared)).render(flag.message)
            commit(Event(.flagged, at: now, by: by, flag: flag.id, text: message), into: &reply)
        }
        for (run, by) in walk.turnsEnded {
            commit(Event(.turnEnded, at: now, question: run, by: by), into: &reply)
        }
        if let (rule, step) = walk.stop {
            // The talk ends here: the warning signs are said now, with the closing words.
            reply.notes += walk.flags.compactMap { f in
                record.flags.first { $0.id == f.flag.id && $0.by == f.by }.map { Note(.flag, $0.message) }
            }
            let message = facts(.shared).render(rule.message)
            commit(
                Event(.ended, at: now, reason: "stop rule in step \(script.steps[step].id)", text: message),
                into: &reply)
            reply.notes.append(Note(.closing, message))
            phase = .over
            return reply
        }
        settled = settledIndex(for: walk.location)
        reply.notes += turnEndNotes(leaving: before, for: walk.location)
        showsIntro = true
        // A warning sign comes before anything else: its person reads it and chooses what happens next.
        if let flag = record.unansweredFlag {
            phase = .warned(flag: flag)
            return reply
        }
        // A check-in or debrief starts from what was agreed before: each offered again once the readiness
        // check is done, before anything new is asked.
        if let kind = pendingReview, isPastReadiness(walk.location) {
            phase = .reviewing(kind)
            return reply
        }
        if walk.location == .done {
            // With a card, the closing words were shown before it.
            if !rehearsesCard { reply.notes += closingNotes() }
            commit(Event(.completed, at: now), into: &reply)
            phase = .over
            return reply
        }
        phase = Phase(walk.location)
        return reply
    }

    /// Together: the says left for a person at the end of their private turn (after their last question in
    /// the run), shown to them alone, in the reply to their last answer and before the hand-over. They read
    /// that person's private answers, so they must never wait for the next shared screen.
    func turnEndNotes(leaving before: Location, for next: Location) -> [Note] {
        guard record.mode == .together, case .ask(let e, let p, _) = before, case .ask(let q) = entries[e].node,
            q.who == .each
        else { return [] }
        let run = privateRun(from: runStart(of: e))
        if case .ask(let next, let who, _) = next, who == p, run.contains(next) { return [] }
        let f = facts(for: p)
        let last =
            run.last { k in
                if case .ask(let rq) = entries[k].node { rq.who == .each && isAsked(rq, by: .person(p)) } else { false }
            } ?? run.lowerBound
        var notes: [Note] = []
        for k in (last + 1)..<run.upperBound where turnBound[k] {
            if case .say(let say) = entries[k].node, say.condition.map(f.holds) ?? true {
                notes.append(Note(.say, f.render(say.text)))
            }
        }
        return notes
    }

    /// Where the talk is, without committing anything (used when rebuilding from a record).
    func locate() -> Location {
        if let flag = record.unansweredFlag { return .warning(flag: flag) }
        return walk().location
    }

    /// The pure walk, from the first entry not yet settled.
    func walk() -> Walk {
        var result = Walk()
        // Steps, flags and stop rules outside a private run are shared: a private answer counts for "both".
        let shared = facts(.shared)
        // A sealed talk's private answers are in the record only for those who unlocked: wherever the walk
        // would read someone else's, it stops and asks for them instead of guessing (`.unlock`).
        let locked = record.lockedPeople
        let firstLocked = record.people.map(\.id).first { locked.contains($0) }
        if let firstLocked, record.sealing == .whole {
            result.location = .unlock(firstLocked)
            return result
        }
        /// Whose answers must be opened before this shared condition can be read: nil when it reads no one's
        /// locked private answers.
        func unlockNeeded(_ condition: Condition?) -> PersonID? {
            guard let firstLocked, let condition else { return nil }
            let readsPrivate = condition.references.contains { ref in
                script.question(ref.head).map { $0.who == .each && !script.isReadiness(question: $0.id) } ?? false
            }
            return readsPrivate ? firstLocked : nil
        }
        var index = settled
        while index < entries.count {
            let entry = entries[index]
            // The step's condition, and a shared flag's or stop rule's, may read private answers ("both").
            let sharedCondition: Condition?
            switch entry.node {
            case .flag(let flag) where !flag.condition.isPersonal && !record.hasFlag(flag.id, by: nil):
                sharedCondition = flag.condition
            case .stop(let rule): sharedCondition = rule.condition
            default: sharedCondition = nil
            }
            if let person = unlockNeeded(script.steps[entry.step].condition) ?? unlockNeeded(sharedCondition) {
                result.location = .unlock(person)
                return result
            }
            if let c = script.steps[entry.step].condition, !shared.holds(c) {
                index = entries[index...].firstIndex { $0.step != entry.step } ?? entries.count
                continue
            }
            switch entry.node {
            case .say:
                break
            case .flag(let flag) where flag.condition.isPersonal:
                // About one person's point of view (someone refused them): shown to them alone.
                raisePerPerson(flag, into: &result)
            case .flag(let flag):
                if !record.hasFlag(flag.id, by: nil), !result.flags.contains(where: { $0.flag == flag }),
                    shared.holds(flag.condition)
                {
                    result.flags.append((flag, nil))
                }
            case .stop(let rule):
                if shared.holds(rule.condition) {
                    result.stop = (rule, entry.step)
                    return result
                }
            case .ask(let q):
                if record.mode == .together && q.who == .each {
                    let run = privateRun(from: index)
                    // A stop rule inside the run applies as soon as any person's own answer makes it hold, so a
                    // "no" in the readiness check ends the talk before anyone is asked anything more.
                    // Someone locked had their turn: had a stop rule held for them, the talk would have ended.
                    for k in run {
                        if case .stop(let rule) = entries[k].node,
                            record.people.contains(where: {
                                !locked.contains($0.id) && facts(for: $0.id).holds(rule.condition)
                            })
                        {
                            result.stop = (rule, entries[k].step)
                            return result
                        }
                    }
                    let runId = run.lazy.compactMap { k -> String? in
                        if case .ask(let rq) = entries[k].node { rq.id } else { nil }
                    }.first
                    for p in record.people.map(\.id) {
                        let ended = runId.map { record.turns?[$0]?.contains(p) == true } ?? false
                        if locked.contains(p) {
                            if ended { continue }
                            result.location = .unlock(p)
                            return result
                        }
                        // A flag in a private run is raised for each person whose own answers raise it, and shown
                        // to them alone: in their turn, once they have answered something in it (before that,
                        // the reply it would come in belongs to the person before them).
                        let begun = run.contains { k in
                            if case .ask(let rq) = entries[k].node {
                                rq.who == .each && record.answer(rq.id, by: p) != nil
                            } else {
                                false
                            }
                        }
                        for k in run {
                            switch entries[k].node {
                            case .flag(let flag):
                                if begun, !record.hasFlag(flag.id, by: p),
                                    !result.flags.contains(where: { $0.flag == flag && $0.by == p }),
                                    facts(for: p).holds(flag.condition)
                                {
                                    result.flags.append((flag, p))
                                }
                            case .ask(let rq) where rq.who == .each && isAsked(rq, by: .person(p)):
                                if let part = firstOpenPart(rq, person: p) {
                                    result.location = .ask(entry: k, person: p, part: part)
                                    return result
                                }
                            default:
                                break
                            }
                        }
                        // Their turn is done once every warning sign it raised for them is answered.
                        let waiting =
                            record.flags.contains { $0.by == p && $0.carriedOn != true }
                            || result.flags.contains { $0.by == p }
                        if let runId, !ended, !waiting { result.turnsEnded.append((runId, p)) }
                    }
                    if let firstLocked {
                        // Whether the comparison was shown can be told without opening anything: each shown
                        // question is recorded in the open. A run never compared needs everyone's answers.
                        let compared = run.compactMap { k -> Question? in
                            if case .ask(let rq) = entries[k].node, isRevealed(rq) { rq } else { nil }
                        }
                        if !compared.isEmpty, !compared.contains(where: { record.revealed.contains($0.id) }) {
                            result.location = .unlock(firstLocked)
                            return result
                        }
                        index = run.upperBound
                        continue
                    }
                    let toReveal = run.filter { k in
                        guard case .ask(let rq) = entries[k].node else { return false }
                        return isRevealed(rq) && !record.revealed.contains(rq.id)
                            && record.people.contains { record.answer(rq.id, by: $0.id) != nil }
                    }
                    if !toReveal.isEmpty {
                        result.location = .reveal(entries: toReveal)
                        return result
                    }
                    index = run.upperBound
                    continue
                }
                if record.mode == .together && q.who == .both {
                    if let person = unlockNeeded(q.condition) {
                        result.location = .unlock(person)
                        return result
                    }
                    if isAsked(q, by: .shared), let (person, part) = agreementStage(q, entry: index) {
                        // A refusal counts as soon as it is made (a proposed "no"): the person refused hears
                        // of it before being asked to agree, so flags on it just below are raised now.
                        for k in entries[(index + 1)...].prefix(while: {
                            if case .flag = $0.node { true } else { false }
                        }).indices {
                            if case .flag(let flag) = entries[k].node, flag.condition.isPersonal {
                                raisePerPerson(flag, into: &result)
                            }
                        }
                        result.location = .ask(entry: index, person: person, part: part)
                        return result
                    }
                    break
                }
                // Each person in turn, without making a list of their ids for every question walked.
                for person in record.people where isAsked(q, by: .person(person.id)) {
                    let p = person.id
                    if let part = firstOpenPart(q, person: p) {
                        result.location = .ask(entry: index, person: p, part: part)
                        return result
                    }
                }
            }
            index += 1
        }
        if let line = nextCardLine() { result.location = .card(line: line) }
        return result
    }

    /// Raises a flag for each person whose own point of view makes it hold (and who doesn't have it yet).
    func raisePerPerson(_ flag: Flag, into result: inout Walk) {
        for p in record.people.map(\.id)
        where !record.hasFlag(flag.id, by: p)
            && !result.flags.contains(where: { $0.flag == flag && $0.by == p }) && facts(for: p).holds(flag.condition)
        {
            result.flags.append((flag, p))
        }
    }

    /// Where the next walk may start, given where the talk is now: the question itself, or the start of
    /// its private run (the second person begins the run again from the top).
    func settledIndex(for location: Location) -> Int {
        switch location {
        case .ask(let entry, _, _):
            return record.mode == .together ? runStart(of: entry) : entry
        case .reveal(let indexes):
            return runStart(of: indexes.first ?? 0)
        case .warning, .unlock, .review:
            return settled
        case .card, .done:
            return entries.count
        }
    }

    /// The first entry of the private run holding `entry` (or `entry` itself when it is not in one).
    func runStart(of entry: Int) -> Int {
        guard entry < entries.count, case .ask(let q) = entries[entry].node, q.who == .each else { return entry }
        var start = entry
        while start > stepRanges[entries[entry].step].lowerBound {
            if case .ask(let prev) = entries[start - 1].node, prev.who != .each { break }
            start -= 1
        }
        return start
    }

    /// The entries from `start` to the end of its step, or to the first question that is not private.
    func privateRun(from start: Int) -> Range<Int> {
        var end = start
        while end < entries.count, entries[end].step == entries[start].step {
            if case .ask(let q) = entries[end].node, q.who != .each { break }
            end += 1
        }
        return start..<end
    }

    /// Whether a question's answers are compared in a together talk.
    func isRevealed(_ q: Question) -> Bool {
        if case .rate = q.kind { return true }
        return q.reveal
    }

    /// Who acts next on a joint question, and how; nil when it is settled (agreed or skipped).
    func agreementStage(_ q: Question, entry: Int) -> (PersonID, Part)? {
        let people = record.people.map(\.id)
        if people.allSatisfy({
            record.answer(q.id, by: $0)?.isKind(q.kind.name) == true
        })
            || people.allSatisfy({ record.answer(q.id, by: $0)?.value.isSkipped == true })
        {
            return nil
        }
        guard let a = record.agreements[q.id], a.value != nil, let proposer = a.proposedBy else {
            // Take turns proposing first: count the joint questions before this one.
            let before = entries[..<entry].filter { if case .ask(let e) = $0.node { e.who == .both } else { false } }
                .count
            return (people[before % people.count], .propose)
        }
        if let decliner = a.declinedBy { return (decliner, .counter) }
        let waiting = people.first { p in !a.consents.contains { $0.by == p } } ?? proposer
        return (waiting, .accept)
    }

    /// Whether the question is asked, seen from this point of view (`.shared` for joint questions).
    func isAsked(_ q: Question, by viewpoint: Viewpoint) -> Bool {
        guard let c = q.condition else { return true }
        return facts(viewpoint).holds(c)
    }

    /// The first part of the question still to answer, or nil when it is fully answered.
    /// An answer saved under a different kind (the script changed) does not count.
    func firstOpenPart(_ q: Question, person: PersonID) -> Part? {
        let saved = record.answer(q.id, by: person)
        guard case .rate(_, _, let additions) = q.kind else {
            return saved?.isKind(q.kind.name) == true ? nil : .whole
        }
        guard let saved, saved.isKind(.rate) else { return .item(0) }
        if case .skipped = saved.value { return nil }
        guard case .ratings(let sheet) = saved.value else { return .item(0) }
        let catalogEntries = RatingSummary.itemKeys(question: q, script: script, additions: [])
        if let open = catalogEntries.firstIndex(where: { sheet.ratings[$0.key] == nil }) { return .item(open) }
        if additions != nil && sheet.additions == nil { return .additions }
        for i in (sheet.additions ?? []).indices where sheet.ratings[RatingSheet.additionKey(i)] == nil {
            return .item(catalogEntries.count + i)
        }
        return nil
    }

    /// The question before `entry` that this person answered, nearest first (for `:back`). In a together
    /// talk it stays inside the person's own private run: going back must not reopen a shared screen.
    func earlierAsked(before entry: Int, person: PersonID) -> Int? {
        var i = entry - 1
        let floor: Int
        if record.mode == .together, entry < entries.count, case .ask(let q) = entries[entry].node, q.who == .each {
            var start = entry
            while start > 0, entries[start - 1].step == entries[entry].step {
                if case .ask(let prev) = entries[start - 1].node, prev.who != .each { break }
                start -= 1
            }
            floor = start
        } else {
            floor = record.mode == .together ? entry : 0
        }
        while i >= floor {
            if case .ask(let q) = entries[i].node, record.answer(q.id, by: person) != nil,
                script.steps[entries[i].step].condition.map({ facts(.shared).holds($0) }) ?? true,
                isAsked(q, by: .person(person))
            {
                return i
            }
            i -= 1
        }
        return nil
    }
}
