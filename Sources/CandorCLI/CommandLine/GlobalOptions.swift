/// Options every command takes, anywhere on the line (read before the command's own).
enum GlobalOptions {
    static let home = OptionSpec.value(
        "--home", value: "DIR",
        help: "where talks are kept (else $CANDOR_HOME, else $XDG_DATA_HOME/candor, else ~/.local/share/candor)",
        values: .folders)
    static let plain = OptionSpec.flag(
        "--plain", help: "no colour, no screen clearing, numbered choices; NO_COLOR is honoured too")
    static let help = OptionSpec.flag("--help", "-h", help: "this help")
    static let version = OptionSpec.flag("--version", "-V", help: "Candor's version")

    static let all = [home, plain, help, version]
}
