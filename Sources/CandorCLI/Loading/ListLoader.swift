import FoundationEssentials
import Lists
import Sealing
import TalkEngine
import TalkScript
import TalkStore

/// Lists people bring (docs/lists.md): read from a file in any format Candor imports, or by the name an
/// imported list is kept under; turned into the catalog a talk rates (`--list`), in place of its own.
enum ListLoader {
    enum Format: String {
        case candor = "Candor list"
        case kinkList = "KinkList text"
        case kinkListV2 = "kinklist-v2 JSON"
    }

    /// What a text is, by its shape: JSON is kinklist-v2's, a `#Category` line is KinkList's, anything
    /// else is Candor's own.
    static func format(of text: String) -> Format {
        let body = text.drop { $0.isWhitespace }
        if body.hasPrefix("{") { return .kinkListV2 }
        let lines = text.split(separator: "\n").map { String($0).trimmingSpaces }
        if lines.contains(where: { $0.hasPrefix("#") && !$0.hasPrefix("# ") && $0.count > 1 })
            && lines.contains(where: { $0.hasPrefix("* ") })
        {
            return .kinkList
        }
        return .candor
    }

    /// A list's text read in its format: the list, or what is wrong with it, each at its line and column.
    /// The one place a list's format is chosen (`--list`, `lists import`, `catalog ID from "FILE"`).
    static func read(_ text: String, title: String) -> (list: CandorList?, diagnostics: [ListDiagnostic]) {
        switch format(of: text) {
        case .candor:
            let result = ListParser.parse(text)
            return (result.diagnostics.isEmpty ? result.list : nil, result.diagnostics)
        case .kinkList:
            let result = KinkListImport.parse(text, title: title, source: "KinkList")
            return (result.diagnostics.isEmpty ? result.list : nil, result.diagnostics)
        case .kinkListV2:
            let (imported, problems) = KinkListV2Import.parse(text, title: title, source: "kinklist-v2")
            return (problems.isEmpty ? imported?.list : nil, problems)
        }
    }

    /// A list's text parsed in its format; errors name the file, line and column (exit 65).
    static func parse(_ text: String, file: String, title: String) throws -> CandorList {
        let (parsed, diagnostics) = read(text, title: title)
        guard let list = parsed else {
            throw CommandFailure(
                message: diagnostics.map { $0.located(in: file) }.joined(separator: "\n")
                    + "\n\(file): the list can't be used until that is fixed. See docs/lists.md.",
                code: .dataError)
        }
        return list
    }

    /// A list by file path, or by the name of an imported one: its text, and the path that names it for
    /// good (recorded in the talk, so resume finds it again).
    static func text(_ nameOrPath: String, store: TalkStore) throws -> (text: String, path: String) {
        if FileIO.exists(nameOrPath) {
            let file = try TalkLoader.readFile(nameOrPath)
            return (file.text, TalkLoader.absolute(nameOrPath))
        }
        if let text = try store.readList(nameOrPath) { return (text, store.listPath(nameOrPath)) }
        let known = (try? store.listNames()) ?? []
        throw CommandFailure(
            message: "There's no list file or imported list called \(nameOrPath)."
                + (known.isEmpty
                    ? " Import one with: candor lists import FILE" : " Imported: " + known.joined(separator: ", ")),
            code: .noInput)
    }

    /// The catalog a list makes: each item once, or once per role for an item asked from two sides (its
    /// own roles, else its category's), so a reveal pairs one person's giving with the other's receiving.
    static func catalog(_ list: CandorList, id: String) -> Catalog {
        var items: [CatalogItem] = []
        for category in list.categories {
            for item in category.items {
                let cautions = item.cautions.joined(separator: " ")
                items.append(
                    CatalogItem(
                        id: item.id.rawValue, label: item.name, roles: (item.roles ?? category.roles).keys,
                        note: item.description, caution: cautions.isEmpty ? nil : cautions, category: category.name))
            }
        }
        return Catalog(id: id, title: list.title, items: items)
    }

    /// A talk with its first rated catalog replaced by a list's: recorded with the list's path, and a
    /// hash that covers the list's text too, so a list edited since is noticed on resume (answers stay,
    /// by item id; new items are asked).
    static func applying(_ nameOrPath: String, to talk: LoadedTalk, store: TalkStore) throws -> LoadedTalk {
        let (text, path) = try text(nameOrPath, store: store)
        let list = try parse(text, file: path, title: String(nameOrPath.split(separator: "/").last ?? "list"))
        var script = talk.script
        guard let rated = script.questions.first(where: { if case .rate = $0.kind { true } else { false } }),
            case .rate(let catalogID, _, _) = rated.kind,
            let index = script.catalogs.firstIndex(where: { $0.id == catalogID })
        else {
            throw CommandFailure(
                message: "The talk \(talk.info.id) has no list to rate, so --list has nothing to replace.",
                code: .usage)
        }
        script.catalogs[index] = catalog(list, id: catalogID)
        var info = talk.info
        info.list = path
        info.hash = ContentHash.of([talk.info.hash, text])
        return LoadedTalk(script: script, info: info, warnings: talk.warnings, brought: brought(in: text))
    }

    /// The ratings a list file brings with it (kinklist-v2 keeps a person's ratings in its file), to be
    /// offered when practising; nil for a list without any.
    static func brought(in text: String) -> BroughtRatings? {
        guard format(of: text) == .kinkListV2, case (let imported?, _) = KinkListV2Import.parse(text, title: "")
        else { return nil }
        let byKey = KinkListV2Import.ratingsByKey(imported)
        return byKey.isEmpty ? nil : BroughtRatings(source: "kinklist-v2", byKey: byKey)
    }
}

/// The list files a talk's catalogs come from (`catalog ID from "FILE"`), read relative to the talk
/// file, with what was read kept for the talk's hash (a list changed since is noticed on resume).
final class CatalogListFiles {
    /// The talk file's folder, as its path names it; nil for a talk in the current folder.
    let folder: String?
    private(set) var read: [SourceFile] = []

    init(talkPath: String) {
        let parts = talkPath.split(separator: "/", omittingEmptySubsequences: false)
        folder = parts.count > 1 ? parts.dropLast().joined(separator: "/") : nil
    }

    var reader: ListReader { { [self] path in self.reading(path) } }

    func reading(_ path: String) -> ListReading {
        let full = path.hasPrefix("/") ? path : folder.map { $0 + "/" + path } ?? path
        guard FileIO.exists(full) else {
            return .failed([
                ListProblem(
                    file: full, line: 1, column: 1,
                    message: "there is no such file (a path is read from the talk's folder)")
            ])
        }
        let file: SourceFile
        do {
            file = try TalkLoader.readFile(full)
        } catch let failure as CommandFailure {
            return .failed([ListProblem(file: full, line: 1, column: 1, message: failure.message)])
        } catch {
            return .failed([ListProblem(file: full, line: 1, column: 1, message: "it can't be read")])
        }
        read.append(file)
        let (parsed, diagnostics) = ListLoader.read(file.text, title: String(path.split(separator: "/").last ?? "list"))
        guard let list = parsed else {
            return .failed(
                diagnostics.map {
                    ListProblem(
                        file: full, line: $0.line, column: $0.column, message: "\($0.code.rawValue): \($0.message)")
                })
        }
        return .items(title: list.title, ListLoader.catalog(list, id: "").items)
    }
}
