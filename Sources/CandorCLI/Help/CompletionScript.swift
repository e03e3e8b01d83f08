import BuiltinTalks

/// Shell completion scripts for `candor`, made from the commands' definitions: commands, their options,
/// option values (formats, built-in talk names) and file arguments.
enum CompletionScript {
    enum Shell: String, CaseIterable, Sendable {
        case bash, zsh, fish
    }

    static func script(for shell: Shell) -> String {
        switch shell {
        case .bash: bash
        case .zsh: zsh
        case .fish: fish
        }
    }

    private static var specs: [CommandSpec] { CommandRegistry.specs }
    private static let globals = [GlobalOptions.home, GlobalOptions.plain, GlobalOptions.help]
    private static var commandNames: [String] { specs.map(\.name) }
    private static var talkNames: [String] { BuiltinTalks.all.map(\.name) }
    /// The talk ids in `candor list --json` (one `"id" : "k7m2"` line per talk), for completing an ID.
    private static let idsFromList = #"list --json 2>/dev/null | sed -n 's/^ *"id" *: *"\([^"]*\)".*/\1/p'"#

    // MARK: bash

    static var bash: String {
        var out = """
            # bash completion for candor. Install: candor completion bash > ~/.local/share/bash-completion/completions/candor
            _candor() {
                local cur="${COMP_WORDS[COMP_CWORD]}" prev="" command="" words="" files="" ids="" home="" i
                (( COMP_CWORD > 0 )) && prev="${COMP_WORDS[COMP_CWORD-1]}"
                for (( i = 1; i < COMP_CWORD; i++ )); do
                    case "${COMP_WORDS[i]}" in
                        --home) home="${COMP_WORDS[i+1]}"; (( i++ )) ;;
                        -*) ;;
                        *) command="${COMP_WORDS[i]}"; break ;;
                    esac
                done
                case "$prev" in
                    --home) COMPREPLY=($(compgen -d -- "$cur")); return ;;
                esac
                case "$command" in
                    "")
                        words="\(commandNames.joined(separator: " ")) \((GlobalOptions.all.flatMap(\.names)).joined(separator: " "))" ;;

            """
        for spec in specs {
            out += "        \(([spec.name] + spec.aliases).joined(separator: "|")))\n"
            let valued = spec.options.filter(\.takesValue)
            if !valued.isEmpty {
                out += "            case \"$prev\" in\n"
                for option in valued {
                    out +=
                        "                \(option.names.joined(separator: "|"))) \(bashReply(option.values)); return ;;\n"
                }
                out += "            esac\n"
            }
            let words = (spec.options + globals).flatMap(\.names) + spec.arguments.flatMap { bashWords($0.values) }
            out += "            words=\"\(words.joined(separator: " "))\""
            if spec.arguments.contains(where: { $0.values == .files }) { out += "; files=1" }
            if spec.arguments.contains(where: { $0.values == .talkIDs }) { out += "; ids=1" }
            out += " ;;\n"
        }
        out += """
                esac
                COMPREPLY=($(compgen -W "$words" -- "$cur"))
                if [[ -n $files && $cur != -* ]]; then COMPREPLY+=($(compgen -f -- "$cur")); fi
                if [[ -n $ids && $cur != -* ]]; then
                    COMPREPLY+=($(compgen -W "$("${COMP_WORDS[0]}" ${home:+--home "$home"} \(idsFromList))" -- "$cur"))
                fi
            }
            complete -F _candor candor

            """
        return out
    }

    private static func bashReply(_ values: ValueCompletion) -> String {
        switch values {
        case .none: "COMPREPLY=()"
        case .choices(let choices): "COMPREPLY=($(compgen -W \"\(choices.joined(separator: " "))\" -- \"$cur\"))"
        case .files: "COMPREPLY=($(compgen -f -- \"$cur\"))"
        case .folders: "COMPREPLY=($(compgen -d -- \"$cur\"))"
        case .talks:
            "COMPREPLY=($(compgen -W \"\(talkNames.joined(separator: " "))\" -- \"$cur\") $(compgen -f -- \"$cur\"))"
        case .commands: "COMPREPLY=($(compgen -W \"\(commandNames.joined(separator: " "))\" -- \"$cur\"))"
        case .talkIDs: "COMPREPLY=()"
        }
    }

    private static func bashWords(_ values: ValueCompletion) -> [String] {
        switch values {
        case .choices(let choices): choices
        case .commands: commandNames
        case .talks: talkNames
        case .none, .files, .folders, .talkIDs: []
        }
    }

    // MARK: zsh

    static var zsh: String {
        var out = """
            #compdef candor
            # zsh completion for candor. Install: candor completion zsh > "${fpath[1]}/_candor" (any folder in $fpath)
            _candor_ids() {
              local -a ids
              ids=(${(f)"$(candor \(idsFromList))"})
              compadd -a ids
            }
            _candor() {
              local context state state_descr line
              typeset -A opt_args
              local -a globals commands
              globals=(
            \(globals.map { "    " + zshOption($0) }.joined(separator: "\n"))
              )
              commands=(
            \(specs.map { "    " + zshQuote("\(zshEscape($0.name)):\(zshEscape($0.abstract))") }.joined(separator: "\n"))
              )
              _arguments -C $globals \(zshOption(GlobalOptions.version)) '1: :->command' '*:: :->argument'
              case $state in
                command) _describe -t commands 'candor command' commands ;;
                argument)
                  case $line[1] in

            """
        for spec in specs {
            let arguments = spec.arguments.enumerated().map { i, a -> String in
                let action = zshAction(a.values)
                switch a.kind {
                case .repeating: return zshQuote("*:\(zshEscape(a.help)):\(action)")
                case .required: return zshQuote("\(i + 1):\(zshEscape(a.help)):\(action)")
                case .optional, .optionalBefore: return zshQuote("\(i + 1)::\(zshEscape(a.help)):\(action)")
                }
            }
            let options = spec.options.map(zshOption)
            out += "        \(([spec.name] + spec.aliases).joined(separator: "|"))) _arguments $globals "
            out += (options + arguments).joined(separator: " ") + " ;;\n"
        }
        out += """
                  esac ;;
              esac
            }
            _candor "$@"

            """
        return out
    }

    private static func zshOption(_ option: OptionSpec) -> String {
        let names =
            option.names.count > 1
            ? "'(\(option.names.joined(separator: " ")))'{\(option.names.joined(separator: ","))}" : option.name
        var spec = "[\(zshEscape(option.help))]"
        if let value = option.value { spec += ":\(zshEscape(value)):\(zshAction(option.values))" }
        return names + zshQuote(spec)
    }

    private static func zshAction(_ values: ValueCompletion) -> String {
        switch values {
        case .none: " "
        case .choices(let choices): "(\(choices.joined(separator: " ")))"
        case .files: "_files"
        case .folders: "_files -/"
        case .talks: "{_values talk \(talkNames.joined(separator: " ")); _files}"
        case .commands: "(\(commandNames.joined(separator: " ")))"
        case .talkIDs: "_candor_ids"
        }
    }

    /// Brackets and colons separate the parts of an _arguments spec; inside a description they are escaped.
    private static func zshEscape(_ text: String) -> String {
        var out = ""
        for c in text {
            if "[]:\\".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }

    private static func zshQuote(_ text: String) -> String {
        "'" + text.replacing("'", with: "'\\''") + "'"
    }

    // MARK: fish

    static var fish: String {
        var lines = [
            "# fish completion for candor. Install: candor completion fish > ~/.config/fish/completions/candor.fish",
            "complete -c candor -f",
            "function __candor_ids; candor list --json 2>/dev/null | string replace -rf '^ *\"id\" *: *\"([^\"]*)\".*' '$1'; end",
        ]
        for spec in specs {
            lines.append("complete -c candor -n __fish_use_subcommand -a \(spec.name) -d \(fishQuote(spec.abstract))")
        }
        for option in GlobalOptions.all {
            lines.append("complete -c candor \(fishOption(option))")
        }
        for spec in specs {
            let when =
                "-n " + fishQuote("__fish_seen_subcommand_from \(([spec.name] + spec.aliases).joined(separator: " "))")
            for option in spec.options { lines.append("complete -c candor \(when) \(fishOption(option))") }
            for argument in spec.arguments {
                switch argument.values {
                case .files: lines.append("complete -c candor \(when) -F")
                case .commands:
                    lines.append("complete -c candor \(when) -a \(fishQuote(commandNames.joined(separator: " ")))")
                case .choices(let choices):
                    lines.append("complete -c candor \(when) -a \(fishQuote(choices.joined(separator: " ")))")
                case .talkIDs: lines.append("complete -c candor \(when) -a '(__candor_ids)'")
                case .none, .folders, .talks: break
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func fishOption(_ option: OptionSpec) -> String {
        var parts = option.names.map { $0.hasPrefix("--") ? "-l \($0.dropFirst(2))" : "-s \($0.dropFirst())" }
        switch option.values {
        case _ where !option.takesValue: break
        case .none: parts.append("-x")
        case .choices(let choices): parts.append("-x -a \(fishQuote(choices.joined(separator: " ")))")
        case .files: parts.append("-r -F")
        case .folders: parts.append("-x -a '(__fish_complete_directories)'")
        case .talks: parts.append("-r -F -a \(fishQuote(talkNames.joined(separator: " ")))")
        case .commands: parts.append("-x -a \(fishQuote(commandNames.joined(separator: " ")))")
        case .talkIDs: parts.append("-x -a '(__candor_ids)'")
        }
        return parts.joined(separator: " ") + " -d " + fishQuote(option.help)
    }

    private static func fishQuote(_ text: String) -> String {
        "'" + text.replacing("\\", with: "\\\\").replacing("'", with: "\\'") + "'"
    }
}
