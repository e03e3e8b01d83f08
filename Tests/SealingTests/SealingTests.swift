import Testing

@testable import Sealing

/// The sealing primitives, as libsodium gives them: a sealed line opens only with its key and in its
/// place; a passphrase opens only its own wrapped key; a change of passphrase keeps the data key.
struct SealingTests {
    func secret(_ text: String) -> SecretBytes {
        Array(text.utf8).withUnsafeBytes { SecretBytes(copying: $0) }
    }

    let key = SecretBytes.random(count: SealedBox.keyBytes)
    let here = SealingContext.line(talk: "ab12", seq: 7, author: "p1")

    @Test func aSealedLineOpensWithItsKeyInItsPlace() throws {
        let message = Array(#"{"answer":"pineapple"}"#.utf8)
        let sealed = SealedBox.seal(message, key: key, context: here)
        #expect(try SealedBox.open(sealed, key: key, context: here) == message)
        // Nothing of the message shows in what is stored.
        #expect(!Base64.encode(sealed).contains("pineapple"))
        #expect(sealed.count == message.count + 24 + 16)
    }

    @Test func everySealingHasItsOwnNonce() {
        let message = Array("same".utf8)
        #expect(SealedBox.seal(message, key: key, context: here) != SealedBox.seal(message, key: key, context: here))
    }

    @Test(arguments: [
        SealingContext.line(talk: "ab13", seq: 7, author: "p1"),  // another talk
        SealingContext.line(talk: "ab12", seq: 8, author: "p1"),  // another position
        SealingContext.line(talk: "ab12", seq: 7, author: "p2"),  // another author
        SealingContext.key(talk: "ab12", person: "p1"),  // another purpose
    ])
    func aLineMovedElsewhereDoesNotOpen(elsewhere: [UInt8]) {
        let sealed = SealedBox.seal(Array("secret".utf8), key: key, context: here)
        #expect(throws: SealingError.damaged) { try SealedBox.open(sealed, key: key, context: elsewhere) }
    }

    @Test func anyBitFlippedFailsAuthentication() {
        let sealed = SealedBox.seal(Array("a private answer".utf8), key: key, context: here)
        for i in 0..<sealed.count * 8 {
            var flipped = sealed
            flipped[i / 8] ^= UInt8(1 << (i % 8))
            #expect(throws: SealingError.damaged) { try SealedBox.open(flipped, key: key, context: here) }
        }
        #expect(throws: SealingError.damaged) { try SealedBox.open(Array(sealed.dropLast()), key: key, context: here) }
        #expect(throws: SealingError.damaged) { try SealedBox.open([], key: key, context: here) }
    }

    @Test func anotherKeyDoesNotOpen() {
        let sealed = SealedBox.seal(Array("secret".utf8), key: key, context: here)
        let other = SecretBytes.random(count: SealedBox.keyBytes)
        #expect(throws: SealingError.damaged) { try SealedBox.open(sealed, key: other, context: here) }
    }

    @Test func contextsOfDifferentFieldsNeverCollide() {
        #expect(
            SealingContext.line(talk: "ab", seq: 1, author: "2") != SealingContext.line(talk: "a", seq: 1, author: "b2")
        )
        #expect(
            SealingContext.line(talk: "t", seq: 12, author: "p") != SealingContext.line(talk: "t", seq: 1, author: "2p")
        )
    }

    @Test func aPassphraseOpensOnlyItsOwnWrappedKey() throws {
        let place = SealingContext.key(talk: "ab12", person: "p1")
        let (dataKey, wrapped) = try WrappedKey.make(passphrase: secret("correct horse"), context: place)
        let opened = try wrapped.unwrap(passphrase: secret("correct horse"), context: place)
        #expect(opened.equals(dataKey))
        #expect(throws: SealingError.wrongPassphrase) {
            try wrapped.unwrap(passphrase: secret("correct hors"), context: place)
        }
        #expect(throws: SealingError.wrongPassphrase) {
            try wrapped.unwrap(
                passphrase: secret("correct horse"), context: SealingContext.key(talk: "ab12", person: "p2"))
        }
        #expect(wrapped.derivation.salt.count == 16)
        #expect(wrapped.derivation.opsLimit >= 2 && wrapped.derivation.memLimit >= 64 << 20)  // INTERACTIVE
    }

    @Test func changingThePassphraseKeepsTheDataKey() throws {
        let place = SealingContext.key(talk: "ab12", person: "p1")
        let (dataKey, old) = try WrappedKey.make(passphrase: secret("first"), context: place)
        let line = SealedBox.seal(Array("kept".utf8), key: dataKey, context: here)
        let new = try WrappedKey.wrap(
            try old.unwrap(passphrase: secret("first"), context: place),
            passphrase: secret("second"), context: place)
        #expect(new.derivation.salt != old.derivation.salt)
        #expect(throws: SealingError.wrongPassphrase) { try new.unwrap(passphrase: secret("first"), context: place) }
        let reopened = try new.unwrap(passphrase: secret("second"), context: place)
        #expect(try SealedBox.open(line, key: reopened, context: here) == Array("kept".utf8))
    }

    @Test func theSameSaltAndPassphraseGiveTheSameKey() throws {
        let derivation = KeyDerivation.fresh()
        #expect(try derivation.key(for: secret("pass")).equals(try derivation.key(for: secret("pass"))))
        #expect(!(try derivation.key(for: secret("pass")).equals(try derivation.key(for: secret("Pass")))))
    }

    @Test func base64RoundTripsAndRefusesWhatIsNotBase64() {
        for n in 0..<40 {
            let bytes = (0..<n).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
            #expect(Base64.decode(Base64.encode(bytes)) == bytes)
        }
        #expect(Base64.encode(Array("hello".utf8)) == "aGVsbG8=")
        #expect(Base64.decode("not base64!") == nil)
    }
}
