/// A token of the text, with its exact place in the original.
public struct Token: Sendable, Hashable {
    /// Where the token is in the original text.
    public let span: TextSpan
    /// The token as written (after NFC, which changes only unusual, decomposed input).
    public let text: String
    /// The matching form: case-folded, apostrophes and quotation marks unified, accents typed as
    /// apostrophes restored (see `NormalizationForm.matching`).
    public let normalized: String
    /// The syntactic words of a multiword token, as Universal Dependencies splits them
    /// ("della" → "di", "la"; "portarlo" → "portar", "lo"); empty for an ordinary token.
    public let expansion: [String]
    // The one-byte properties come last, side by side: Swift lays stored properties out in
    // declaration order, and `kind` between two Strings cost 8 bytes of padding (104 → 96 bytes a
    // token, and a long document holds millions of tokens).
    /// What kind of token it is.
    public let kind: TokenKind
    /// Whether whitespace follows the token in the original text.
    public let spaceAfter: Bool

    /// Creates a token.
    public init(
        span: TextSpan, text: String, kind: TokenKind, normalized: String, spaceAfter: Bool,
        expansion: [String] = []
    ) {
        self.span = span
        self.text = text
        self.kind = kind
        self.normalized = normalized
        self.spaceAfter = spaceAfter
        self.expansion = expansion
    }

    /// The syntactic words of the token: its expansion, or the token itself.
    public var words: [String] { expansion.isEmpty ? [text] : expansion }

    /// Whether the token stands for several syntactic words.
    public var isMultiword: Bool { !expansion.isEmpty }
}
