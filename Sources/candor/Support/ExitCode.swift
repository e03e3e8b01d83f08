/// Exit statuses, from sysexits.h, as the product brief lists them.
enum ExitCode {
    static let ok: Int32 = 0
    static let usage: Int32 = 64
    static let dataError: Int32 = 65
    static let noInput: Int32 = 66
    static let cannotCreate: Int32 = 73
    static let ioError: Int32 = 74
    static let tempFail: Int32 = 75
    static let interrupted: Int32 = 130
}

/// A failure that ends the command with a message and a status.
struct CommandFailure: Error {
    let message: String
    let code: Int32
}
