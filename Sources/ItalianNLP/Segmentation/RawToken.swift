/// A token while the tokenizer works: byte offsets into the NFC text and what the rules learned.
struct RawToken {
    var start: Int
    var end: Int
    var kind: TokenKind
    /// An abbreviation (Dott., art., S.p.A.) or an initial (J.), with whether it may end a sentence.
    var abbreviation: AbbreviationLexicon.Entry? = nil
    /// Newlines in the whitespace before the token (2 or more: a blank line).
    var newlinesBefore = 0
    /// The text before the token is whitespace.
    var spaceBefore = false
}
