/// A String value's identity: its two machine words, compared and hashed without reading its
/// bytes.
///
/// The forms of running text are short, and a String of up to 15 UTF-8 bytes holds them inline,
/// so equal short forms are identical values. A longer form is identical to another only when both
/// share one storage (the tokens of one spelling share one `TokenForms`, and so one String). A
/// per-thread table keyed by identity therefore finds nearly every form of running text with two
/// multiplications and a compare, where a hash of the bytes, a lock and a byte comparison cost
/// several times more; a miss only sends the caller to the slower path, whose answer is the same.
enum StringIdentity {
    /// Whether two String values are the same two words (then they are equal; equal Strings need
    /// not be identical). False on a platform where a String is not two words.
    @inline(__always)
    static func isIdentical(_ first: String, _ second: String) -> Bool {
        guard MemoryLayout<String>.size == MemoryLayout<(UInt64, UInt64)>.size else { return false }
        return unsafeBitCast(first, to: (UInt64, UInt64).self) == unsafeBitCast(second, to: (UInt64, UInt64).self)
    }

    /// `first == second`, answered without a call for two short ASCII strings (most forms and
    /// the literals the rules compare them with). `==` compares the two words inline and, when
    /// they differ, calls into the runtime, which then finds out that both are short ASCII
    /// strings; the rules compare a unit's form with a literal many times per sentence, and most
    /// such comparisons fail. A String of up to 15 ASCII bytes is held inline, zero-padded, with
    /// its count and two flags ("small", "ASCII") in the top bits of its second word: two such
    /// values with different words hold different bytes, and ASCII text has no other spelling
    /// under canonical equivalence, so they differ. So do two inline strings of scalars below
    /// U+0300 with different words (`isInlineBelowCombiningMarks`). Any other pair is compared by `==`.
    @inline(__always)
    static func equals(_ first: String, _ second: String) -> Bool {
        guard MemoryLayout<String>.size == MemoryLayout<(UInt64, UInt64)>.size else { return first == second }
        let left = unsafeBitCast(first, to: (UInt64, UInt64).self)
        let right = unsafeBitCast(second, to: (UInt64, UInt64).self)
        if left == right { return true }
        // Bits 63–61 of the second word: immortal, ASCII, small — all set for a small ASCII string.
        if left.1 >> 61 == 0b111 && right.1 >> 61 == 0b111 { return false }
        // Two inline strings of scalars below U+0300 ("più", "sì", "è" against "ma", "di"): no
        // canonical equivalence maps such a scalar to anything else, so they are equal only when
        // their bytes, and so their words, are the same.
        if isInlineBelowCombiningMarks(left) && isInlineBelowCombiningMarks(right) { return false }
        return first == second
    }

    /// Whether the two words of a String value hold it inline (bit 61 of the second word,
    /// "small") and every byte of it is below 0xCC, the first lead byte of a scalar from U+0300 on
    /// (the combining marks, and every scalar with another spelling under canonical equivalence:
    /// "K" as U+212A, ";" as U+037E). The padding bytes of an inline string are zero.
    @inline(__always)
    private static func isInlineBelowCombiningMarks(_ words: (UInt64, UInt64)) -> Bool {
        guard words.1 & (1 << 61) != 0 else { return false }
        // A byte from 0xCC on has its top bit set and its low seven bits at 0x4C or more, which
        // adding 0x34 carries into the top bit (never past it: 0x7F + 0x34 < 0x100).
        @inline(__always) func hasByteFrom0xCC(_ word: UInt64) -> Bool {
            ((word & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x3434_3434_3434_3434) & word & 0x8080_8080_8080_8080 != 0
        }
        // The top byte of the second word holds the count and the flags, not text.
        return !hasByteFrom0xCC(words.0) && !hasByteFrom0xCC(words.1 & 0x00FF_FFFF_FFFF_FFFF)
    }

    /// Whether a String value is held inline and flagged ASCII (see `equals`): then it equals no
    /// string whose every canonical equivalent holds a non-ASCII scalar ("perché", "è"). False
    /// when unsure.
    @inline(__always)
    static func isShortASCII(_ string: String) -> Bool {
        guard MemoryLayout<String>.size == MemoryLayout<(UInt64, UInt64)>.size else { return false }
        return unsafeBitCast(string, to: (UInt64, UInt64).self).1 >> 61 == 0b111
    }

    /// A hash of the two words of a String value (0 where a String is not two words: every form
    /// then shares one slot, and the answers stay right).
    @inline(__always)
    static func hash(_ string: String) -> Int {
        guard MemoryLayout<String>.size == MemoryLayout<(UInt64, UInt64)>.size else { return 0 }
        let words = unsafeBitCast(string, to: (UInt64, UInt64).self)
        let mixed = (words.0 &* 0x9E37_79B9_7F4A_7C15) ^ (words.1 &* 0xC2B2_AE3D_27D4_EB4F)
        return Int(truncatingIfNeeded: (mixed ^ (mixed >> 31)) >> 17)
    }
}
