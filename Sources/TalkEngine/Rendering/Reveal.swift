import TalkScript

/// Comparing two people's private answers without pressure. Under the default policy (`matches`), a
/// rating list shows only what both want: nothing anyone rated no, fantasy or not sure is shown or
/// hinted. Giving and receiving match the way people mean them: one wants to give what the other wants
/// to receive. Other revealed answers (what words mean, limits) are shown side by side, with the
/// differences pointed out.
public enum Reveal {
    /// One match: the item, worded for a sentence, with who does what ("spanking (Sam giving, Alex receiving)").
    public struct Matches: Sendable, Equatable {
        /// Both said yes.
        public var bothWant: [String]
        /// Yes or maybe on both sides, not both yes.
        public var worthTalkingAbout: [String]
    }

    /// Matches between two people's ratings of a rate question.
    public static func matches(
        _ question: Question, script: Script, a: Participant, sheetA: RatingSheet,
        b: Participant, sheetB: RatingSheet
    ) -> Matches {
        var both: [String] = []
        var talk: [String] = []
        let nameA = a.name ?? "the first of you"
        let nameB = b.name ?? "the second of you"
        // A match is shown with the conditions its ratings were given with: the item is revealed, so they
        // are too (a condition on anything not matched is never shown).
        func consider(_ keyA: String, _ keyB: String, _ phrase: String) {
            guard let x = sheetA.ratings[keyA] ?? nil, let y = sheetB.ratings[keyB] ?? nil else { return }
            let conditions = [(nameA, sheetA.conditions?[keyA]), (nameB, sheetB.conditions?[keyB])]
                .compactMap { name, c in c.map { "\(name): \($0)" } }
            let shown = conditions.isEmpty ? phrase : phrase + " (" + conditions.joined(separator: "; ") + ")"
            let keen: Set<String> = ["yes", "maybe"]
            if x == "yes" && y == "yes" {
                both.append(shown)
            } else if keen.contains(x) && keen.contains(y) {
                talk.append(shown)
            }
        }
        guard case .rate(let catalogId, _, _) = question.kind, let catalog = script.catalog(catalogId) else {
            return Matches(bothWant: [], worthTalkingAbout: [])
        }
        for item in catalog.items {
            let label = AnswerText.inSentence(item.label)
            switch item.roles.count {
            case 0:
                consider(item.id, item.id, label)
            case 2:
                // Complementary roles: giving pairs with receiving, leading with following.
                let (r0, r1) = (item.roles[0], item.roles[1])
                consider("\(item.id).\(r0)", "\(item.id).\(r1)", "\(label) (\(nameA) \(r0), \(nameB) \(r1))")
                consider("\(item.id).\(r1)", "\(item.id).\(r0)", "\(label) (\(nameA) \(r1), \(nameB) \(r0))")
            default:
                for role in item.roles {
                    consider("\(item.id).\(role)", "\(item.id).\(role)", "\(label) (both \(role))")
                }
            }
        }
        // Own additions match when both wrote the same thing.
        for (i, added) in (sheetA.additions ?? []).enumerated() {
            guard let j = (sheetB.additions ?? []).firstIndex(where: { $0.lowercased() == added.lowercased() }) else {
                continue
            }
            consider(RatingSheet.additionKey(i), RatingSheet.additionKey(j), added)
        }
        return Matches(bothWant: both, worthTalkingAbout: talk)
    }

    /// One question's comparison as both saw it, as text (no heading): what the record keeps in the open.
    public static func sharedText(for question: Question, record: Record, script: Script) -> String {
        notes(for: [question], record: record, script: script).filter { $0.kind != .heading }.map(\.text)
            .joined(separator: "\n")
    }

    /// The notes a reveal shows for these questions, under the record's policy.
    public static func notes(for questions: [Question], record: Record, script: Script) -> [Note] {
        guard record.people.count >= 2 else { return [] }
        let (a, b) = (record.people[0], record.people[1])
        var notes: [Note] = []
        for q in questions {
            // An answer kept to its author reads here exactly as a skipped one.
            let va = record.sharedAnswer(q.id, by: a.id)
            let vb = record.sharedAnswer(q.id, by: b.id)
            if case .rate = q.kind {
                notes.append(
                    Note(.heading, q.text.parts.isEmpty ? (script.catalog(catalogId(q))?.title ?? q.id) : plain(q.text))
                )
                if record.reveal == .all {
                    notes.append(Note(.say, sideBySide(q, script: script, a: a, va: va, b: b, vb: vb)))
                    continue
                }
                guard case .ratings(let sa)? = va, case .ratings(let sb)? = vb else {
                    notes.append(Note(.say, "Nothing to compare here: one of you left this list for another time."))
                    continue
                }
                let m = matches(q, script: script, a: a, sheetA: sa, b: b, sheetB: sb)
                if m.bothWant.isEmpty && m.worthTalkingAbout.isEmpty {
                    notes.append(
                        Note(
                            .say,
                            "No matches on this list this time. That's fine: it says nothing about either of you, and lists change."
                        ))
                }
                if !m.bothWant.isEmpty {
                    notes.append(Note(.reflect, "You both want: " + AnswerText.joinedList(m.bothWant) + "."))
                }
                if !m.worthTalkingAbout.isEmpty {
                    notes.append(Note(.say, "Worth talking about: " + AnswerText.joinedList(m.worthTalkingAbout) + "."))
                }
                notes.append(
                    Note(.info, "Only what you both said yes or maybe to is shown. Nothing else is, on purpose."))
            } else {
                notes.append(Note(.heading, plain(q.text)))
                notes.append(Note(.say, sideBySide(q, script: script, a: a, va: va, b: b, vb: vb)))
                if let d = difference(q, va, vb) {
                    // A difference the talk says must be settled (safer sex) is named as such.
                    if let differ = q.differ, !d.same {
                        notes.append(Note(.caution, plain(differ)))
                    } else {
                        notes.append(Note(.info, d.text))
                    }
                }
            }
        }
        return notes
    }

    private static func catalogId(_ q: Question) -> String {
        if case .rate(let c, _, _) = q.kind { return c }
        return ""
    }

    private static func plain(_ t: Template) -> String { sharedWording(t) }

    /// A question worded for both people at once (a reveal heading, a shared view): `{partner}` reads "your
    /// partner", and no answer is filled in, so nothing one person said privately can show through.
    static func sharedWording(_ t: Template) -> String {
        t.render { ref in ref.path == ["partner"] ? "your partner" : nil }
    }

    private static func sideBySide(
        _ q: Question, script: Script, a: Participant, va: AnswerValue?, b: Participant,
        vb: AnswerValue?
    ) -> String {
        func text(_ v: AnswerValue?) -> String {
            guard let v else { return "(not answered)" }
            if v.isSkipped { return "(skipped)" }
            return AnswerText.render(v, for: q, script: script) ?? "(left blank)"
        }
        let nameA = a.name ?? "First"
        let nameB = b.name ?? "Second"
        if case .rate = q.kind {
            guard case .ratings(let sa)? = va, case .ratings(let sb)? = vb else {
                return "\(nameA): \(text(va))\n\(nameB): \(text(vb))"
            }
            let entries = RatingSummary.itemKeys(question: q, script: script, additions: [])
            let labels = valueLabels(q)
            var lines = entries.map { e in
                "\(e.label): \(nameA) \(labels[(sa.ratings[e.key] ?? nil) ?? ""] ?? "blank") · \(nameB) \(labels[(sb.ratings[e.key] ?? nil) ?? ""] ?? "blank")"
            }
            for (name, sheet) in [(nameA, sa), (nameB, sb)] {
                for (i, added) in (sheet.additions ?? []).enumerated() {
                    lines.append(
                        "\(added) (\(name)'s own): \(labels[(sheet.ratings[RatingSheet.additionKey(i)] ?? nil) ?? ""] ?? "blank")"
                    )
                }
            }
            return lines.joined(separator: "\n")
        }
        return "\(nameA): \(text(va))\n\(nameB): \(text(vb))"
    }

    private static func valueLabels(_ q: Question) -> [String: String] {
        guard case .rate(_, let values, _) = q.kind else { return [:] }
        return Dictionary(uniqueKeysWithValues: values.map { ($0.id, $0.id) })
    }

    /// What to say about two answers: the same, or different and worth a word.
    private static func difference(_ q: Question, _ va: AnswerValue?, _ vb: AnswerValue?) -> (text: String, same: Bool)?
    {
        guard let va, let vb else { return nil }
        // Safer sex: one of you choosing nothing at all is the biggest difference there is.
        if q.differ != nil, va.isSkipped != vb.isSkipped { return ("", false) }
        guard !va.isSkipped, !vb.isSkipped else { return nil }
        switch (va, vb) {
        case (.text(let x), .text(let y)):
            return norm(x) == norm(y)
                ? ("You mean the same thing.", true)
                : ("Your words differ here: worth talking through what each of you means.", false)
        case (.lines(let x), .lines(let y)):
            let common = x.filter { i in y.contains { norm($0) == norm(i) } }
            let same = Set(x.map(norm)) == Set(y.map(norm))
            return (
                common.isEmpty
                    ? "Nothing here in common yet: worth a look at each other's."
                    : "In common: " + AnswerText.joinedList(common) + ".", same
            )
        case (.options(let x), .options(let y)):
            let common = x.filter(y.contains)
            let same = Set(x) == Set(y)
            guard !common.isEmpty else { return ("You chose different things: worth asking each other why.", same) }
            let labels = common.map { AnswerText.inSentence(AnswerText.optionLabel($0, q) ?? $0) }
            return ("You both chose " + AnswerText.joinedList(labels) + ".", same)
        case (.number(let x), .number(let y)):
            return x == y
                ? ("You're at the same place.", true)
                : ("You're \(abs(x - y)) apart: start nearer the lower one and build up.", false)
        default:
            return va == vb ? ("The same for both of you.", true) : ("Different for each of you: worth a word.", false)
        }
    }

    private static func norm(_ s: String) -> String {
        s.lowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." }).joined(separator: " ")
    }
}
