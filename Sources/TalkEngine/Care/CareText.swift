/// Candor's words when it notices distress in what someone typed: the check-in, shown as the warning
/// prompt (Session+Warning) to the author alone, and what the record keeps.
enum CareText {
    /// Shown to the person who wrote it, and to nobody else.
    static let distressCheckIn = """
        Let's pause on what you just wrote. It sounds like something may be hurting or frightening you.
        You don't have to go on with this talk, now or at any other time.
        Are you safe right now? If you're in danger, call your local emergency number.
        If someone is hurting you, scaring you or pushing you into things, a domestic-abuse or sexual-assault \
        helpline where you live can listen and help, in confidence, at your pace.
        That answer is kept out of anything shown to anyone else.
        """

    /// What the record keeps of it (the flag's message): short, and without the words typed.
    static let distressFlag =
        "Something written here sounded like being hurt, scared or pressured. "
        + "In danger: your local emergency number. For help and to talk it through: a domestic-abuse or sexual-assault helpline where you live."
}
