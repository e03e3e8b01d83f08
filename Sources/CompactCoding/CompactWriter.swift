/// Writes values in Candor's compact binary form: whole numbers as LEB128 varints (signed ones zigzagged),
/// strings and lists led by their count. No field names, no text to scan: read back by `CompactReader` in
/// the same order, as fast as the bytes can be walked. Used for caches only (the snapshot, compiled talks),
/// each of which carries its own version and checksum: the journal and the talk files stay the truth.
public struct CompactWriter: Sendable {
    @usableFromInline var storage: [UInt8]
    /// What was written so far.
    public var bytes: [UInt8] { storage }

    public init(capacity: Int = 0) {
        storage = []
        storage.reserveCapacity(capacity)
    }

    @inlinable public mutating func byte(_ value: UInt8) { append(value) }

    @inlinable public mutating func bytes<C: Collection>(_ raw: C) where C.Element == UInt8 { appendAll(raw) }

    @inlinable public mutating func bool(_ value: Bool) { append(value ? 1 : 0) }

    /// An unsigned number, seven bits a byte, low bits first.
    @inlinable public mutating func uint(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        append(UInt8(v))
    }

    /// A signed number, zigzagged so small negative numbers stay short.
    @inlinable public mutating func int(_ value: Int) {
        let v = Int64(value)
        uint(UInt64(bitPattern: (v << 1) ^ (v >> 63)))
    }

    @inlinable public mutating func int64(_ value: Int64) {
        uint(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }

    /// Its UTF-8 bytes, after their count.
    @inlinable public mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            uint(UInt64(utf8.count))
            appendAll(utf8)
        }
    }

    /// 0 for none, else 1 and the value.
    @inlinable public mutating func optional<T>(_ value: T?, _ write: (inout CompactWriter, T) -> Void) {
        guard let value else { return append(0) }
        append(1)
        write(&self, value)
    }

    @inlinable public mutating func optionalString(_ value: String?) { optional(value) { $0.string($1) } }

    /// The count, then each element.
    @inlinable public mutating func array<C: Collection>(_ values: C, _ write: (inout CompactWriter, C.Element) -> Void)
    {
        uint(UInt64(values.count))
        for value in values { write(&self, value) }
    }

    @inlinable public mutating func strings<C: Collection>(_ values: C) where C.Element == String {
        array(values) { $0.string($1) }
    }

    @inlinable mutating func append(_ byte: UInt8) { storage.append(byte) }

    @inlinable mutating func appendAll<C: Collection>(_ raw: C) where C.Element == UInt8 {
        storage.append(contentsOf: raw)
    }
}
