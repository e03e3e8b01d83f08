import BuiltinTalks
import Glibc
import Sealing
import TalkEngine
import TalkScript
import TalkStore
import Terminal

/// A talk ready to run: its compiled script, what the record says about it, and any warnings.
struct LoadedTalk: Sendable {
    let script: Script
    let info: TalkInfo
    let warnings: [Diagnostic]
    /// Ratings its list brought (`--list` of a filled-in kinklist-v2 file), offered when practising.
    var brought: BroughtRatings? = nil
}

/// Finds a talk by built-in name or file path and compiles it, with the readiness check placed first.
enum TalkLoader {
    /// Talk files larger than this are refused before reading: no real talk comes near it.
    static let maximumFileSize = 64 << 20

    static var prelude: SourceFile {
        SourceFile(name: BuiltinTalks.readiness.fileName, text: BuiltinTalks.readiness.source)
    }

    /// The source of a built-in talk (by name) or a talk file (by path). nil: the default talk.
    static func source(_ nameOrPath: String?) throws -> (SourceFile, origin: String) {
        let name = nameOrPath ?? BuiltinTalks.defaultName
        if let builtin = BuiltinTalks.named(name) {
            return (SourceFile(name: builtin.fileName, text: builtin.source), builtin.name)
        }
        return (try readFile(name), absolute(name))
    }

    static func readFile(_ path: String) throws -> SourceFile {
        let known = BuiltinTalks.all.map(\.name).joined(separator: ", ")
        guard FileIO.exists(path) else {
            throw CommandFailure(
                message: "No built-in talk or file named \u{201C}\(path)\u{201D}. Built-in talks: \(known).",
                code: ExitCode.noInput)
        }
        if FileIO.isDirectory(path) {
            throw CommandFailure(message: "\(path) is a folder, not a talk file.", code: ExitCode.noInput)
        }
        let fd = try openRegularFile(path)
        defer { close(fd) }
        var st = stat()
        if fstat(fd, &st) == 0, Int(st.st_size) > maximumFileSize {
            throw CommandFailure(
                message:
                    "\(path) is \(Int(st.st_size) >> 20) MB: too large to be a talk (the limit is \(maximumFileSize >> 20) MB).",
                code: ExitCode.dataError)
        }
        guard let bytes = try readAtMost(maximumFileSize, from: fd, path: path) else {
            throw CommandFailure(
                message: "\(path) holds more than \(maximumFileSize >> 20) MB: too large to be a talk.",
                code: ExitCode.dataError)
        }
        // Valid text (the usual case) is checked and decoded in one pass; only a bad file is scanned
        // again, scalar by scalar, to say where it goes wrong.
        if !bytes.contains(0), let text = String(validating: bytes, as: UTF8.self) {
            return SourceFile(name: path, text: text)
        }
        if let bad = firstInvalidByte(bytes) {
            let line = bytes[..<bad].reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
            let column = bad - (bytes[..<bad].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0) + 1
            throw CommandFailure(
                message:
                    "\(path):\(line):\(column): error[E001]: the file is not valid UTF-8 text here (or holds a NUL byte). Save it as UTF-8 and try again.",
                code: ExitCode.dataError)
        }
        return SourceFile(name: path, text: String(decoding: bytes, as: UTF8.self))
    }

    /// Opens `path` for reading only if it is a regular file. A named pipe, a device or a socket may never
    /// end (`candor check FIFO` would wait for ever), so it is refused. Opened without blocking (opening a pipe with no writer waits) and
    /// checked on the open descriptor, so what is read is what was checked.
    static func openRegularFile(_ path: String) throws -> Int32 {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            throw CommandFailure(
                message: "Can't read \(path): \(String(cString: strerror(errno))).", code: ExitCode.noInput)
        }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            let reason = String(cString: strerror(errno))
            close(fd)
            throw CommandFailure(message: "Can't read \(path): \(reason).", code: ExitCode.noInput)
        }
        let type = st.st_mode & S_IFMT
        guard type == S_IFREG else {
            close(fd)
            let kind =
                type == S_IFIFO
                ? "a named pipe"
                : type == S_IFSOCK
                    ? "a socket"
                    : type == S_IFCHR || type == S_IFBLK ? "a device" : "something other than a file"
            throw CommandFailure(
                message: "\(path) is not a regular file (it is \(kind)), so it was not read as a talk.",
                code: ExitCode.noInput)
        }
        return fd
    }

    /// The file's bytes, or nil when there are more than `limit`: the file may grow after its size was
    /// checked, so reading stops one byte past the limit.
    static func readAtMost(_ limit: Int, from fd: Int32, path: String) throws -> [UInt8]? {
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while out.count <= limit {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw CommandFailure(
                    message: "Can't read \(path): \(String(cString: strerror(errno))).", code: ExitCode.ioError)
            }
            if n == 0 { return out }
            out.append(contentsOf: buffer[0..<n])
        }
        return nil
    }

    /// The offset of the first byte that is NUL or breaks UTF-8, or nil when the text is clean.
    static func firstInvalidByte(_ bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                if encoded.count == 1 && encoded.first == 0 { return offset }
                offset += encoded.count
            case .error:
                return offset
            case .emptyInput:
                return nil
            }
        }
    }

    static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buffer, buffer.count) != nil else { return path }
        let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        return String(decoding: bytes, as: UTF8.self) + "/" + path
    }

    /// The script a record names, for a view of the record (show, export, diff): nil when it can't be had,
    /// and the view works from the record alone, as for a talk file moved away since. A source that is
    /// there but can't be read (a named pipe, a device, no permission) is said, naming it.
    static func scriptForView(_ source: String, store: TalkStore?, output: TerminalOutput) -> Script? {
        do {
            return try load(source, cache: store).script
        } catch let failure as CommandFailure where failure.code == .noInput && FileIO.exists(source) {
            output.error(TerminalText(failure.message) + " The record is used without it.")
            return nil
        } catch {
            return nil
        }
    }

    /// The talk a record was made with: its script, and the list it rated in place of its own (`--list`).
    static func load(_ talk: TalkInfo, store: TalkStore) throws -> LoadedTalk {
        let loaded = try load(talk.source, cache: store)
        guard let list = talk.list else { return loaded }
        return try ListLoader.applying(list, to: loaded, store: store)
    }

    /// `scriptForView` for a record's talk, with its list.
    static func scriptForView(_ talk: TalkInfo, store: TalkStore, output: TerminalOutput) -> Script? {
        guard talk.list != nil else { return scriptForView(talk.source, store: store, output: output) }
        return try? load(talk, store: store).script
    }

    /// Compiles a talk with the readiness check. Errors: every diagnostic, exit 65. `cache`: the data
    /// folder whose compiled talks (`CompiledTalkCache`) spare compiling a talk file again.
    static func load(_ nameOrPath: String?, cache: TalkStore? = nil) throws -> LoadedTalk {
        let (file, origin) = try source(nameOrPath)
        if let talk = BuiltinTalks.named(origin), let (script, hash) = precompiled(talk) {
            let info = TalkInfo(
                id: script.id, title: script.title, version: script.version, hash: hash, source: origin)
            return LoadedTalk(script: script, info: info, warnings: [])
        }
        let builtin = BuiltinTalks.named(origin) != nil
        // A talk file compiled before: the fingerprint of its text now is checked against the one kept.
        let fingerprint = builtin || cache == nil ? nil : ContentHash.fingerprint([prelude.text, file.text])
        if let cache, let fingerprint, let kept = cache.cachedTalk(for: origin),
            let (script, hash) = CompiledTalkCache.script(from: kept, fingerprint: fingerprint, writer: cache.writer)
        {
            let info = TalkInfo(
                id: script.id, title: script.title, version: script.version, hash: hash, source: origin)
            return LoadedTalk(script: script, info: info, warnings: [])
        }
        let lists = CatalogListFiles(talkPath: file.name)
        let compiled = TalkCompiler.compile(file, prelude: prelude, lists: lists.reader, checked: !builtin)
        guard let script = compiled.script, !compiled.hasErrors else {
            let lines = compiled.diagnostics.map(\.description).joined(separator: "\n")
            throw CommandFailure(
                message: lines
                    + "\n\(file.name): \(compiled.errors.count) error(s); the talk can't be used until they are fixed. See docs/talk-language.md.",
                code: ExitCode.dataError)
        }
        // A built-in talk's hash was computed when it was written (ContentHashes.swift, checked by a test).
        let hash =
            (builtin && lists.read.isEmpty ? BuiltinTalks.contentHashes[origin] : nil)
            ?? ContentHash.of(([prelude, file] + lists.read).map(\.text))
        let info = TalkInfo(
            id: script.id, title: script.title, version: script.version, hash: hash, source: origin)
        if let cache, let fingerprint, lists.read.isEmpty, compiled.diagnostics.isEmpty {
            cache.cacheTalk(
                CompiledTalkCache.payload(script, fingerprint: fingerprint, hash: hash, writer: cache.writer),
                for: origin)
        }
        return LoadedTalk(script: script, info: info, warnings: compiled.diagnostics)
    }

    /// Who "wrote" a built-in talk's compiled form: the same in every version of Candor, since the form
    /// is checked against the talk's content hash and `CompiledForm.version` instead.
    static let builtinWriter = "built-in"

    /// A built-in talk as compiled when it was written (`BuiltinTalk.compiled`), when that is still this
    /// talk (its content hash) in this form (`CompiledForm.version`); nil: compile it.
    static func precompiled(_ talk: BuiltinTalk) -> (Script, hash: String)? {
        guard let hash = BuiltinTalks.contentHashes[talk.name] else { return nil }
        return CompiledTalkCache.script(from: talk.compiled, fingerprint: hash, writer: builtinWriter)
    }

    /// What `BuiltinTalk.compiled` holds for a built-in talk: its compiled form, keyed by its content hash.
    static func precompiledForm(_ talk: BuiltinTalk) -> [UInt8]? {
        let compiled = TalkCompiler.compile(
            SourceFile(name: talk.fileName, text: talk.source), prelude: prelude, checked: false)
        guard let script = compiled.script, !compiled.hasErrors, let hash = BuiltinTalks.contentHashes[talk.name]
        else { return nil }
        return CompiledTalkCache.payload(script, fingerprint: hash, hash: hash, writer: builtinWriter)
    }
}
