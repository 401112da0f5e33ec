import ArgumentParser
import ItalianNLP

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reading the CLI's input and writing its output, shared by every subcommand.
enum InputOutput {
    // The C streams, opened once on the standard descriptors (Swift 6 does not allow touching the
    // C globals stdin/stdout/stderr directly).
    nonisolated(unsafe) static let standardInput = fdopen(0, "rb")
    nonisolated(unsafe) static let standardOutput = fdopen(1, "wb")
    nonisolated(unsafe) static let standardError = fdopen(2, "wb")

    /// Reads a whole file, or standard input for "-" or no path.
    static func readAll(path: String?) throws -> [UInt8] {
        guard let handle = try open(path) else { return [] }
        defer { if path != nil && path != "-" { fclose(handle) } }
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, handle) }
            if count == 0 { break }
            result.append(contentsOf: chunk[0..<count])
        }
        // A read error (a folder given as the file: EISDIR) is no empty document.
        try checkReadError(handle, path: path)
        return result
    }

    /// Throws when the last read from `handle` failed rather than reaching the end.
    private static func checkReadError(_ handle: UnsafeMutablePointer<FILE>, path: String?) throws {
        guard ferror(handle) != 0 else { return }
        throw ValidationError("cannot read \(path ?? "-"): \(String(cString: strerror(errno)))")
    }

    static func open(_ path: String?) throws -> UnsafeMutablePointer<FILE>? {
        guard let path, path != "-" else { return standardInput }
        guard let handle = fopen(path, "rb") else {
            throw ValidationError("cannot open \(path): \(String(cString: strerror(errno)))")
        }
        return handle
    }

    /// Calls `body` with each line of the input (without its line break), in constant memory.
    static func forEachLine(path: String?, _ body: ([UInt8]) throws -> Void) throws {
        guard let handle = try open(path) else { return }
        defer { if path != nil && path != "-" { fclose(handle) } }
        var line: UnsafeMutablePointer<CChar>? = nil
        var capacity = 0
        defer { free(line) }
        while true {
            let length = getline(&line, &capacity, handle)
            if length < 0 {
                try checkReadError(handle, path: path)
                break
            }
            guard let line else { break }
            var count = length
            line.withMemoryRebound(to: UInt8.self, capacity: count) { bytes in
                while count > 0 && (bytes[count - 1] == 0x0A || bytes[count - 1] == 0x0D) { count -= 1 }
            }
            let bytes = line.withMemoryRebound(to: UInt8.self, capacity: count) { Array(UnsafeBufferPointer(start: $0, count: count)) }
            try body(bytes)
        }
    }

    /// Writes bytes to standard output.
    static func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { buffer in
            _ = fwrite(buffer.baseAddress, 1, buffer.count, standardOutput)
        }
    }

    static func write(_ text: String) {
        write(Array(text.utf8))
    }

    /// Flushes standard output.
    static func flush() {
        if let standardOutput { fflush(standardOutput) }
    }

    /// Writes a whole file.
    static func writeFile(_ bytes: [UInt8], to path: String) throws {
        guard let handle = fopen(path, "wb") else { throw ValidationError("cannot write \(path)") }
        defer { fclose(handle) }
        _ = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, handle) }
    }

    /// Writes a line to standard error.
    static func warn(_ message: String) {
        if let standardOutput { fflush(standardOutput) }
        fputs("itnlp: \(message)\n", standardError)
    }

    /// Decodes input bytes, warning (or failing with `strict`) on invalid UTF-8.
    static func decode(_ bytes: [UInt8], strict: Bool, label: String) throws -> DecodedText {
        let decoded = DecodedText(utf8: bytes)
        if let offset = decoded.firstInvalidByteOffset {
            if strict {
                throw ValidationError("\(label): invalid UTF-8 at byte \(offset)")
            }
            warn("\(label): invalid UTF-8 at byte \(offset); replaced by U+FFFD")
        }
        return decoded
    }
}
