/// The index file's checksum: FNV-1a over its bytes eight at a time (a 64-bit word, then the last few
/// bytes one by one), in 16 hex digits. It catches the index changed by hand or by the disk (a byte
/// flipped, a line lost, two lines swapped: the hash depends on order), not a forger, like the journal's
/// CRC. Not CRC-32 itself: the index is read whole by every `list`, and a CRC over 3,000 talks' lines was
/// a sixth of `list`; this is a multiply and an xor for every eight bytes.
enum IndexChecksum {
    static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        let prime: UInt64 = 0x0000_0100_0000_01B3
        var i = 0
        while i + 8 <= bytes.count {
            hash = (hash ^ bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self).littleEndian) &* prime
            i += 8
        }
        while i < bytes.count {
            hash = (hash ^ UInt64(bytes[i])) &* prime
            i += 1
        }
        return hash
    }

    static func of(_ bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBytes { of($0) } }

    static func hex(_ value: UInt64) -> String {
        let s = String(value, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}
