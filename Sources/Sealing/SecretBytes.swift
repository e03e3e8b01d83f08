import CSodium

/// Key material and passphrases, in memory libsodium guards (`sodium_malloc`: kept out of swap where the
/// system allows, fenced by guard pages) and wiped when the last reference goes (`sodium_free` zeroes it).
/// Never copied into a Swift array or string, which could leave copies nobody can wipe.
public final class SecretBytes: @unchecked Sendable {
    public let count: Int
    private let pointer: UnsafeMutableRawPointer

    /// `count` zero bytes, to be filled in place.
    public init(count: Int) {
        Sodium.ready()
        guard let memory = sodium_malloc(max(count, 1)) else {
            fatalError("out of memory for \(count) secret bytes")
        }
        sodium_memzero(memory, max(count, 1))
        self.count = count
        self.pointer = memory
    }

    /// `count` random bytes: a new data key.
    public static func random(count: Int) -> SecretBytes {
        let secret = SecretBytes(count: count)
        randombytes_buf(secret.pointer, count)
        return secret
    }

    /// A copy of bytes the caller then wipes (a line just read from the terminal, say).
    public convenience init(copying bytes: UnsafeRawBufferPointer) {
        self.init(count: bytes.count)
        if let base = bytes.baseAddress { pointer.copyMemory(from: base, byteCount: bytes.count) }
    }

    deinit { sodium_free(pointer) }

    public func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try body(UnsafeRawBufferPointer(start: pointer, count: count))
    }

    public func withUnsafeMutableBytes<R>(_ body: (UnsafeMutableRawBufferPointer) throws -> R) rethrows -> R {
        try body(UnsafeMutableRawBufferPointer(start: pointer, count: count))
    }

    /// Compares in constant time, as secrets must be (the two passphrases typed when choosing one).
    public func equals(_ other: SecretBytes) -> Bool {
        count == other.count && sodium_memcmp(pointer, other.pointer, count) == 0
    }
}
