/// A normalised copy of a text with the map back to the text as it was given.
public struct NormalizedText: Sendable, Hashable {
    /// The normalised text.
    public let text: String
    /// Maps UTF-8 offsets of `text` back to UTF-8 offsets of the original.
    public let map: OffsetMap

    /// The original UTF-8 range of a UTF-8 range of the normalised text.
    public func originalRange(ofUTF8 range: Range<Int>) -> Range<Int> {
        map.originalRange(range)
    }
}

/// The normalisation forms ItalianNLP offers.
public enum NormalizationForm: Sendable, Hashable {
    /// Unicode NFC: what the tokenizer runs on. Offsets map back exactly.
    case nfc
    /// The form for matching words against lexicons: NFKC with case folding, typographic
    /// apostrophes and quotation marks unified (’ → ', « » “ ” → "), soft hyphens and zero-width
    /// characters removed, the apostrophe used as an accent restored (perche' → perché, e' → è,
    /// piu' → più; po' stays po'), whitespace runs unified to one space (or one newline, or one
    /// blank line), and accents folded when `foldingAccents` is true.
    case matching(foldingAccents: Bool)
}
