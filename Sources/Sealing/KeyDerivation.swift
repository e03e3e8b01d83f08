import CSodium

/// How a passphrase becomes a key: Argon2id (`crypto_pwhash`) with libsodium's INTERACTIVE limits and a
/// random salt. The limits are stored with the salt, so a record stays openable if the defaults change.
public struct KeyDerivation: Equatable, Sendable {
    public var salt: [UInt8]
    public var opsLimit: UInt64
    public var memLimit: Int

    public init(salt: [UInt8], opsLimit: UInt64, memLimit: Int) {
        self.salt = salt
        self.opsLimit = opsLimit
        self.memLimit = memLimit
    }

    /// A new random salt with today's INTERACTIVE limits (about 64 MiB and a fraction of a second).
    public static func fresh() -> KeyDerivation {
        Sodium.ready()
        return KeyDerivation(
            salt: Sodium.randomBytes(Int(crypto_pwhash_saltbytes())),
            opsLimit: UInt64(crypto_pwhash_opslimit_interactive()),
            memLimit: Int(crypto_pwhash_memlimit_interactive()))
    }

    /// The key-wrapping key for a passphrase.
    public func key(for passphrase: SecretBytes) throws(SealingError) -> SecretBytes {
        Sodium.ready()
        let key = SecretBytes(count: SealedBox.keyBytes)
        let status = key.withUnsafeMutableBytes { out in
            passphrase.withUnsafeBytes { pass in
                crypto_pwhash(
                    out.baseAddress!.assumingMemoryBound(to: UInt8.self), UInt64(out.count),
                    pass.baseAddress!.assumingMemoryBound(to: CChar.self), UInt64(pass.count),
                    salt, opsLimit, memLimit, crypto_pwhash_ALG_ARGON2ID13)
            }
        }
        guard status == 0 else { throw .outOfMemory }
        return key
    }
}
