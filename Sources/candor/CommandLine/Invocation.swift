/// What the command line asked for, once parsed.
struct Invocation: Equatable {
    var home: String?
    var plain = false
    var action: Action

    enum Action: Equatable {
        case help(String?)
        case version
        /// `candor` alone: unfinished talks first, else a short menu.
        case start
        case practice(talk: String?, name: String?)
        /// `reveal` is "matches" or "all", checked when parsed.
        case together(talk: String?, names: [String]?, reveal: String)
        case resume(id: String?)
        case repair(id: String)
        case forget(id: String, yes: Bool)
        case list(json: Bool)
        case show(id: String, json: Bool, all: Bool)
        case export(id: String, format: String, output: String?, all: Bool)
        case diff(ids: [String], all: Bool)
        case check(files: [String])
        case talks(source: String?)
    }
}
