import TalkStore

/// Every status `candor` exits with (sysexits.h, as the product brief lists them). Errors become a status
/// here (`init(_: StoreError)`) and in `Candor.failure(for:)`, nowhere else.
public enum ExitCode: Int32, Sendable, Comparable, CaseIterable {
    case ok = 0
    /// `candor due`: nothing is due (not a failure: the answer "no", for a shell's `&&`).
    case nothingDue = 1
    case usage = 64
    case dataError = 65
    case noInput = 66
    case software = 70
    case cannotCreate = 73
    case ioError = 74
    case tempFail = 75
    case noPermission = 77
    case interrupted = 130

    /// What the status means, for the man page.
    var meaning: String {
        switch self {
        case .ok: "done (also when a talk is paused with :pause or Ctrl-D; candor due: a check-in is due)"
        case .nothingDue: "candor due: no check-in is due"
        case .usage: "the command line was wrong, or what it asked needs a terminal and there is none"
        case .dataError: "a talk file has errors, or a talk's journal is damaged (see candor repair)"
        case .noInput: "no such talk, file or built-in talk, or the input ended before anything was chosen"
        case .software: "something went wrong that Candor did not expect"
        case .noPermission:
            "a passphrase was not given (three wrong tries), or --all was not agreed to by each person; nothing was changed"
        case .cannotCreate: "a file or folder could not be created"
        case .ioError: "reading or writing failed, or a file or folder is not safe to use"
        case .tempFail: "the talk is open in another Candor; try again when that one is done"
        case .interrupted: "stopped with Ctrl-C; everything answered is saved"
        }
    }

    public static func < (a: ExitCode, b: ExitCode) -> Bool { a.rawValue < b.rawValue }

    /// The status for a store error.
    init(_ error: StoreError) {
        switch error {
        case .notFound, .ambiguous: self = .noInput
        case .damaged, .unrecoverable: self = .dataError
        case .cannotWrite: self = .cannotCreate
        case .io, .unsafe, .exposed: self = .ioError
        case .locked: self = .tempFail
        case .sealing, .keyMissing: self = .software
        case .relativeHome: self = .usage
        }
    }
}

/// A failure that ends the command with a message and a status.
struct CommandFailure: Error, Equatable {
    let message: String
    let code: ExitCode
}
