/// The talk's parts: kinds and attributes (E003, E009), ids used twice or reserved (E004, E012), parts
/// missing (E010, E024 to E028), catalogs (E008), and the warnings (W101 to W103).
extension DiagnosticMessage {
    static func unknownKind(_ name: String, guess: String?) -> Self {
        Self(
            .unknownKind,
            "unknown question kind '\(name)'; expected one of "
                + QuestionKindName.keywords.joined(separator: ", ") + (guess.map { " (did you mean '\($0)'?)" } ?? ""))
    }
    static func attributeNotForKind(_ name: String, kind: QuestionKindName, kinds: [QuestionKindName]) -> Self {
        Self(
            .attributeNotForKind,
            "'\(name)' does not apply to a \(kind.rawValue) question; it is for "
                + Suggest.list(kinds.map(\.rawValue), conjunction: "and"))
    }

    // E004: `place` is where the first one is ("line 3", "ready.talk:2").
    static func duplicateRatingValue(_ value: String) -> Self {
        Self(.duplicateID, "rating value '\(value)' is listed twice")
    }
    static func unknownStanding(_ word: String) -> Self {
        Self(
            .unknownStanding,
            "'standing \(word)' is not something Candor keeps; it keeps "
                + StandingKind.allCases.map(\.rawValue).joined(separator: ", "))
    }
    static func listFile(_ path: String, _ problem: String) -> Self {
        Self(.listFileProblem, "in the list \(path): \(problem)")
    }
    static func unreadableMeaning(_ what: String) -> Self {
        Self(.unreadableMeaning, "can't read \(what)")
    }
    static func duplicateOption(_ id: String, question: String) -> Self {
        Self(.duplicateID, "option '\(id)' is used twice in question '\(question)'")
    }
    static func duplicateValueLabel(_ id: String) -> Self { Self(.duplicateID, "value '\(id)' is labelled twice") }
    static func duplicateScaleLabel(_ n: Int) -> Self { Self(.duplicateID, "label \(n) is given twice") }
    static func duplicateRole(_ role: String, item: String) -> Self {
        Self(.duplicateID, "role '\(role)' is listed twice for item '\(item)'")
    }
    static func duplicateCatalog(_ id: String, first place: String) -> Self {
        Self(.duplicateID, "catalog '\(id)' is already defined at \(place)")
    }
    static func duplicateItem(_ id: String, catalog: String, first place: String) -> Self {
        Self(.duplicateID, "item '\(id)' is already in catalog '\(catalog)' at \(place)")
    }
    static func duplicateStep(_ id: String, first place: String) -> Self {
        Self(.duplicateID, "step '\(id)' is already defined at \(place)")
    }
    static func duplicateQuestion(_ id: String, first place: String) -> Self {
        Self(.duplicateID, "question '\(id)' is already asked at \(place); question ids must be unique")
    }
    static func duplicateFlag(_ id: String, first place: String) -> Self {
        Self(.duplicateID, "flag '\(id)' is already defined at \(place)")
    }
    static func duplicateCardLine(_ id: String, first place: String) -> Self {
        Self(.duplicateID, "card line '\(id)' is already defined at \(place)")
    }

    static func reservedQuestionID(_ id: String) -> Self {
        Self(
            .reservedID,
            "'\(id)' is reserved (it already means something in conditions and text); choose another "
                + "question id")
    }
    static func reservedForReadiness(_ what: String, _ id: String) -> Self {
        Self(
            .reservedID,
            "\(what) id '\(id)' is reserved for Candor's readiness check, which comes before every talk; "
                + "choose an id that is not 'ready' and does not start with 'ready-'")
    }

    static let missingHeader = Self(
        .missingPart,
        "missing talk header; begin the file with: talk ID \"Title\" "
            + "version 1")
    static func noStep(_ talk: String) -> Self {
        Self(.noStep, "talk '\(talk)' has no step; add one: step ID \"Title\"")
    }
    static func tooFewOptions(_ kind: QuestionKindName, question: String) -> Self {
        Self(
            .tooFewOptions,
            "\(kind.rawValue) question '\(question)' needs at least two options; add lines such as "
                + "option ID \"Label\" under it")
    }
    static let rateWithoutValues = Self(
        .rateWithoutValues,
        "a rate question needs rating values after 'as' (for "
            + "example: as yes maybe no)")
    static func valueWithoutLabel(_ value: String) -> Self {
        Self(
            .valueWithoutLabel,
            "rating value '\(value)' has no standard label; add a line value \(value) \"Label\" "
                + "under the question")
    }
    static func emptyCatalog(_ id: String) -> Self {
        Self(.emptyCatalog, "catalog '\(id)' has no items; add lines such as item ID \"Label\"")
    }
    static func unknownCatalog(question: String, catalog: String, guess: String?) -> Self {
        Self(
            .unknownCatalog,
            "question '\(question)' rates catalog '\(catalog)', which does not exist"
                + (guess.map { "; did you mean '\($0)'?" } ?? "; add it: catalog \(catalog) \"Title\""))
    }

    static func unratedCatalog(_ id: String) -> Self {
        Self(
            .unratedCatalog,
            "catalog '\(id)' is not rated by any question; add one: ask ID rate \(id) as yes maybe "
                + "no \"Question\"")
    }
    static func stepWithoutQuestion(_ id: String) -> Self {
        Self(.stepWithoutQuestion, "step '\(id)' asks no question; add one, or fold its text into another step")
    }
    static func highRiskWithoutCaution(_ item: String) -> Self {
        Self(
            .highRiskWithoutCaution,
            "high-risk item '\(item)' has no caution; add a line caution \"What can go "
                + "wrong and how to be careful\" under it")
    }
}
