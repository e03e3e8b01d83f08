/// CRC-32 (IEEE), to catch a damaged journal line, snapshot or index. Not a security measure: it guards
/// against torn writes and flipped bits, not against someone editing the file.
enum CRC32 {
    /// Eight tables, for eight bytes a step ("slicing-by-8"): a byte-at-a-time table walk was a tenth of
    /// loading a long talk, and the index and snapshot are checked whole on every read.
    private static let tables: [UInt32] = {
        var t = [UInt32](repeating: 0, count: 256 * 8)
        for i in 0..<256 {
            var c = UInt32(i)
            for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
            t[i] = c
        }
        for i in 0..<256 {
            for k in 1..<8 { t[k * 256 + i] = (t[(k - 1) * 256 + i] >> 8) ^ t[Int(t[(k - 1) * 256 + i] & 0xFF)] }
        }
        return t
    }()

    static func checksum<C: Collection>(_ bytes: C) -> UInt32 where C.Element == UInt8 {
        // Every load checks every line, so the contiguous case runs over raw memory: several times
        // faster in unoptimised builds, where generic collection code is not specialised.
        if let fast = bytes.withContiguousStorageIfAvailable({ checksum(UnsafeRawBufferPointer($0)) }) { return fast }
        return checksum(Array(bytes).withUnsafeBytes { $0 })
    }

    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        tables.withUnsafeBufferPointer { t in
            var c: UInt32 = 0xFFFF_FFFF
            var i = 0
            let n = bytes.count
            while i + 8 <= n {
                let lo = bytes.loadUnaligned(fromByteOffset: i, as: UInt32.self).littleEndian ^ c
                let hi = bytes.loadUnaligned(fromByteOffset: i + 4, as: UInt32.self).littleEndian
                c =
                    t[7 * 256 + Int(lo & 0xFF)] ^ t[6 * 256 + Int((lo >> 8) & 0xFF)]
                    ^ t[5 * 256 + Int((lo >> 16) & 0xFF)] ^ t[4 * 256 + Int(lo >> 24)]
                    ^ t[3 * 256 + Int(hi & 0xFF)] ^ t[2 * 256 + Int((hi >> 8) & 0xFF)]
                    ^ t[1 * 256 + Int((hi >> 16) & 0xFF)] ^ t[Int(hi >> 24)]
                i += 8
            }
            while i < n {
                c = t[Int((c ^ UInt32(bytes[i])) & 0xFF)] ^ (c >> 8)
                i += 1
            }
            return c ^ 0xFFFF_FFFF
        }
    }

    /// `bytes` with their CRC-32 after them, four bytes little-endian: how the binary caches end.
    static func trailed(_ bytes: [UInt8]) -> [UInt8] {
        let sum = checksum(bytes)
        return bytes + [0, 8, 16, 24].map { UInt8(truncatingIfNeeded: sum >> $0) }
    }

    /// Where the bytes before a `trailed` checksum end, when that checksum holds; nil when it does not.
    static func untrailed(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 4 else { return nil }
        let end = bytes.count - 4
        let stored = (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[end + $1]) << (8 * $1) }
        let sum = bytes.withUnsafeBytes { checksum(UnsafeRawBufferPointer(rebasing: $0[..<end])) }
        return sum == stored ? end : nil
    }

    static func hex(_ value: UInt32) -> String {
        let s = String(value, radix: 16)
        return String(repeating: "0", count: 8 - s.count) + s
    }
}
