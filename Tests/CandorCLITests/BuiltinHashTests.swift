import BuiltinTalks
import Sealing
import Testing

/// The built-in talks' content hashes are written down (not computed on every start): they must be what
/// ContentHash gives for the talks as they are now.
struct BuiltinHashTests {
    @Test func theWrittenHashesAreTheTalksOwn() {
        #expect(Set(BuiltinTalks.contentHashes.keys) == Set(BuiltinTalks.all.map(\.name)))
        for talk in BuiltinTalks.all {
            let hash = ContentHash.of([BuiltinTalks.readiness.source, talk.source])
            #expect(
                BuiltinTalks.contentHashes[talk.name] == hash,
                "\(talk.fileName) changed: run Scripts/lib/write_builtins")
        }
    }
}
