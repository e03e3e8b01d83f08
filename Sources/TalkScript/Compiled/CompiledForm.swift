import CompactCoding

/// A compiled talk as bytes, and back: what is cached so a long talk is not parsed again on every start
/// (`CompactCoding`'s varints and counted strings, every field of the model in a fixed order, no names).
/// The file names of source locations are written once, in a table first, and referred to by number.
/// Bytes that are damaged, cut or of another version fail to decode (`CompactReader.Failure`); whoever
/// keeps them checks the version and the talk's content hash first.
public enum CompiledForm {
    /// Bumped whenever the model or this encoding changes: a cache of another version is not read.
    /// (`CompiledFormTests` counts the model's fields, to catch one added without a change here.)
    public static let version = 2

    public static func encode(_ script: Script) -> [UInt8] {
        var body = Encoder()
        body.script(script)
        var out = CompactWriter(capacity: body.w.bytes.count + 64)
        out.strings(body.files)
        out.bytes(body.w.bytes)
        return out.bytes
    }

    /// The talk in `bytes` from `start` to their end.
    public static func decode(_ bytes: [UInt8], from start: Int = 0) throws(CompactReader.Failure) -> Script {
        var r = CompactReader(bytes, from: start)
        var d = Decoder(files: try r.strings(), r: r)
        let script = try d.script()
        guard d.r.atEnd else { throw d.r.failure("bytes after the talk") }
        return script
    }

    /// Writes the model, keeping the table of file names as it goes.
    struct Encoder {
        var w = CompactWriter()
        var files: [String] = []
        var fileNumbers: [String: Int] = [:]

        mutating func location(_ l: SourceLocation) {
            if let n = fileNumbers[l.file] {
                w.uint(UInt64(n))
            } else {
                fileNumbers[l.file] = files.count
                w.uint(UInt64(files.count))
                files.append(l.file)
            }
            w.int(l.line)
            w.int(l.column)
        }

        mutating func optionalString(_ s: String?) { w.optionalString(s) }

        mutating func optional<T>(_ value: T?, _ write: (inout Encoder, T) -> Void) {
            guard let value else { return w.byte(0) }
            w.byte(1)
            write(&self, value)
        }

        mutating func array<T>(_ values: [T], _ write: (inout Encoder, T) -> Void) {
            w.uint(UInt64(values.count))
            for value in values { write(&self, value) }
        }
    }

    /// Reads the model back, file names from the table.
    struct Decoder {
        let files: [String]
        var r: CompactReader

        mutating func location() throws(CompactReader.Failure) -> SourceLocation {
            let n = try r.uint()
            guard n < UInt64(files.count) else { throw r.failure("a file number past the table") }
            return SourceLocation(file: files[Int(n)], line: try r.int(), column: try r.int())
        }

        mutating func optional<T>(_ read: (inout Decoder) throws(CompactReader.Failure) -> T)
            throws(CompactReader.Failure) -> T?
        {
            switch try r.byte() {
            case 0: return nil
            case 1: return try read(&self)
            default: throw r.failure("not a present or absent mark")
            }
        }

        mutating func array<T>(_ read: (inout Decoder) throws(CompactReader.Failure) -> T)
            throws(CompactReader.Failure) -> [T]
        {
            let n = try r.count()
            guard n > 0 else { return [] }  // most lists in a talk are empty: nothing to reserve
            var out: [T] = []
            out.reserveCapacity(n)
            for _ in 0..<n { out.append(try read(&self)) }
            return out
        }

        /// A value of a `String`-backed enum, by its raw value.
        mutating func raw<T: RawRepresentable>(_ type: T.Type) throws(CompactReader.Failure) -> T
        where T.RawValue == String {
            guard let value = T(rawValue: try r.string()) else { throw r.failure("no such \(T.self)") }
            return value
        }

        mutating func tag() throws(CompactReader.Failure) -> UInt8 { try r.byte() }

        func unknown(_ what: String) -> CompactReader.Failure { r.failure("an unknown \(what)") }
    }
}
