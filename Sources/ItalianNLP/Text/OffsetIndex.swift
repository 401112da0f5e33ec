/// Turns UTF-8 offsets of a text into `String.Index` values and Unicode scalar offsets.
///
/// Tokens and sentences are produced in text order, so the conversion walks forward from the last
/// position it was asked about: a whole document costs one pass over its bytes, not one per span.
/// Asking for an earlier offset restarts from the beginning (still correct, just slower).
struct OffsetIndex {
    private let text: String
    private let bytes: [UInt8]
    private var lastUTF8 = 0
    private var lastScalar = 0

    init(text: String, bytes: [UInt8]) {
        self.text = text
        self.bytes = bytes
    }

    /// The scalar offset of a UTF-8 offset that lies on a scalar boundary.
    @inline(__always)
    mutating func scalarOffset(ofUTF8 offset: Int) -> Int {
        let target = min(max(offset, 0), bytes.count)
        if target < lastUTF8 {
            lastUTF8 = 0
            lastScalar = 0
        }
        var position = lastUTF8
        var scalars = lastScalar
        bytes.withUnsafeBufferPointer { buffer in
            while position < target {
                // Every byte that is not a continuation byte (10xxxxxx) starts a scalar.
                if buffer[position] & 0xC0 != 0x80 { scalars &+= 1 }
                position &+= 1
            }
        }
        lastUTF8 = position
        lastScalar = scalars
        return scalars
    }

    /// The `String.Index` of a UTF-8 offset.
    @inline(__always)
    func stringIndex(ofUTF8 offset: Int) -> String.Index {
        let clamped = min(max(offset, 0), bytes.count)
        return text.utf8.index(text.utf8.startIndex, offsetBy: clamped)
    }

    /// A full span for a UTF-8 range.
    @inline(__always)
    mutating func span(utf8 range: Range<Int>) -> TextSpan {
        let lower = scalarOffset(ofUTF8: range.lowerBound)
        let upper = scalarOffset(ofUTF8: range.upperBound)
        return TextSpan(
            range: stringIndex(ofUTF8: range.lowerBound)..<stringIndex(ofUTF8: range.upperBound),
            utf8: range,
            scalars: lower..<upper
        )
    }
}
