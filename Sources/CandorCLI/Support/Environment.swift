import Glibc

/// The process environment as a dictionary (no Foundation needed).
enum Environment {
    static var all: [String: String] {
        var out: [String: String] = [:]
        var p = environ
        while let entry = p.pointee {
            let s = String(cString: entry)
            if let eq = s.firstIndex(of: "=") { out[String(s[..<eq])] = String(s[s.index(after: eq)...]) }
            p += 1
        }
        return out
    }
}

extension Environment {
    /// Whether answers are typed at a terminal (else they come from a pipe or file).
    static var stdinIsTerminal: Bool { isatty(0) == 1 }
}
