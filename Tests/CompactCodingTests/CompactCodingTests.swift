import CompactCoding
import Testing

@Suite struct CompactCodingTests {
    @Test func everyKindOfValueReadsBackAsWritten() throws {
        let numbers: [Int] = [0, 1, -1, 63, -64, 64, 127, 128, 300, -300, Int.max, Int.min, 1 << 40]
        var w = CompactWriter()
        for n in numbers { w.int(n) }
        w.uint(UInt64.max)
        w.string("")
        w.string("Sam\tthe first 🙂")
        w.optionalString(nil)
        w.optionalString("x")
        w.bool(true)
        w.strings(["a", "bb", "ccc"])
        var r = CompactReader(w.bytes)
        for n in numbers { #expect(try r.int() == n) }
        #expect(try r.uint() == UInt64.max)
        #expect(try r.string() == "")
        #expect(try r.string() == "Sam\tthe first 🙂")
        #expect(try r.optionalString() == nil)
        #expect(try r.optionalString() == "x")
        #expect(try r.bool())
        #expect(try r.strings() == ["a", "bb", "ccc"])
        #expect(r.atEnd)
    }

    /// Damaged bytes end in a failure, never a trap or a huge allocation: every prefix, and every byte
    /// changed, of a small stream.
    @Test func damagedBytesFailAndNeverTrap() {
        var w = CompactWriter()
        w.strings(["one", "two", "three"])
        w.int(-12345)
        w.optionalString("four")
        let bytes = w.bytes
        func readAll(_ b: [UInt8]) throws(CompactReader.Failure) {
            var r = CompactReader(b)
            _ = try r.strings()
            _ = try r.int()
            _ = try r.optionalString()
        }
        for cut in 0..<bytes.count {
            #expect(throws: CompactReader.Failure.self) { try readAll(Array(bytes.prefix(cut))) }
        }
        for at in bytes.indices {
            for value: UInt8 in [0, 0x7F, 0x80, 0xFF] {
                var changed = bytes
                changed[at] = value
                _ = try? readAll(changed)  // any outcome but a trap
            }
        }
        var huge = CompactReader([0xFF, 0xFF, 0xFF, 0xFF, 0x0F, 1, 2])
        #expect(throws: CompactReader.Failure.self) { _ = try huge.strings() }
        var long = CompactReader([UInt8](repeating: 0xFF, count: 12) + [1])
        #expect(throws: CompactReader.Failure.self) { _ = try long.uint() }
    }
}
