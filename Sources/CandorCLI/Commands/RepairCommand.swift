import TalkEngine
import TalkStore
import Terminal

/// `candor repair ID`: rebuild a damaged talk from the good lines before the first bad one, keeping the
/// journal as it was in a backup, and say exactly what was dropped.
struct RepairCommand: Command, Equatable {
    static let spec = CommandSpec(
        name: "repair", abstract: "rebuild a damaged talk from its good part (keeps a backup)",
        discussion: "Keeps every whole line before the first damaged one, saves the journal as it was in a "
            + "backup, and says exactly what was dropped. A healthy talk is left as it is.",
        arguments: [
            ArgumentSpec(
                "ID", help: "the talk to repair: a talk id from candor list; a unique start of one is enough",
                values: .talkIDs)
        ],
        examples: ["candor repair 3f2a"])

    var id: String

    init(parsing arguments: ParsedArguments) throws {
        id = try arguments.required(0, missing: "candor repair needs a talk id. See your talks with: candor list")
    }

    func run(_ context: Context) throws -> ExitCode {
        let given = id
        let store = try context.store()
        let id = try store.resolve(given)
        let report = try store.repair(id, now: Clock.now(), keys: try sealedLineKeys(context, store: store, id: id))
        let out = context.output
        guard let backup = report.backup else {
            guard let problem = report.snapshotProblem else {
                out.line(
                    "Talk \(id) is healthy: every line of \(report.journal) is whole and checks out. Nothing to repair."
                )
                return ExitCode.ok
            }
            // Never "healthy" without a word about a snapshot that was wrong.
            out.line(
                "Talk \(id)'s journal is healthy: every line of \(report.journal) is whole and checks out. "
                    + "Its snapshot was damaged (\(problem)) and has been removed; it only speeds up loading, "
                    + "and the talk is read from its journal. Nothing else was changed.")
            return ExitCode.ok
        }
        let lines = report.dropped == 1 ? "1 line" : "\(report.dropped) lines"
        out.line(
            "Repaired talk \(id): dropped \(lines) from line \(report.fromLine) on (line \(report.fromLine): \(report.problem)); "
                + "kept lines 1 to \(report.kept).")
        out.line("The journal as it was is kept in \(backup).")
        out.line(
            out.style.dim("Answers from the dropped lines will be asked again. Carry on with: candor resume \(id)"))
        return ExitCode.ok
    }

    /// A sealed line whose checksum was made to match can only be told bad by opening it: each person whose
    /// lines are sealed may type their passphrase so theirs are checked too (Enter at the end skips them).
    private func sealedLineKeys(_ context: Context, store: TalkStore, id: String) throws -> Keyring? {
        guard let record = try? store.load(id).record, !record.lockedPeople.isEmpty else { return nil }
        let keys = Keyring()
        context.output.line(
            "Some of this talk's lines are sealed. To check those too, each of you can type your passphrase "
                + "(three wrong tries skip your lines).")
        for person in record.people where record.lockedPeople.contains(person.id) {
            if case .interrupted? = context.passphrases().unlock(person.id, of: record, into: keys) {
                throw CommandFailure(message: "Nothing was changed.", code: .interrupted)
            }
        }
        return keys
    }
}
