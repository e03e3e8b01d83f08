/// `candor --help`.
enum Usage {
    static let text = """
        candor: a calm coach for talking about sex, one question at a time.
        Your answers stay private, on this computer.

        Usage:
          candor                          carry on an unfinished talk, or a short menu to start one
          candor practice [--talk NAME|FILE] [--name NAME]
                                          practise the talk alone, then rehearse your script
          candor together [--talk NAME|FILE] [--names A,B] [--reveal matches|all]
                                          the talk for two at one terminal: private turns,
                                          agreements, and reveals without pressure
          candor resume [ID]              carry on a talk where it stopped
          candor list [--json]            your talks: id, talk, mode, status, people, dates
          candor show ID [--json] [--all] one talk's record, readable or as JSON; for a together
                                          talk, only what its reveals showed unless --all
          candor repair ID                rebuild a damaged talk from its good part (keeps a backup)
          candor forget ID [--yes]        delete a talk for good (asks first, unless --yes)
          candor export ID --format md|json|ics|html [-o FILE] [--all]
                                          a talk to keep, print, or put in a calendar (ics: the
                                          agreed time, discreetly); together: as revealed, unless --all
          candor diff [OLD] NEW [--all]   what changed since an earlier talk of the same people
          candor check [FILE...]          check talk scripts (no FILE: the built-in talks)
          candor talks [--source NAME]    the built-in talks (--source prints one's script)
          candor --help | --version

        Options for every command:
          --home DIR    where talks are kept (else $CANDOR_HOME, else $XDG_DATA_HOME/candor,
                        else ~/.local/share/candor)
          --plain       no colour, no screen clearing, numbered choices; NO_COLOR is honoured too

        At every prompt: Enter takes the answer in [brackets]. :help lists the keys.
        red stops the talk at once; yellow slows down. :pause or Ctrl-D saves and stops for now.

        IDs are short; a unique start of one is enough.
        """
}
