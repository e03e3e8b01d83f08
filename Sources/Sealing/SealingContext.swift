/// The associated data that ties sealed bytes to their place: a purpose, then each field as its length
/// and its bytes, so no two different places can give the same bytes ("ab"+"c" is not "a"+"bc").
public enum SealingContext {
    /// A journal line: which talk, which position, whose.
    public static func line(talk: String, seq: Int, author: String) -> [UInt8] {
        encode(["candor line v1", talk, String(seq), author])
    }

    /// A person's wrapped data key: which talk, whose.
    public static func key(talk: String, person: String) -> [UInt8] {
        encode(["candor key v1", talk, person])
    }

    static func encode(_ fields: [String]) -> [UInt8] {
        var bytes: [UInt8] = []
        for field in fields {
            let utf8 = Array(field.utf8)
            let n = UInt32(utf8.count)
            bytes += [UInt8(n >> 24 & 0xFF), UInt8(n >> 16 & 0xFF), UInt8(n >> 8 & 0xFF), UInt8(n & 0xFF)]
            bytes += utf8
        }
        return bytes
    }
}
