import FoundationEssentials
import Glibc
import TalkEngine

extension TalkStore {
    /// The talk a talk was begun with, from its journal's first line alone (read without the lock, and
    /// checked by its own checksum): a hint that lets the talk be loaded while the journal is, never the
    /// record (`open` and `load` are). nil when that line can't be read or does not start a talk.
    public func startedTalk(_ id: String) -> TalkInfo? {
        guard let folder = try? talkFolder(id),
            let fd = try? folder.openFile(Journal.fileName, O_RDONLY, writing: false)
        else { return nil }
        defer { close(fd) }
        // A first line is a few hundred bytes; a long talk name or path, a few thousand at most.
        var bytes = [UInt8](repeating: 0, count: 16_384)
        let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        guard n > 0, let end = bytes[..<n].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
        let line = bytes[..<end]
        guard case .success(let checked) = JournalCodec.check(line),
            case .success(.event(let event)) = JournalCodec.decodeEntry(line, checked: checked, with: JSONDecoder()),
            event.type == .started
        else { return nil }
        return event.talk
    }
}
