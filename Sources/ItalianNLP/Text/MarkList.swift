/// A short, fixed list of punctuation marks ("«", "“", ":", "–"…) that a rule compares a token's
/// text with: `contains` answers exactly as `marks.contains(text)` does (String equality, which
/// is canonical equivalence), without the cost of that equality for most texts.
///
/// Why: comparing two different short strings that are not ASCII ("»" with "«") takes the
/// standard library's general path, which normalises both — some two hundred instructions a
/// comparison, and the speaker finder compared every punctuation token before a capitalised word
/// with ten marks. Here a text whose scalars are all "plain" (below U+0300, or General
/// Punctuation U+2010–U+205E: each has canonical combining class 0 and NFC_Quick_Check=Yes, so a
/// string of them is in NFC) is compared by its bytes with the marks, which are plain too: two
/// strings in NFC are canonically equivalent exactly when their bytes are equal. Any other text
/// (a combining mark, an emoji…) takes `==`.
struct MarkList: Sendable {
    /// The marks, as given.
    let marks: [String]
    /// Each mark's UTF-8 bytes.
    private let markBytes: [[UInt8]]
    /// Whether every mark is plain (else `contains` always compares with `==`).
    private let allPlain: Bool

    init(_ marks: [String]) {
        self.marks = marks
        markBytes = marks.map { Array($0.utf8) }
        allPlain = markBytes.allSatisfy { $0.withUnsafeBufferPointer(Self.isPlain) }
    }

    /// Whether `text` equals one of the marks (`marks.contains(text)`).
    @inline(__always)
    func contains(_ text: String) -> Bool {
        if allPlain,
            let answer = text.utf8.withContiguousStorageIfAvailable({ bytes -> Bool? in
                guard Self.isPlain(bytes) else { return nil }
                for mark in markBytes where mark.count == bytes.count {
                    if mark.withUnsafeBufferPointer({ WordFormCache.sameBytes($0, bytes) }) { return true }
                }
                return false
            }), let answer
        {
            return answer
        }
        return marks.contains(text)
    }

    /// Whether every scalar of these UTF-8 bytes is below U+0300 (bytes below 0xCC: ASCII, the
    /// continuation bytes, and the lead bytes C2–CB of U+0080–U+02FF) or in U+2010–U+205E
    /// (E2 80 90–BF, E2 81 80–9E). Such scalars have canonical combining class 0 and
    /// NFC_Quick_Check=Yes, so a string of them is in NFC (the quick check alone says so).
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0xCC {
                index += 1
                continue
            }
            guard byte == 0xE2, index + 2 < bytes.count else { return false }
            let second = bytes[index + 1]
            let third = bytes[index + 2]
            let plain = (second == 0x80 && third >= 0x90 && third <= 0xBF) || (second == 0x81 && third >= 0x80 && third <= 0x9E)
            guard plain else { return false }
            index += 3
        }
        return true
    }
}
