/// Cuts a long text at line breaks into pieces of about `targetBytes`, so that `itnlp tokenize`
/// holds one piece's tokens at a time instead of the whole file's.
///
/// The output does not change, because the cuts are where the tokenizer always ends a sentence
/// and no rule looks across: after a blank line, or after a line break when the next line starts
/// with an ASCII character other than a lower-case letter (only a lower-case start can continue
/// a hard-wrapped sentence). An open single quotation is closed by any line break. A piece keeps
/// the whitespace that ends it, so its last token's `SpaceAfter` is what it is in the whole text.
enum ParagraphChunks {
    /// UTF-8 offset ranges that cover `bytes` in order, each cut found at least `targetBytes`
    /// into its piece.
    static func ranges(of bytes: UnsafeBufferPointer<UInt8>, targetBytes: Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var position = targetBytes
        while position < bytes.count {
            guard let cut = cut(in: bytes, from: position) else { break }
            ranges.append(start..<cut)
            start = cut
            position = cut + targetBytes
        }
        if start < bytes.count || ranges.isEmpty { ranges.append(start..<bytes.count) }
        return ranges
    }

    /// The offset of the first line start at or after `offset` where a sentence always begins;
    /// nil when there is none.
    private static func cut(in bytes: UnsafeBufferPointer<UInt8>, from offset: Int) -> Int? {
        var position = offset
        while position < bytes.count {
            guard bytes[position] == 0x0A else {
                position += 1
                continue
            }
            var lineBreaks = 0
            var next = position
            while next < bytes.count, bytes[next] == 0x20 || bytes[next] == 0x09 || bytes[next] == 0x0D || bytes[next] == 0x0A {
                if bytes[next] == 0x0A { lineBreaks += 1 }
                next += 1
            }
            guard next < bytes.count else { return nil }
            let lead = bytes[next]
            let startsSentence = lineBreaks >= 2 || (lead < 0x80 && !(lead >= 0x61 && lead <= 0x7A))
            if startsSentence { return next }
            position = next
        }
        return nil
    }
}
