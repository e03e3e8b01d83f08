/// Names in conditions and text: unknown (E005), used where they cannot be (E040), asked later (E007), values
/// a question never gives (E006), tests that do not fit (E013, E035 to E039), private answers on a shared
/// screen (E015); and defaults (E014).
extension DiagnosticMessage {
    static func unknownQuestion(_ head: String, guess: String?) -> Self {
        Self(.unknownReference, "unknown question '\(head)'" + guessing(guess))
    }
    static func noParts(_ dotted: String, _ head: String) -> Self {
        Self(.unknownReference, "'\(dotted)': '\(head)' has no parts; write {\(head)}")
    }
    static func modeHasNoParts(_ dotted: String) -> Self {
        Self(.unknownReference, "'\(dotted)': 'mode' has no parts; test it as mode == practice")
    }
    static func questionHasNoParts(_ dotted: String, question: String, kind: QuestionKindName) -> Self {
        Self(
            .unknownReference,
            "'\(dotted)': '\(question)' is a \(kind.rawValue) question and has no parts; only rate "
                + "questions do (\(question).ITEM, \(question).VALUE)")
    }
    static func itemHasNoRoles(_ dotted: String, item: String, question: String) -> Self {
        Self(.unknownReference, "'\(dotted)': item '\(item)' has no roles; test it as \(question).\(item)")
    }
    static func noSuchRole(_ dotted: String, item: String, role: String, roles: [String]) -> Self {
        Self(
            .unknownReference,
            "'\(dotted)': item '\(item)' has no role '\(role)' (roles: "
                + "\(roles.joined(separator: ", ")))")
    }
    static func tooManyParts(_ dotted: String) -> Self {
        Self(.unknownReference, "'\(dotted)' has too many parts; the longest reference is RATE.ITEM.ROLE")
    }
    static func valueSetHasNoParts(_ dotted: String, question: String, value: String) -> Self {
        Self(
            .unknownReference,
            "'\(dotted)': '\(question).\(value)' stands for the items rated \(value) and has no "
                + "parts")
    }
    static func noItemOrValue(
        _ dotted: String, question: String, name: String, values: [String], items: [String],
        guess: String?
    ) -> Self {
        Self(
            .unknownReference,
            "'\(dotted)': rate question '\(question)' has no item or rating value '\(name)' "
                + "(values: \(values.joined(separator: ", ")); items: \(Suggest.list(items)))" + guessing(guess))
    }
    static func unknownRatingValue(_ id: String, question: String, values: [String]) -> Self {
        Self(
            .unknownReference,
            "'\(id)' is not a rating value of question '\(question)' (values: "
                + Suggest.list(values) + "); add it after 'as'")
    }

    static func personInCondition(_ head: String) -> Self {
        Self(.misusedName, "'\(head)' can be shown in text ({\(head)}) but not tested in a condition")
    }
    static let modeInText = Self(
        .misusedName,
        "'mode' can be tested in a condition (when mode == together) but not "
            + "shown in text")
    static let flaggedNotAlone = Self(
        .misusedName,
        "'flagged' can only be tested alone in a condition (when flagged, "
            + "when not flagged)")
    static func wholeRatingShown(_ dotted: String, _ head: String) -> Self {
        Self(
            .misusedName,
            "'{\(dotted)}' is a whole rating and cannot be shown; show the items rated one value "
                + "instead, such as {\(head).yes}")
    }
    static func itemRatingShown(_ dotted: String, _ head: String) -> Self {
        Self(
            .misusedName,
            "'{\(dotted)}' is one item's rating and cannot be shown; show the items rated one value "
                + "instead, such as {\(head).yes}")
    }

    /// `what`: "'a' is the question itself" or "'a' is asked later (line 4)"; `user`: "a condition" or "text".
    static func askedLater(_ what: String, user: String) -> Self {
        Self(.laterQuestion, "\(what); \(user) may only name questions asked before it")
    }

    static func notAValue(_ value: String, what: String, name: String, allowed: [String], guess: String?) -> Self {
        Self(
            .impossibleValue,
            "'\(value)' is not \(what) (\(name): \(Suggest.list(allowed, conjunction: "or")))"
                + guessing(guess))
    }
    static func notANumber(_ value: String, _ dotted: String, min: Int, max: Int) -> Self {
        Self(.impossibleValue, "'\(value)' is not a number; '\(dotted)' is a scale from \(min) to \(max)")
    }

    /// `described`: what the reference is ("'a' is a yesno question").
    static func orderingNotScale(_ op: String, _ described: String) -> Self {
        Self(.misfittingTest, "'\(op)' compares numbers and works only on scale questions; \(described) (use == or in)")
    }
    static func containsNotAList(_ described: String) -> Self {
        Self(.containsSingleAnswer, "'contains' works on choices and list questions; \(described)")
    }
    static func containsSingleAnswer(_ dotted: String, kind: QuestionKindName) -> Self {
        Self(
            .containsSingleAnswer,
            "'contains' works on choices and list questions; '\(dotted)' is a "
                + "\(kind.rawValue) question with a single answer (use == or in)")
    }
    static func refusedNotJoint(_ described: String) -> Self {
        Self(.refusedNotJoint, "'refused' works on joint questions (asked with 'both'); \(described)")
    }
    static let flaggedCompared = Self(.flaggedCompared, "'flagged' is tested alone (when flagged, when not flagged)")
    static func valueSetCompared(_ dotted: String, head: String, value: String) -> Self {
        Self(
            .valueSetCompared,
            "'\(dotted)' stands for the items rated \(value); test it alone (when \(dotted)), or "
                + "test one item (\(head).ITEM == \(value))")
    }
    static func wholeRatingCompared(_ dotted: String, question: String) -> Self {
        Self(
            .wholeRatingCompared,
            "'\(dotted)' is a whole rating; test one item (\(question).ITEM == yes) or a value "
                + "(when \(question).yes)")
    }

    static func invalidDefault(_ value: String, reply: String) -> Self {
        Self(.invalidDefault, "default \"\(value)\" is not a valid answer: Candor would reply \"\(reply)\"")
    }

    // E015: `what` names the shared part ("a say on the shared screen", "the condition of joint question 'b'").
    private static let moveOrTestBoth =
        "Move it into the private run (a say right after the question is shown to "
        + "each person in their own turn), or test what both of you said (== or in)"
    static func negatesPrivateAnswer(_ what: String, _ dotted: String) -> Self {
        Self(
            .privateAnswerShown,
            "\(what) negates '\(dotted)', a private answer: on a screen you both see, 'not' "
                + "would give away that one of you said something else. " + moveOrTestBoth)
    }
    static func notEqualPrivateAnswer(_ what: String, _ dotted: String) -> Self {
        Self(
            .privateAnswerShown,
            "\(what) tests '\(dotted) != ...', a private answer: on a screen you both see, '!=' "
                + "would give away that one of you said something else. " + moveOrTestBoth)
    }
    static func showsPrivateRatings(_ what: String, _ dotted: String, question: String) -> Self {
        Self(
            .privateAnswerShown,
            "\(what) shows '{\(dotted)}', one person's private ratings, on a screen you both "
                + "see, where a rating list only ever shows what you both want. Move the text into the private run, after "
                + "'\(question)', where each person sees their own")
    }
    static func showsUnrevealedAnswer(_ what: String, _ dotted: String, question: String) -> Self {
        Self(
            .privateAnswerShown,
            "\(what) shows '{\(dotted)}', a private answer that is never revealed, on a screen "
                + "you both see. Move the text into the private run, after '\(question)', or mark '\(question)' reveal so "
                + "both answers are shown side by side")
    }
}
