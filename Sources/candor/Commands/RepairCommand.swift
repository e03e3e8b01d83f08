import TalkEngine
import TalkStore
import Terminal

/// `candor repair ID`: rebuild a damaged talk from the good lines before the first bad one, keeping the
/// journal as it was in a backup, and say exactly what was dropped.
enum RepairCommand {
    static func run(_ context: Context, id given: String) throws -> Int32 {
        let store = try context.store()
        let id = try store.resolve(given)
        let report = try store.repair(id, now: Clock.now())
        let out = context.output
        guard let backup = report.backup else {
            guard let problem = report.snapshotProblem else {
                out.line("Talk \(id) is healthy: every line of \(report.journal) is whole and checks out. Nothing to repair.")
                return ExitCode.ok
            }
            // Never "healthy" without a word about a snapshot that was wrong.
            out.line("Talk \(id)'s journal is healthy: every line of \(report.journal) is whole and checks out. "
                     + "Its snapshot was damaged (\(problem)) and has been removed; it only speeds up loading, "
                     + "and the talk is read from its journal. Nothing else was changed.")
            return ExitCode.ok
        }
        let lines = report.dropped == 1 ? "1 line" : "\(report.dropped) lines"
        out.line("Repaired talk \(id): dropped \(lines) from line \(report.fromLine) on (line \(report.fromLine): \(report.problem)); "
                 + "kept lines 1 to \(report.kept).")
        out.line("The journal as it was is kept in \(backup).")
        out.line(out.style.dim("Answers from the dropped lines will be asked again. Carry on with: candor resume \(id)"))
        return ExitCode.ok
    }
}
