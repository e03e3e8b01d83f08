import Sealing
import TalkEngine

/// The data keys unlocked in this sitting, by person, in guarded memory (`SecretBytes`), wiped when
/// forgotten or when the process ends. Never written anywhere, never passed to the engine.
public final class Keyring {
    private var keys: [PersonID: SecretBytes] = [:]

    public init() {}

    public func key(for person: PersonID) -> SecretBytes? { keys[person] }

    public func has(_ person: PersonID) -> Bool { keys[person] != nil }

    /// A new random data key for a person, kept here, and it wrapped under the passphrase they chose:
    /// what the record keeps (`Session.keyed`).
    public func make(for person: PersonID, passphrase: SecretBytes, talk: String) throws -> StoredKey {
        let context = SealingContext.key(talk: talk, person: person.rawValue)
        do {
            let made = try WrappedKey.make(passphrase: passphrase, context: context)
            keys[person] = made.dataKey
            return StoredKey(made.wrapped)
        } catch {
            throw StoreError.sealing(reason: "there was not enough memory to protect the passphrase")
        }
    }

    /// Opens a person's data key with a passphrase: false when it is not theirs (nothing is kept).
    public func unlock(_ person: PersonID, passphrase: SecretBytes, stored: StoredKey, talk: String) -> Bool {
        guard let wrapped = stored.wrappedKey,
            let key = try? wrapped.unwrap(
                passphrase: passphrase, context: SealingContext.key(talk: talk, person: person.rawValue))
        else { return false }
        keys[person] = key
        return true
    }

    /// The person's data key (unlocked already) wrapped under a new passphrase.
    public func rewrap(_ person: PersonID, passphrase: SecretBytes, talk: String) throws -> StoredKey? {
        guard let key = keys[person] else { return nil }
        do {
            return StoredKey(
                try WrappedKey.wrap(
                    key, passphrase: passphrase, context: SealingContext.key(talk: talk, person: person.rawValue)))
        } catch {
            throw StoreError.sealing(reason: "there was not enough memory to protect the passphrase")
        }
    }

    /// Wipes a person's key from memory.
    public func forget(_ person: PersonID) { keys[person] = nil }
}

extension StoredKey {
    init(_ wrapped: WrappedKey) {
        self.init(
            salt: Base64.encode(wrapped.derivation.salt), opsLimit: wrapped.derivation.opsLimit,
            memLimit: wrapped.derivation.memLimit, wrapped: Base64.encode(wrapped.sealed))
    }

    /// nil when the stored text is not what Candor writes.
    var wrappedKey: WrappedKey? {
        guard let salt = Base64.decode(salt), let sealed = Base64.decode(wrapped) else { return nil }
        return WrappedKey(derivation: KeyDerivation(salt: salt, opsLimit: opsLimit, memLimit: memLimit), sealed: sealed)
    }
}
