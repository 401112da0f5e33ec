/// A sentence: its span in the original text and its tokens.
public struct Sentence: Sendable, Hashable {
    /// Where the sentence is, from its first token's start to its last token's end.
    public let span: TextSpan
    /// The tokens, in order.
    public let tokens: [Token]
    /// The 0-based paragraph the sentence belongs to (paragraphs are separated by blank lines, or
    /// by line breaks when the text has one paragraph per line).
    public let paragraph: Int

    /// Creates a sentence.
    public init(span: TextSpan, tokens: [Token], paragraph: Int) {
        self.span = span
        self.tokens = tokens
        self.paragraph = paragraph
    }
}
