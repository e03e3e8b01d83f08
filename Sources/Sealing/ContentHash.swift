import CSodium

/// The hash that says whether a talk's text (with its readiness check and any list files) changed since a
/// record was begun: SHA-256, by libsodium, of each text followed by a zero byte (so "ab"+"c" and
/// "a"+"bc" differ). It is not a secret and protects nothing; it lives here because every hash Candor
/// computes comes from libsodium.
public enum ContentHash {
    /// `sha256:` and 64 lowercase hex digits.
    public static func of(_ texts: [String]) -> String {
        Sodium.ready()
        var state = crypto_hash_sha256_state()
        crypto_hash_sha256_init(&state)
        var zero: UInt8 = 0
        for var text in texts {
            text.withUTF8 { bytes in _ = crypto_hash_sha256_update(&state, bytes.baseAddress, UInt64(bytes.count)) }
            crypto_hash_sha256_update(&state, &zero, 1)
        }
        var digest = [UInt8](repeating: 0, count: 32)
        crypto_hash_sha256_final(&state, &digest)
        return "sha256:" + hex(digest)
    }

    /// The same texts' BLAKE2b (libsodium's generic hash, several times faster than its SHA-256 here):
    /// what tells a cached compiled talk is still for the text at hand, with nothing stored that a
    /// record compares. `blake2b:` and 64 lowercase hex digits.
    public static func fingerprint(_ texts: [String]) -> String {
        Sodium.ready()
        // Its state is 64-byte aligned in C, so Swift sees it as opaque: allocated here, as libsodium sizes it.
        let memory = UnsafeMutableRawPointer.allocate(byteCount: crypto_generichash_statebytes(), alignment: 64)
        defer { memory.deallocate() }
        let state = OpaquePointer(memory)
        crypto_generichash_init(state, nil, 0, 32)
        var zero: UInt8 = 0
        for var text in texts {
            text.withUTF8 { bytes in _ = crypto_generichash_update(state, bytes.baseAddress, UInt64(bytes.count)) }
            crypto_generichash_update(state, &zero, 1)
        }
        var digest = [UInt8](repeating: 0, count: 32)
        crypto_generichash_final(state, &digest, 32)
        return "blake2b:" + hex(digest)
    }

    private static func hex(_ digest: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        return String(decoding: digest.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 15)]] }, as: UTF8.self)
    }
}
