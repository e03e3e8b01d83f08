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
    #expect(sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    // 112 bytes: padding spills into a second block.
    #expect(sha256("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu")
            == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
    #expect(sha256(String(repeating: "a", count: 1_000_000))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
}

@Test func contentHashEndsEachTextWithAZeroByte() {
    let a = SourceFile(name: "a", text: "abc")
    #expect(TalkCompiler.contentHash([]) == "sha256:" + sha256(""))
    #expect(TalkCompiler.contentHash([a]) == "sha256:" + sha256("abc\u{0}"))
    #expect(TalkCompiler.contentHash([SourceFile(name: "x", text: "ab"), SourceFile(name: "y", text: "c")])
            != TalkCompiler.contentHash([SourceFile(name: "x", text: "a"), SourceFile(name: "y", text: "bc")]))
}
