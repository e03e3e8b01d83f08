import Glibc

/// The process environment as a dictionary (no Foundation needed).
enum Environment {
    static var all: [String: String] {
        var out: [String: String] = [:]
        var p = environ
        while let entry = p.pointee {
            // Split at the first "=" in the C string itself: finding it Character by Character (grapheme
            // breaking every byte of PATH and the rest) was a sixth of `candor --version`.
            if let eq = strchr(entry, Int32(UInt8(ascii: "="))) {
                let name = UnsafeBufferPointer(
                    start: UnsafeRawPointer(entry).assumingMemoryBound(to: UInt8.self), count: eq - entry)
                out[String(decoding: name, as: UTF8.self)] = String(cString: eq + 1)
            }
            p += 1
        }
        return out
    }
}

extension Environment {
    /// Whether answers are typed at a terminal (else they come from a pipe or file).
    static var stdinIsTerminal: Bool { isatty(0) == 1 }
}
