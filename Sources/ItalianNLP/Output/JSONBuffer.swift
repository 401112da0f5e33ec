/// A minimal, fast JSON writer over a byte buffer: the CLI prints millions of tokens, and
/// Foundation's encoders would dominate its run time.
public struct JSONBuffer: Sendable {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []

    /// Creates an empty buffer.
    public init(reservingCapacity capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends raw, already valid JSON (or punctuation such as `{`, `,`).
    public mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends raw bytes of valid JSON.
    public mutating func raw(bytes other: some Sequence<UInt8>) {
        bytes.append(contentsOf: other)
    }

    /// Appends an integer, as `String(value)` writes it. The digits are written straight into the
    /// buffer (last first, then turned round): building a String for each offset of a span cost
    /// more than the rest of writing it.
    public mutating func int(_ value: Int) {
        if value >= 0 && value < 10 {
            bytes.append(UInt8(48 + value))
            return
        }
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        let firstDigit = bytes.count
        var rest = value.magnitude
        repeat {
            bytes.append(UInt8(48 + rest % 10))
            rest /= 10
        } while rest > 0
        // Turned round in place (reversing a slice of the buffer copied the whole buffer).
        var low = firstDigit
        var high = bytes.count - 1
        while low < high {
            bytes.swapAt(low, high)
            low += 1
            high -= 1
        }
    }

    /// Appends a number with at most four decimals (scores).
    public mutating func double(_ value: Double) {
        guard value.isFinite else {
            raw("0")
            return
        }
        let rounded = (value * 10_000).rounded() / 10_000
        if rounded == rounded.rounded() && abs(rounded) < 1e15 {
            int(Int(rounded))
        } else {
            bytes.append(contentsOf: String(rounded).utf8)
        }
    }

    /// Appends `true` or `false`.
    public mutating func bool(_ value: Bool) {
        if value { raw("true") } else { raw("false") }
    }

    /// Appends a JSON string, escaped.
    public mutating func string(_ value: some StringProtocol) {
        bytes.append(UInt8(ascii: "\""))
        // Contiguous UTF-8 (a native string or a slice of one, as every span's text is) is read in
        // place, and each run of bytes that need no escape is copied at once: iterating a
        // Substring's UTF-8 view went through the generic index machinery for every byte.
        let written: Bool? = value.utf8.withContiguousStorageIfAvailable { utf8 in
            var runStart = 0
            for index in 0..<utf8.count where Self.needsEscape(utf8[index]) {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                escape(utf8[index])
                runStart = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
            return true
        }
        if written == nil {
            for byte in value.utf8 {
                if Self.needsEscape(byte) { escape(byte) } else { bytes.append(byte) }
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Whether a byte of a string's UTF-8 must be escaped in JSON: a quotation mark, a backslash or
    /// a control character.
    @inline(__always)
    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    /// Appends the escape of a byte that ``needsEscape(_:)``.
    private mutating func escape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): raw("\\\"")
        case UInt8(ascii: "\\"): raw("\\\\")
        case 0x0A: raw("\\n")
        case 0x0D: raw("\\r")
        case 0x09: raw("\\t")
        default:
            raw("\\u00")
            let hex: [UInt8] = Array("0123456789abcdef".utf8)
            bytes.append(hex[Int(byte >> 4)])
            bytes.append(hex[Int(byte & 0xF)])
        }
    }

    /// Appends `"key":`.
    public mutating func key(_ name: StaticString) {
        bytes.append(UInt8(ascii: "\""))
        raw(name)
        raw("\":")
    }

    /// Empties the buffer, keeping its capacity.
    public mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
    }
}
