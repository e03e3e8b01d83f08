import CSodium

/// XChaCha20-Poly1305 (`crypto_aead_xchacha20poly1305_ietf`): a random 24-byte nonce for every message,
/// stored in front of the ciphertext, and associated data that is authenticated but not stored, so a
/// message opens only in the place it was sealed for.
public enum SealedBox {
    public static let keyBytes = Int(crypto_aead_xchacha20poly1305_ietf_keybytes())
    static let nonceBytes = Int(crypto_aead_xchacha20poly1305_ietf_npubbytes())
    static let tagBytes = Int(crypto_aead_xchacha20poly1305_ietf_abytes())

    /// nonce || ciphertext || tag
    public static func seal(_ message: [UInt8], key: SecretBytes, context: [UInt8]) -> [UInt8] {
        seal(count: message.count, key: key, context: context) { out in
            message.withUnsafeBytes { out($0) }
        }
    }

    /// Seals secret bytes (a data key) without copying them out of guarded memory.
    public static func seal(_ secret: SecretBytes, key: SecretBytes, context: [UInt8]) -> [UInt8] {
        seal(count: secret.count, key: key, context: context) { out in secret.withUnsafeBytes { out($0) } }
    }

    private static func seal(
        count: Int, key: SecretBytes, context: [UInt8],
        message: ((UnsafeRawBufferPointer) -> Void) -> Void
    ) -> [UInt8] {
        precondition(key.count == keyBytes, "a sealing key is \(keyBytes) bytes")
        var sealed = Sodium.randomBytes(nonceBytes) + [UInt8](repeating: 0, count: count + tagBytes)
        message { plain in
            sealed.withUnsafeMutableBufferPointer { out in
                key.withUnsafeBytes { k in
                    _ = crypto_aead_xchacha20poly1305_ietf_encrypt(
                        out.baseAddress! + nonceBytes, nil,
                        plain.baseAddress?.assumingMemoryBound(to: UInt8.self), UInt64(plain.count),
                        context, UInt64(context.count), nil,
                        out.baseAddress!, k.baseAddress!.assumingMemoryBound(to: UInt8.self))
                }
            }
        }
        return sealed
    }

    /// The message, if `sealed` is exactly what `seal` made with this key for this context.
    public static func open(_ sealed: [UInt8], key: SecretBytes, context: [UInt8]) throws(SealingError) -> [UInt8] {
        let secret = try openSecret(sealed, key: key, context: context)
        return secret.withUnsafeBytes { Array($0) }
    }

    /// Opens into guarded memory (a data key).
    public static func openSecret(_ sealed: [UInt8], key: SecretBytes, context: [UInt8]) throws(SealingError)
        -> SecretBytes
    {
        Sodium.ready()
        guard key.count == keyBytes, sealed.count >= nonceBytes + tagBytes else { throw .damaged }
        let plain = SecretBytes(count: sealed.count - nonceBytes - tagBytes)
        let status = plain.withUnsafeMutableBytes { out in
            sealed.withUnsafeBufferPointer { input in
                key.withUnsafeBytes { k in
                    crypto_aead_xchacha20poly1305_ietf_decrypt(
                        out.baseAddress?.assumingMemoryBound(to: UInt8.self), nil, nil,
                        input.baseAddress! + nonceBytes, UInt64(input.count - nonceBytes),
                        context, UInt64(context.count),
                        input.baseAddress!, k.baseAddress!.assumingMemoryBound(to: UInt8.self))
                }
            }
        }
        guard status == 0 else { throw .damaged }
        return plain
    }
}
