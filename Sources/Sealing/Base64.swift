import CSodium

/// Sealed bytes as text for the JSON record (standard alphabet, padded), by libsodium's constant-time
/// codec.
public enum Base64 {
    public static func encode(_ bytes: [UInt8]) -> String {
        Sodium.ready()
        let variant = Int32(sodium_base64_VARIANT_ORIGINAL)
        let length = sodium_base64_encoded_len(bytes.count, variant)
        // Written straight into the string's own storage (`length` counts the closing NUL, not kept).
        return String(unsafeUninitializedCapacity: length) { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                _ = bytes.withUnsafeBufferPointer {
                    sodium_bin2base64(chars.baseAddress!, length, $0.baseAddress, bytes.count, variant)
                }
            }
            return length - 1
        }
    }

    /// nil when `text` is not canonical base64.
    public static func decode(_ text: String) -> [UInt8]? {
        Sodium.ready()
        let input = Array(text.utf8)
        var out = [UInt8](repeating: 0, count: input.count / 4 * 3 + 3)
        var length = 0
        let status = input.withUnsafeBufferPointer { inBuf in
            inBuf.withMemoryRebound(to: CChar.self) { chars in
                sodium_base642bin(
                    &out, out.count, chars.baseAddress, input.count, nil, &length, nil,
                    Int32(sodium_base64_VARIANT_ORIGINAL))
            }
        }
        guard status == 0 else { return nil }
        return Array(out.prefix(length))
    }
}
