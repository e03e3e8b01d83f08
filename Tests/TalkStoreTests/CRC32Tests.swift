import Testing

@testable import TalkStore

@Suite struct CRC32Tests {
    /// The check value every CRC-32 (IEEE) gives for "123456789".
    @Test func theStandardCheckValue() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([UInt8]()) == 0)
    }

    /// Eight bytes a step gives what one byte a step gives, at every length and alignment.
    @Test func eightBytesAStepAgreesWithOneByteAStep() {
        var generator = SystemRandomNumberGenerator()
        for length in 0..<200 {
            let bytes = (0..<(length + 3)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            for start in 0..<3 {
                let slice = bytes[start..<(start + length)]
                #expect(CRC32.checksum(slice) == bytewise(slice), "length \(length), offset \(start)")
            }
        }
    }

    private func bytewise(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for b in bytes {
            c ^= UInt32(b)
            for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        }
        return c ^ 0xFFFF_FFFF
    }
}
