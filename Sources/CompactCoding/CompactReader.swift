/// Reads what `CompactWriter` wrote, in the same order. Every read is bounds-checked and every count is
/// checked against the bytes left, so damaged or hostile bytes end in `CompactError`, never a trap or a
/// huge allocation.
public struct CompactReader: Sendable {
    @usableFromInline let bytes: [UInt8]
    public private(set) var position: Int
    @usableFromInline let end: Int

    public init(_ bytes: [UInt8], from start: Int = 0, to end: Int? = nil) {
        self.bytes = bytes
        self.position = start
        self.end = min(end ?? bytes.count, bytes.count)
    }

    public var atEnd: Bool { position >= end }
    public var remaining: Int { max(0, end - position) }

    /// Why the bytes could not be read, and where.
    public struct Failure: Error, Equatable, Sendable {
        public var offset: Int
        public var problem: String

        public init(offset: Int, problem: String) {
            self.offset = offset
            self.problem = problem
        }
    }

    public func failure(_ problem: String) -> Failure { Failure(offset: position, problem: problem) }

    public mutating func byte() throws(Failure) -> UInt8 {
        guard position < end else { throw failure("ends early") }
        defer { position += 1 }
        return bytes[position]
    }

    public mutating func bool() throws(Failure) -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw Failure(offset: position - 1, problem: "not a yes or no")
        }
    }

    public mutating func uint() throws(Failure) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try byte()
            guard shift < 64, shift < 63 || b <= 1 else { throw failure("a number too long") }
            value |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return value }
            shift += 7
        }
    }

    public mutating func int64() throws(Failure) -> Int64 {
        let z = try uint()
        return Int64(bitPattern: (z >> 1) ^ (0 &- (z & 1)))
    }

    public mutating func int() throws(Failure) -> Int {
        Int(try int64())  // Int is 64 bits on every platform Candor builds for
    }

    /// A count of things each at least one byte long: never more than the bytes left.
    public mutating func count() throws(Failure) -> Int {
        let n = try uint()
        guard n <= UInt64(remaining) else { throw failure("a count larger than what is left") }
        return Int(n)
    }

    /// `n` raw bytes.
    public mutating func bytes(_ n: Int) throws(Failure) -> ArraySlice<UInt8> {
        guard n >= 0, n <= remaining else { throw failure("ends early") }
        defer { position += n }
        return bytes[position..<(position + n)]
    }

    public mutating func string() throws(Failure) -> String {
        let n = try count()
        defer { position += n }
        return bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[position..<(position + n)]), as: UTF8.self)
        }
    }

    @inlinable public mutating func optional<T>(_ read: (inout CompactReader) throws(Failure) -> T) throws(Failure)
        -> T?
    {
        switch try byte() {
        case 0: return nil
        case 1: return try read(&self)
        default: throw failure("not a present or absent mark")
        }
    }

    public mutating func optionalString() throws(Failure) -> String? {
        try optional { r throws(Failure) in try r.string() }
    }

    @inlinable public mutating func array<T>(_ read: (inout CompactReader) throws(Failure) -> T) throws(Failure) -> [T]
    {
        let n = try count()
        var out: [T] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try read(&self)) }
        return out
    }

    public mutating func strings() throws(Failure) -> [String] { try array { r throws(Failure) in try r.string() } }
}
