import Testing

@testable import TalkScript

private func sha256(_ text: String) -> String {
    var h = SHA256()
    h.update(text.utf8)
    return h.finalize().hex
}

@Test func sha256StandardVectors() {
    #expect(sha256("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(sha256("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(
        sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    // 112 bytes: padding spills into a second block.
    #expect(
        sha256(
            "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"
        )
            == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
    #expect(
        sha256(String(repeating: "a", count: 1_000_000))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
}

@Test func contentHashEndsEachTextWithAZeroByte() {
    let a = SourceFile(name: "a", text: "abc")
    #expect(TalkCompiler.contentHash([]) == "sha256:" + sha256(""))
    #expect(TalkCompiler.contentHash([a]) == "sha256:" + sha256("abc\u{0}"))
    #expect(
        TalkCompiler.contentHash([SourceFile(name: "x", text: "ab"), SourceFile(name: "y", text: "c")])
            != TalkCompiler.contentHash([SourceFile(name: "x", text: "a"), SourceFile(name: "y", text: "bc")]))
}

/// Whole blocks are hashed straight from contiguous bytes and the rest buffered: any split of the input
/// into updates, contiguous or not, must give the same digest.
@Test func sha256IsTheSameHoweverTheInputIsSplit() {
    let text = String((0..<1000).map { Character(UnicodeScalar(UInt8(33 + $0 % 90))) })
    let whole = sha256(text)
    let bytes = Array(text.utf8)
    for cut in [1, 7, 63, 64, 65, 128, 500, 999] {
        var h = SHA256()
        h.update(bytes[..<cut])
        h.update(bytes[cut...].lazy.map { $0 })  // not contiguous: the byte-by-byte path
        #expect(h.finalize().hex == whole, "cut at \(cut)")
        var g = SHA256()
        for start in stride(from: 0, to: bytes.count, by: cut) {
            g.update(bytes[start..<min(start + cut, bytes.count)])
        }
        #expect(g.finalize().hex == whole, "chunks of \(cut)")
    }
}
