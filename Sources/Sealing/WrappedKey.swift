/// A person's data key, sealed under the key their passphrase gives. The data key seals their lines; the
/// passphrase only ever opens this, so changing the passphrase re-wraps one key and no line is rewritten.
public struct WrappedKey: Equatable, Sendable {
    public var derivation: KeyDerivation
    /// nonce || sealed data key || tag (`SealedBox`).
    public var sealed: [UInt8]

    public init(derivation: KeyDerivation, sealed: [UInt8]) {
        self.derivation = derivation
        self.sealed = sealed
    }

    /// A new random data key for a person, and it wrapped under their passphrase. `context` binds the
    /// wrapping to its place (the talk and the person), so a wrapped key copied elsewhere does not open.
    public static func make(passphrase: SecretBytes, context: [UInt8]) throws(SealingError) -> (
        dataKey: SecretBytes, wrapped: WrappedKey
    ) {
        let dataKey = SecretBytes.random(count: SealedBox.keyBytes)
        return (dataKey, try wrap(dataKey, passphrase: passphrase, context: context))
    }

    /// `dataKey` wrapped under a passphrase with a new salt: making one, or changing the passphrase.
    public static func wrap(_ dataKey: SecretBytes, passphrase: SecretBytes, context: [UInt8]) throws(SealingError)
        -> WrappedKey
    {
        let derivation = KeyDerivation.fresh()
        let key = try derivation.key(for: passphrase)
        return WrappedKey(derivation: derivation, sealed: SealedBox.seal(dataKey, key: key, context: context))
    }

    /// The data key, if this is the passphrase it was wrapped with (and the place it was wrapped for).
    public func unwrap(passphrase: SecretBytes, context: [UInt8]) throws(SealingError) -> SecretBytes {
        let key = try derivation.key(for: passphrase)
        do {
            return try SealedBox.openSecret(sealed, key: key, context: context)
        } catch {
            throw .wrongPassphrase
        }
    }
}
