/// Every diagnostic `candor check` can report. A code never changes meaning: when a code covered several
/// problems, it kept the first it was documented with and the others got codes of their own (E002 into E017
/// to E023; E005 into E040; E010 into E024 to E028; E011 into E029 to E034; E013 into E035 to E039; E016
/// into E041).
extension DiagnosticKind {
    public static let syntax = DiagnosticKind(
        "E001", .error,
        "Syntax: an unterminated string, a character that cannot start a token, a missing or unexpected "
            + "token, a condition too complicated to be safe (more than 32 levels of brackets and `not`, or more "
            + "than 64 tests).")
    public static let unknownStatement = DiagnosticKind(
        "E002", .error,
        "An unknown statement: a line that does not start with a keyword of the language.")
    public static let unknownKind = DiagnosticKind(
        "E003", .error,
        "An unknown question kind.")
    public static let duplicateID = DiagnosticKind(
        "E004", .error,
        "An id used twice (steps, questions, catalogs, items in a catalog, options, card lines, flags).")
    public static let unknownReference = DiagnosticKind(
        "E005", .error,
        "A reference to something that does not exist (question, item, role, value, a part of a question "
            + "that has none).")
    public static let impossibleValue = DiagnosticKind(
        "E006", .error,
        "A value the question can never produce (`yesno == maybe`, an option or rating value it does not "
            + "have).")
    public static let laterQuestion = DiagnosticKind(
        "E007", .error,
        "A reference to a question that is only asked later.")
    public static let unknownCatalog = DiagnosticKind(
        "E008", .error,
        "`rate` names a catalog that does not exist.")
    public static let attributeNotForKind = DiagnosticKind(
        "E009", .error,
        "An attribute that does not apply to the question's kind (`option` on `text`, `label` on `choice`, "
            + "`age` on anything but `yesno`).")
    public static let missingPart = DiagnosticKind(
        "E010", .error,
        "A missing `talk` header.")
    public static let badNumber = DiagnosticKind(
        "E011", .error,
        "A `version` below 1.")
    public static let reservedID = DiagnosticKind(
        "E012", .error,
        "A reserved id: `name`, `partner`, `mode`, `flagged` as question ids, or `ready` and `ready-...` as "
            + "step, question or flag ids, which belong to the readiness check.")
    public static let misfittingTest = DiagnosticKind(
        "E013", .error,
        "Ordering (`<`, `<=`, `>`, `>=`) on a question that is not a `scale`.")
    public static let invalidDefault = DiagnosticKind(
        "E014", .error,
        "A `default` that is not a valid answer to its question.")
    public static let privateAnswerShown = DiagnosticKind(
        "E015", .error,
        "In a together talk, a shared part that would give away a private answer: a shared condition that "
            + "negates an `each` answer (`not`, `!=`, `not in`), or shared text that shows an `each` answer that "
            + "is not `reveal`, or a rating list (see Privacy of conditions).")
    public static let controlCharacter = DiagnosticKind(
        "E016", .error,
        "A control character, bidi override or line-breaking format character in the file (see Lexical "
            + "rules: an escape sequence, a C1 control such as U+009B, U+202E), named by its code point, never "
            + "printed. Delete it.")
    public static let attributeWithoutAsk = DiagnosticKind(
        "E017", .error,
        "A question's attribute (`help`, `default`, `option`, ...) with no `ask` above it.")
    public static let partWithoutWhole = DiagnosticKind(
        "E018", .error,
        "A part with nothing above it to belong to: an `item` with no `catalog`, a `note` or `caution` with "
            + "no `item`, a `line` with no `script`.")
    public static let givenTwice = DiagnosticKind(
        "E019", .error,
        "A statement given twice where one is allowed: a second `talk` header, `about`, `reviews agreements` or "
            + "`script`, a second `note` or `caution` for an item, an attribute given twice for one question.")
    public static let headerNotFirst = DiagnosticKind(
        "E020", .error,
        "A `talk` header that is not the first statement of the file.")
    public static let outsideStep = DiagnosticKind(
        "E021", .error,
        "A `say`, `ask`, `flag` or `stop` that is not inside a step.")
    public static let danglingString = DiagnosticKind(
        "E022", .error,
        "A line that starts with a string when there is no statement above it to continue.")
    public static let notInReadiness = DiagnosticKind(
        "E023", .error,
        "Anything but steps in the readiness check (a `talk` header, `about`, a catalog or a card belong in "
            + "a talk file).")
    public static let noStep = DiagnosticKind(
        "E024", .error,
        "A talk with no step.")
    public static let tooFewOptions = DiagnosticKind(
        "E025", .error,
        "A `choice` or `choices` question with fewer than two options.")
    public static let rateWithoutValues = DiagnosticKind(
        "E026", .error,
        "A `rate` question with no rating values after `as`.")
    public static let valueWithoutLabel = DiagnosticKind(
        "E027", .error,
        "A rating value with no label: not one of the standard values (yes, maybe, no, fantasy, unsure) and "
            + "given no `value` line.")
    public static let emptyCatalog = DiagnosticKind(
        "E028", .error,
        "A catalog with no items.")
    public static let scaleOrder = DiagnosticKind(
        "E029", .error,
        "A `scale` whose MIN is not below its MAX.")
    public static let maxBelowMin = DiagnosticKind(
        "E030", .error,
        "A `max` below the question's `min`.")
    public static let negativeLength = DiagnosticKind(
        "E031", .error,
        "A negative `min` or `max`.")
    public static let labelOutsideScale = DiagnosticKind(
        "E032", .error,
        "A `label` for a number outside the scale.")
    public static let notAnAge = DiagnosticKind(
        "E033", .error,
        "An `age` that is not an age (1 to 130).")
    public static let numberTooLarge = DiagnosticKind(
        "E034", .error,
        "A number too large to hold.")
    public static let containsSingleAnswer = DiagnosticKind(
        "E035", .error,
        "`contains` on anything but a `choices` or `list` question.")
    public static let refusedNotJoint = DiagnosticKind(
        "E036", .error,
        "`refused` on a question that is not joint (asked with `both`).")
    public static let flaggedCompared = DiagnosticKind(
        "E037", .error,
        "`flagged` compared with a value (it is tested alone).")
    public static let valueSetCompared = DiagnosticKind(
        "E038", .error,
        "The items rated one value (`acts.yes`) compared with a value (they are tested alone).")
    public static let wholeRatingCompared = DiagnosticKind(
        "E039", .error,
        "A whole rating (`acts`) compared with a value (test one item, or one value alone).")
    public static let misusedName = DiagnosticKind(
        "E040", .error,
        "A name used where it means nothing: `name` or `partner` in a condition, `mode` or `flagged` in "
            + "text (or `flagged` not alone), a whole rating or one item's rating shown in text.")
    public static let lineBreakInOneLineText = DiagnosticKind(
        "E041", .error,
        "A line break (`\\n`) in a title or label, which is shown on one line.")
    public static let unknownStanding = DiagnosticKind(
        "E042", .error,
        "`standing` names something Candor does not keep as an agreement.")
    public static let unreadableMeaning = DiagnosticKind(
        "E043", .error,
        "An option's `lasts` or `repeats` that can't be read (`lasts 30 minutes`, `repeats monthly`).")
    public static let listFileProblem = DiagnosticKind(
        "E044", .error,
        "A catalog's list file (`catalog ID from \"FILE\"`) that can't be read, or has errors (each at its line).")
    public static let unratedCatalog = DiagnosticKind(
        "W101", .warning,
        "A catalog that no question rates.")
    public static let stepWithoutQuestion = DiagnosticKind(
        "W102", .warning,
        "A step with no question.")
    public static let highRiskWithoutCaution = DiagnosticKind(
        "W103", .warning,
        "A `high-risk` item with no `caution`.")

    /// Every kind, errors by code then warnings: the order of the table in docs/talk-language.md.
    public static let all: [DiagnosticKind] = [
        syntax, unknownStatement, unknownKind, duplicateID, unknownReference, impossibleValue, laterQuestion,
        unknownCatalog, attributeNotForKind, missingPart, badNumber, reservedID, misfittingTest, invalidDefault,
        privateAnswerShown, controlCharacter, attributeWithoutAsk, partWithoutWhole, givenTwice, headerNotFirst,
        outsideStep, danglingString, notInReadiness, noStep, tooFewOptions, rateWithoutValues, valueWithoutLabel,
        emptyCatalog, scaleOrder, maxBelowMin, negativeLength, labelOutsideScale, notAnAge, numberTooLarge,
        containsSingleAnswer, refusedNotJoint, flaggedCompared, valueSetCompared, wholeRatingCompared, misusedName,
        lineBreakInOneLineText, unknownStanding, unreadableMeaning, listFileProblem,
        unratedCatalog, stepWithoutQuestion,
        highRiskWithoutCaution,
    ]
}
