/// A token of the text, with its exact place in the original.
public struct Token: Sendable, Hashable {
    /// Where the token is in the original text.
    public let span: TextSpan
    /// The token as written (after NFC, which changes only unusual, decomposed input).
    public let text: String
    /// What kind of token it is.
    public let kind: TokenKind
    /// The matching form: case-folded, apostrophes and quotation marks unified, accents typed as
    /// apostrophes restored (see `NormalizationForm.matching`).
    public let normalized: String
    /// Whether whitespace follows the token in the original text.
    public let spaceAfter: Bool
    /// The syntactic words of a multiword token, as Universal Dependencies splits them
    /// ("della" → "di", "la"; "portarlo" → "portar", "lo"); empty for an ordinary token.
    public let expansion: [String]

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
