/// E002 and E017 to E023: statements unknown, out of place or given twice.
extension DiagnosticMessage {
    static func unknownStatement(_ word: String, guess: String?) -> Self {
        Self(
            .unknownStatement,
            "unknown statement '\(word)'"
                + (guess.map { "; did you mean '\($0)'?" }
                    ?? "; a line starts with a keyword such as step, say, ask or item"))
    }
    static func attributeWithoutAsk(_ name: String) -> Self {
        Self(.attributeWithoutAsk, "'\(name)' belongs to a question: put it under an 'ask' line")
    }
    static let itemWithoutCatalog = Self(
        .partWithoutWhole,
        "'item' must come after a 'catalog' line: an item "
            + "belongs to the catalog above it")
    static func itemTextWithoutItem(_ keyword: String) -> Self {
        Self(.partWithoutWhole, "'\(keyword)' must come after an 'item' line: it belongs to the item above it")
    }
    static let lineWithoutScript = Self(
        .partWithoutWhole,
        "'line' must come after the 'script' line: it belongs to "
            + "the card")
    static let secondHeader = Self(.givenTwice, "a second 'talk' header; a file holds one talk")
    static let secondAbout = Self(.givenTwice, "a second 'about'; a talk has one")
    static let secondReviews = Self(.givenTwice, "a second 'reviews agreements'; once is enough")
    static func secondItemText(_ keyword: String, item: String) -> Self {
        Self(.givenTwice, "a second '\(keyword)' for item '\(item)'; join them into one")
    }
    static let secondScript = Self(
        .givenTwice,
        "a second 'script'; a talk has one card: put all its lines under the "
            + "first")
    static func attributeTwice(_ name: String, question: String) -> Self {
        Self(.givenTwice, "'\(name)' is given twice for question '\(question)'")
    }
    static let headerNotFirst = Self(.headerNotFirst, "'talk' must be the first statement of the file")
    static func outsideStep(_ keyword: String) -> Self {
        Self(.outsideStep, "'\(keyword)' must be inside a step; add a 'step ID \"Title\"' line above it")
    }
    static let danglingString = Self(
        .danglingString,
        "a string with no statement above it to continue; start the "
            + "line with a keyword")
    static func notInReadiness(_ keyword: String) -> Self {
        Self(.notInReadiness, "the readiness check holds steps only; '\(keyword)' belongs in a talk file")
    }
}
