import BuiltinTalks
import Lists
import TalkScript
import TalkStore
import Terminal

/// `candor lists [--json]`: the lists you can rate, built in and imported; `candor lists import FILE
/// [--name NAME]`: keep a list from KinkList text, kinklist-v2 JSON or Candor's own format in the data
/// folder, by a name (importing again under the same name replaces it: answers stay, by item id).
struct ListsCommand: Command, Equatable {
    static let spec = CommandSpec(
        name: "lists", abstract: "the lists you can rate; import one from KinkList or a file of your own",
        discussion: "candor lists import FILE reads KinkList text, kinklist-v2 JSON or Candor's list format "
            + "(docs/lists.md) and keeps it under a name; rate it with candor practice --list NAME or "
            + "candor together --list NAME. Importing an edited list again under the same name keeps every "
            + "earlier answer: answers are kept by item id, never by position.",
        arguments: [
            ArgumentSpec("import", .optional, help: "import a list (then FILE)"),
            ArgumentSpec("FILE", .optional, help: "the list to import", values: .files),
        ],
        options: [
            .value(
                "--name", value: "NAME", help: "the name to keep an imported list under (else from the file's name)"),
            .flag("--json", help: "as JSON"),
        ],
        examples: ["candor lists", "candor lists import kinklist.txt --name kinklist"])

    var file: String?
    var name: String?
    var json: Bool

    init(parsing arguments: ParsedArguments) throws {
        let words = arguments.positionals
        json = arguments.flag("--json")
        name = arguments.value("--name")
        switch words.count {
        case 0:
            file = nil
        case 2 where words[0] == "import":
            file = words[1]
        default:
            throw CommandFailure(
                message:
                    "candor lists shows your lists; candor lists import FILE imports one. See: candor lists --help",
                code: .usage)
        }
    }

    struct Row: Encodable {
        var name: String
        var title: String
        var items: Int
        var origin: String
    }

    func run(_ context: Context) throws -> ExitCode {
        let store = try context.store()
        if let file { return try importList(file, context: context, store: store) }
        var rows: [Row] = []
        for talk in BuiltinTalks.all {
            guard let script = try? TalkLoader.load(talk.name).script else { continue }
            for catalog in script.catalogs {
                rows.append(
                    Row(
                        name: catalog.id, title: catalog.title, items: catalog.items.count,
                        origin: "built into \(talk.name)"))
            }
        }
        for name in try store.listNames() {
            guard let text = try store.readList(name), let list = try? ListLoader.parse(text, file: name, title: name)
            else {
                rows.append(Row(name: name, title: "(can't be read)", items: 0, origin: store.listPath(name)))
                continue
            }
            rows.append(Row(name: name, title: list.title, items: list.items.count, origin: list.source ?? "imported"))
        }
        if json {
            context.output.line(TerminalText(try JSONOutput.encode(rows)))
            return ExitCode.ok
        }
        let width = rows.map(\.name.count).max() ?? 0
        for row in rows {
            context.output.line(
                "  \(oneLine: row.name + String(repeating: " ", count: width - row.name.count))  "
                    + "\(oneLine: row.title) · \(row.items) item\(row.items == 1 ? "" : "s")"
                    + context.output.style.dim(" · \(oneLine: row.origin)"))
        }
        context.output.line(context.output.style.dim("Rate one with: candor practice --list NAME"))
        return ExitCode.ok
    }

    private func importList(_ path: String, context: Context, store: TalkStore) throws -> ExitCode {
        let file = try TalkLoader.readFile(path)
        let base = String(path.split(separator: "/").last ?? "list").split(separator: ".").first.map(String.init)
        let name = name ?? ListID.slug(base ?? "list")
        guard ListID(name) != nil else {
            throw CommandFailure(
                message: "\(name) can't name a list: use lowercase letters, digits and hyphens, such as my-list.",
                code: .usage)
        }
        let format = ListLoader.format(of: file.text)
        let list = try ListLoader.parse(file.text, file: path, title: base ?? name)
        let kept = try store.saveList(ListWriter.write(list), name: name)
        let categories = list.categories.count
        context.output.line(
            "Imported \(name): \(list.items.count) items in \(categories) categor\(categories == 1 ? "y" : "ies"), "
                + "from \(format.rawValue). Kept in \(kept).")
        context.output.line(context.output.style.dim("Rate it with: candor practice --list \(name)"))
        if let brought = ListLoader.brought(in: file.text) {
            // The list is kept; the ratings are not (they are one person's, and in a file only they chose).
            context.output.line(
                "The file also holds \(brought.byKey.count) ratings. They aren't kept with the list. "
                    + "To rate with them filled in, so Enter keeps each one: candor practice --list \(path)")
        }
        return ExitCode.ok
    }
}
