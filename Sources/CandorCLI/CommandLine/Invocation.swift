/// What the command line asked for, once parsed.
struct Invocation {
    var home: String?
    var plain = false
    var action: Action

    enum Action {
        /// `candor --help`, `candor help`: every command.
        case overview
        /// `candor help CMD`, `candor CMD --help`, `candor CMD -h`.
        case help(CommandSpec)
        case version
        /// `candor` alone: unfinished talks first, else a short menu.
        case start
        case run(any Command)
    }
}
