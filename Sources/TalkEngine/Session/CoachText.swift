import TalkScript

/// Candor's own words (not the talk's): calm, short, never pushy. Kept together so the voice stays one voice.
enum CoachText {
    static let keys = """
        Keys: Enter takes the answer in [brackets].
          :why    why this is asked          :back   the previous question
          :skip   skip it (saved as skipped, never as no)
          :pause  save and stop for now (Ctrl-D does the same)
          :hide   clear the screen and leave at once, everything saved
          red     stop the talk now          yellow  slow down or take a break
        """

    static let stopped = """
        We'll stop here. That's completely okay. Nothing more will be asked.
        What was said so far is saved, privately. There's no rush to come back.
        """

    /// Stopped during the readiness check, when nothing is saved (the host says so).
    static let stoppedBeforeSaving = """
        We'll stop here. That's completely okay. Nothing more will be asked.
        There's no rush to come back.
        """

    static let paused = "Paused. Everything you've said so far is saved."

    /// Paused during the readiness check, when nothing is saved yet: the host says so (and what it means).
    static let pausedBeforeSaving = "Paused."

    static let noWhy = "There's no note on why this one is asked. You can skip it with :skip."

    static let needsAnswer = "This one needs an answer. You can also skip it with :skip."

    static let cannotSkip =
        "This one can't be skipped: Candor only goes on when everyone is ready. You can stop with red at any time."

    static let slowDown = "Let's slow down. What would help?"

    static let welcomeBack = "Welcome back. Let's carry on where you left off."

    static func unknownCommand(_ input: String) -> String {
        "I don't know \u{201C}\(input)\u{201D}. Type :help to see what you can type."
    }

    static func confirmSafety(_ word: String) -> String {
        "\u{201C}\(word)\u{201D} is also a safety word here. Do you want to \(word == "red" ? "stop the talk now" : "slow down")? Type yes to do that, or no to use \u{201C}\(word)\u{201D} as your answer."
    }

    static func confirmWarned(_ reason: String) -> String {
        "\(reason)\nUse it anyway? (yes or no)"
    }

    static let afterWarning = "What would you like to do now?"

    static let afterWarningHint = "There's no rush, and no wrong choice. Whatever you pick is saved privately."

    static let unlockFirst = "This part needs a passphrase first."

    // Standing agreements offered again (a check-in, a debrief).
    static let reviewHeading = "What you agreed before"
    static let reviewIntro =
        "First, what you agreed last time. Consent is given each time, so it's worth a moment to check each one "
        + "still fits. Keeping, changing or dropping any of them is fine."
    static func reviewQuestion(_ agreement: StandingAgreement, together: Bool) -> String {
        let label = agreement.kind.label
        let what: String
        switch agreement.value {
        case .bool(true): what = "Last time you agreed to use the \(label)."
        case .bool(false): what = "Last time you agreed not to use the \(label)."
        default: what = "Last time you agreed on \u{201C}\(agreement.text)\u{201D} as your \(label)."
        }
        return what + " Still right" + (together ? " for both of you?" : "?")
    }
    static func reviewChoice(_ outcome: Review.Outcome) -> String {
        switch outcome {
        case .kept: "Still right: keep it"
        case .changed: "Change it"
        case .dropped: "Drop it for now"
        case .skipped: "Leave it for another time"
        }
    }
    static let pickReview = "Please pick 1, 2 or 3: keep it, change it, or drop it. :skip leaves it for another time."
    static func reviseQuestion(_ label: String) -> String { "What would you like your \(label) to be now?" }
    static let reviseHint = "Type the new words, or keep to leave it as it was."
    static let reviseListHint = "One per line, then an empty line. Or type keep to leave it as it was."
    static let reviseChoiceHint = "Or type keep to leave it as it was."
    static func bothAgree(_ kind: StandingKind, _ value: AnswerValue, words: String, names: [String]) -> String {
        let who = names.count == 2 ? "\(names[0]) and \(names[1]), " : ""
        switch value {
        case .bool(true): return "\(who)are you both happy to use the \(kind.label)?".capitalizedStart
        case .bool(false): return "\(who)are you both happy to go on without the \(kind.label)?".capitalizedStart
        default:
            return "\(who)is \u{201C}\(words)\u{201D} right for both of you as your \(kind.label)?".capitalizedStart
        }
    }
    static let bothAgreeHint = "yes if it's right for both of you; no, and what you agreed before is offered again."
    static let notBoth = "Okay. Nothing changes unless you both want it to."
    static let noBackFromReview = "This is about what you agreed before, so there's nothing to go back to yet."
    /// What became of an agreement offered again; `new` and its words when it was changed.
    static func reviewed(_ outcome: Review.Outcome, _ agreement: StandingAgreement?, new: AnswerValue?, words: String?)
        -> String
    {
        let label = agreement?.kind.label ?? ""
        let are = agreement?.kind.labelIsPlural == true ? "are" : "is"
        switch (outcome, outcome == .changed ? new : agreement?.value) {
        case (.kept, .bool(true)?): return "Kept: you'll use the \(label)."
        case (.kept, .bool(false)?): return "Kept: you'll go on without the \(label)."
        case (.changed, .bool(true)?): return "Changed: you'll use the \(label)."
        case (.changed, .bool(false)?): return "Changed: you'll go on without the \(label)."
        case (.kept, _): return "Kept: \u{201C}\(agreement?.text ?? "")\u{201D} \(are) still your \(label)."
        case (.changed, _): return "Changed: your \(label) \(are) now \u{201C}\(words ?? "")\u{201D}."
        case (.dropped, _): return "Dropped for now: your \(label). You can agree on it again any time."
        case (.skipped, _): return "Left for another time: your \(label) stays as it was."
        }
    }
    static func unlockNeeded(_ name: String?) -> String {
        let who = name.map { "\($0), the" } ?? "The"
        return "\(who) talk goes on from your private answers, which are locked. Your passphrase opens them."
    }
    static let pickAfterWarning = "Please pick 1, 2 or 3: a break, stop here, or carry on."

    static let stoppedAfterWarning = """
        We'll stop here. That's a good choice to have made, and you can come back whenever you like, or not at all.
        What was said so far is saved, privately.
        """

    static let carryingOn = "Okay. You can still stop at any moment by typing red."

    /// Two rounds of suggestions on a joint question, and no agreement.
    static let seeItDifferently =
        "You see this differently, and that's fine. Nothing is agreed on this one for now; you can come back to it another time."

    static let enterSkips = "Enter to skip."

    static let counterHint = "Or press Enter to leave this one for now: nobody has to agree on anything today."

    /// Someone said no to a suggestion and chose not to suggest anything else.
    static let leftForNow = "That's fine. Nothing is agreed on this one for now."

    static let atStart = "This is the first question, so there's nothing to go back to."

    static let noBackFromReveal =
        "Both of you have answered, so there's no going back from here. You can see everything later with candor show."

    static let whyRehearse =
        "Saying your lines out loud, before the real talk, makes the words easier to find when it counts."

    static let pickFromSlowMenu = "Please pick 1, 2, 3 or 4."

    static let takeYourTime = "Okay. Take your time."

    static let typeYesOrNo = "Please type yes or no."

    static let answerProposal = "Please answer yes or no. Nobody has to agree to anything."

    /// A warned answer the person chose not to use.
    static let pickAnother = "Okay, let's pick another."

    static func pickRating(_ keys: String) -> String {
        "Please pick one: \(keys). Enter leaves it blank."
    }

    // Prompts and their hints.

    static let rewordPrompt = "Your words for this line:"
    static let rewordHint = "Enter on an empty line keeps it as it was."
    static let comparingHeading = "Comparing your answers"
    static let revealPrompt = "Press Enter when you've both read it."
    static let yourPartner = "Your partner"
    static let agreeHint = "yes to agree, no if you don't. :skip leaves it for another time."
    static let listHint = "One per line. An empty line finishes the list."
    static let linesHint = "As many lines as you like. An empty line finishes."
    static let choicesHint = "Pick any: numbers or names, separated by commas. \u{201C}none\u{201D} for none."
    static let dateHint = "For example: saturday 7pm, tomorrow 19:30, 2026-12-01 18:00."
    static let anythingToAdd = "Anything you'd add?"
    static let additionsHint = "One per line. An empty line finishes (or adds nothing)."
    static let ratingHint =
        "Enter leaves it blank (never counted as no). To add a condition, put it after a colon: maybe: only if we go slow."
    static func broughtRatings(from source: String) -> String {
        "The ratings from your \(source) list are filled in, in brackets. Enter keeps one; "
            + "type another rating to change it. Nothing is saved until you go past it."
    }
    static func broughtRatingHint(_ offered: String, from source: String) -> String {
        "From your \(source) list: \(offered). Enter keeps it; type another rating to change it."
    }
    static let sayEachLine = "Now say each line out loud, one at a time. Change any words that don't sound like you."
    static let nextLineOrReword = "Press Enter for the next line, or type r to reword this one."

    static func bothLookNow(_ names: [String]) -> String {
        "\(AnswerText.joinedList(names.isEmpty ? ["You both"] : names)) can both look now."
    }

    static func proposeHint(_ name: String) -> String {
        "Agree on this together: \(name) suggests an answer first."
    }

    static func doYouAgree(proposer: String, proposal: String, to name: String) -> String {
        "\(proposer) suggests: \u{201C}\(proposal)\u{201D}. \(name), do you agree?"
    }

    static func suggestInstead(_ name: String) -> String {
        "What would you suggest instead, \(name)?"
    }

    static func scaleHint(min: Int, max: Int, named: String) -> String {
        "A number from \(min) to \(max)" + (named.isEmpty ? "." : ": \(named).")
    }

    static func stepOf(_ n: Int, _ count: Int) -> String {
        "Step \(n) of \(count): "
    }

    static func cardLineHint(_ n: Int, of count: Int) -> String {
        "Line \(n) of \(count). Say it out loud, then Enter for the next. r to reword it."
    }

    // The choices after a warning sign, and on the yellow menu.

    static let warningBreak = "Take a break: save everything and stop for now"
    static let warningStop = "Stop this talk here"
    static let warningCarryOn = "Carry on with the talk"
    static let slowBreak = "Take a break: save and stop for now"
    static let slowSkip = "Skip this question"
    static let slowWhy = "Tell me why this is asked"
    static let slowCarryOn = "Carry on"
}

extension String {
    /// The first letter upper-cased: a sentence that may start with a name or with its first word.
    fileprivate var capitalizedStart: String { prefix(1).uppercased() + dropFirst() }
}
