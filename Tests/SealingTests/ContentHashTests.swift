import Testing

@testable import Sealing

/// The talk content hash is libsodium's SHA-256 of each text and a zero byte after it.
struct ContentHashTests {
    @Test func standardVectorsWithTheZeroByteAfterEachText() {
        // SHA-256 of "\0" and of "abc\0" (each text ends with a zero byte).
        #expect(ContentHash.of([""]) == "sha256:6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d")
        #expect(ContentHash.of([]) == "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(ContentHash.of(["abc"]) == ContentHash.of(["abc"]))
        #expect(ContentHash.of(["ab", "c"]) != ContentHash.of(["a", "bc"]))
        #expect(ContentHash.of(["ab", "c"]) != ContentHash.of(["abc"]))
    }

    @Test func theSameDigestAsBeforeSoRecordsKeepTheirTalk() {
        // SHA-256 of "abc\0", as Python's hashlib gives it: what records made before already hold.
        #expect(ContentHash.of(["abc"]) == "sha256:dc1114cd074914bd872cc1f9a23ec910ea2203bc79779ab2e17da25782a624fc")
        // Long input, many blocks (SHA-256 of a million "a" and a zero byte).
        #expect(
            ContentHash.of([String(repeating: "a", count: 1_000_000)])
                == "sha256:e2b5b1853df32b18e85cab0b0e5e6df71addcd4f8990bfddf9acb817cb086cc6")
    }

    /// The fingerprint is BLAKE2b-256 of the same bytes, as Python's hashlib gives it.
    @Test func theFingerprintIsBlake2bOfTheSameBytes() {
        #expect(
            ContentHash.fingerprint(["abc"])
                == "blake2b:4013bf000c244950c4cc4b162da3f91d01e00b5b642af252f1412bf90b4e7dbf")
        #expect(
            ContentHash.fingerprint([""])
                == "blake2b:03170a2e7597b7b7e3d84c05391d139a62b157e78786d8c082f29dcf4c111314")
        #expect(ContentHash.fingerprint(["ab", "c"]) != ContentHash.fingerprint(["a", "bc"]))
    }
}
