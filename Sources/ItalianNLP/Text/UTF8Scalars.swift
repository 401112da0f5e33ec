/// Small helpers for walking valid UTF-8 (what a Swift `String` holds) without decoding it into
/// `Character`s, which would be far slower on the hot paths.
enum UTF8Scalars {
    /// The length of the scalar whose lead byte is `lead`.
    @inline(__always)
    static func length(lead: UInt8) -> Int {
        if lead < 0x80 { return 1 }
        if lead < 0xE0 { return 2 }
        if lead < 0xF0 { return 3 }
        return 4
    }

    /// Decodes the scalar starting at `offset`, with its length. Tolerates truncated input by
    /// returning U+FFFD, so no input can make it read past the buffer.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (value: UInt32, length: Int) {
        let lead = bytes[offset]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let length = length(lead: lead)
        guard offset + length <= bytes.count else { return (0xFFFD, 1) }
        var value: UInt32
        switch length {
        case 2: value = UInt32(lead & 0x1F)
        case 3: value = UInt32(lead & 0x0F)
        default: value = UInt32(lead & 0x07)
        }
        for index in 1..<length {
            value = (value << 6) | UInt32(bytes[offset + index] & 0x3F)
        }
        return (value, length)
    }

    /// Decodes the scalar that ends just before `offset`.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, before offset: Int) -> (value: UInt32, length: Int) {
        var start = offset - 1
        while start > 0 && bytes[start] & 0xC0 == 0x80 && offset - start < 4 { start -= 1 }
        let decoded = decode(bytes, at: start)
        return (decoded.value, offset - start)
    }

    /// Appends the UTF-8 encoding of a scalar value.
    static func append(_ value: UInt32, to output: inout [UInt8]) {
        switch value {
        case 0..<0x80:
            output.append(UInt8(value))
        case 0x80..<0x800:
            output.append(UInt8(0xC0 | (value >> 6)))
            output.append(UInt8(0x80 | (value & 0x3F)))
        case 0x800..<0x10000:
            output.append(UInt8(0xE0 | (value >> 12)))
            output.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (value & 0x3F)))
        default:
            output.append(UInt8(0xF0 | (value >> 18)))
            output.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
            output.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (value & 0x3F)))
        }
    }
}
