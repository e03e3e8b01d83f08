import TalkScript

/// Answers kept to their author: an answer in which Candor noticed distress ("he hit me") is shown to
/// nobody else, in any view, reveal or text, and reads to others exactly as a skipped answer would.
extension Record {
    /// The flag raised when distress is noticed in what someone typed (by: the author, question: where).
    public static let distressFlag = "distress"

    /// Whether `person`'s answer to `question` is kept from everyone but them. A joint answer never is:
    /// a suggestion that held distress was never put on the table, and what was agreed later is shared.
    public func isWithheld(question: String, by person: PersonID) -> Bool {
        agreements[question] == nil && hasFlag(Record.distressFlag, by: person, question: question)
    }

    /// A person's answer as anyone but its author may see it: a withheld answer reads as skipped.
    public func sharedAnswer(_ question: String, by person: PersonID) -> AnswerValue? {
        guard let answer = answer(question, by: person) else { return nil }
        return isWithheld(question: question, by: person) ? .skipped : answer.value
    }
}

extension Record {
    /// The record as it may be shown where anyone could be looking: in a together talk (even with
    /// `--all`), each withheld answer reads as skipped and distress flags are left out, since a flag
    /// says something about its author. Practising alone, the record is the author's own: unchanged.
    public var withheldAnswersSkipped: Record {
        guard mode == .together else { return self }
        var copy = self
        for flag in flags where flag.id == Record.distressFlag {
            guard let q = flag.question, let by = flag.by, isWithheld(question: q, by: by), copy.answers[q]?[by] != nil
            else { continue }
            copy.answers[q]?[by]?.value = .skipped
        }
        copy.flags = flags.filter { $0.id != Record.distressFlag }
        return copy
    }
}
