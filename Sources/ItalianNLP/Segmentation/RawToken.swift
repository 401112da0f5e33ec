/// A token while the tokenizer works: byte offsets into the NFC text and what the rules learned.
///
/// Kept small (24 bytes): a long document holds one per five bytes of text, and the sentence
/// splitter and the token builder read them all back.
struct RawToken {
    var start: Int
    var end: Int
    var kind: TokenKind
    /// An abbreviation (Dott., art., S.p.A.) or an initial (J.), with whether it may end a sentence.
    var abbreviation: AbbreviationLexicon.Entry? = nil
    /// Newlines in the whitespace before the token (2 or more: a blank line), counted up to 255:
    /// the rules only tell none, one and several apart.
    var newlinesBefore: UInt8 = 0
    /// The text before the token is whitespace.
    var spaceBefore = false
}
