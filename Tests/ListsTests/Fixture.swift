/// Reads a file under Tests/Fixtures. File reading stays in tests and at the edge; Lists itself takes text.
import Foundation

func fixture(_ name: String) throws -> String {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    return try String(contentsOf: root.appendingPathComponent("Fixtures/\(name)"), encoding: .utf8)
}
