import Glibc
import Sealing

/// Compiled talk files, kept so a long talk is not parsed again on every start: `cache/` in the data
/// folder (0700), a file a talk file (0600, written atomically), named for the talk file's path (hashed:
/// the name says nothing of it), so an edited talk replaces its own entry instead of piling up. What is
/// in one is the caller's (`TalkLoader`: the talk's content hash and its compiled form); the store keeps
/// it whole: a header line, the bytes, and the CRC-32 of both, four bytes little-endian. A file that is
/// damaged, cut or of another version is no entry. It is a cache: deleting the folder is always safe.
extension TalkStore {
    static let cacheName = "cache"
    static let cacheHeader = Array("candor-compiled-talk\t1\n".utf8)

    static func cacheFileName(for source: String) -> String {
        // The hash of the path: a stable name that does not spell out where the talk file is.
        String(ContentHash.of([source]).dropFirst("sha256:".count).prefix(32)) + ".talkc"
    }

    /// The bytes kept for the talk file at `source`; nil when none are, or they are damaged.
    public func cachedTalk(for source: String) -> [UInt8]? {
        guard let root = try? openRoot(create: false), let folder = try? root.folder(TalkStore.cacheName),
            let bytes = try? folder.read(TalkStore.cacheFileName(for: source)),
            bytes.starts(with: TalkStore.cacheHeader), let end = CRC32.untrailed(bytes),
            end >= TalkStore.cacheHeader.count
        else { return nil }
        return Array(bytes[TalkStore.cacheHeader.count..<end])
    }

    /// Keeps `payload` for the talk file at `source`, replacing what was kept. Only in a data folder
    /// that exists (a cache never makes one); failing loses nothing, so it is never an error.
    public func cacheTalk(_ payload: [UInt8], for source: String) {
        guard let root = try? openRoot(create: false), let folder = try? root.makeFolder(TalkStore.cacheName) else {
            return
        }
        try? folder.writeAtomically(
            CRC32.trailed(TalkStore.cacheHeader + payload), to: TalkStore.cacheFileName(for: source))
    }
}
