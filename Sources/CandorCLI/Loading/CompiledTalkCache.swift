import CompactCoding
import TalkScript
import TalkStore

/// What is kept of a compiled talk file in the data folder (`TalkStore.cachedTalk`): the form's version,
/// the Candor that wrote it, the fingerprint of the text it was compiled from (with the readiness check),
/// that text's content hash (what a record keeps), then the script (`CompiledForm`). Used only when the
/// version and writer are this Candor's and the talk file's text has the same fingerprint now, so an
/// edited talk, another version of Candor or a damaged file compiles afresh. Only a talk that compiled
/// without a word (no warning to repeat) and read no list file (whose text the fingerprint would have to
/// cover) is kept.
enum CompiledTalkCache {
    static func payload(_ script: Script, fingerprint: String, hash: String, writer: String) -> [UInt8] {
        var w = CompactWriter()
        w.uint(UInt64(CompiledForm.version))
        w.string(writer)
        w.string(fingerprint)
        w.string(hash)
        w.bytes(CompiledForm.encode(script))
        return w.bytes
    }

    /// The script kept in `payload` and its content hash, when it is for this text and this Candor.
    static func script(from payload: [UInt8], fingerprint: String, writer: String) -> (Script, hash: String)? {
        var r = CompactReader(payload)
        guard (try? r.uint()) == UInt64(CompiledForm.version), (try? r.string()) == writer,
            (try? r.string()) == fingerprint, let hash = try? r.string(),
            let script = try? CompiledForm.decode(payload, from: r.position)
        else { return nil }
        return (script, hash)
    }
}
