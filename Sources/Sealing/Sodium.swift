import CSodium

/// libsodium must be initialised once before any other call; `sodium_init` is safe to call again and
/// from any thread. Every entry point of this module calls `Sodium.ready()` first.
public enum Sodium {
    static func ready() {
        // -1 only when the system has no usable randomness: nothing can be sealed safely then.
        precondition(sodium_init() >= 0, "libsodium could not start (no source of randomness)")
    }

    /// Zeroes memory the optimiser can't skip (`sodium_memzero`): plain bytes that held a secret.
    public static func wipe(_ bytes: UnsafeMutableRawBufferPointer) {
        if let base = bytes.baseAddress { sodium_memzero(base, bytes.count) }
    }

    static func randomBytes(_ count: Int) -> [UInt8] {
        ready()
        var bytes = [UInt8](repeating: 0, count: count)
        bytes.withUnsafeMutableBytes { if let base = $0.baseAddress { randombytes_buf(base, count) } }
        return bytes
    }
}
