/// A token of the text, with its exact place in the original.
public struct Token: Sendable, Hashable {
    /// Where the token is in the original text.
    public let span: TextSpan
    /// The surface, matching form and expansion, shared by the tokens spelled alike (one reference
    /// instead of two strings and an array: see `TokenForms`).
    let forms: TokenForms
    /// What kind of token it is.
    public let kind: TokenKind
    /// Whether whitespace follows the token in the original text.
    public let spaceAfter: Bool

    /// The token as written (after NFC, which changes only unusual, decomposed input).
    public var text: String { forms.surface }
    /// The matching form: case-folded, apostrophes and quotation marks unified, accents typed as
    /// apostrophes restored (see `NormalizationForm.matching`).
    public var normalized: String { forms.normalized }
    /// The syntactic words of a multiword token, as Universal Dependencies splits them
    /// ("della" → "di", "la"; "portarlo" → "portar", "lo"); empty for an ordinary token.
    public var expansion: [String] { forms.expansion }

    /// Creates a token.
    public init(
        span: TextSpan, text: String, kind: TokenKind, normalized: String, spaceAfter: Bool,
        expansion: [String] = []
    ) {
        self.init(span: span, forms: TokenForms(surface: text, normalized: normalized, expansion: expansion), kind: kind, spaceAfter: spaceAfter)
    }

    /// A token whose forms come from the tokenizer's form cache.
    @inline(__always)
    init(span: TextSpan, forms: TokenForms, kind: TokenKind, spaceAfter: Bool) {
        self.span = span
        self.forms = forms
        self.kind = kind
        self.spaceAfter = spaceAfter
    }

    /// The syntactic words of the token: its expansion, or the token itself.
    public var words: [String] { expansion.isEmpty ? [text] : expansion }

    /// Whether the token stands for several syntactic words.
    public var isMultiword: Bool { !expansion.isEmpty }

    /// Tokens are equal when their spans, forms, kinds and spacing are.
    public static func == (left: Token, right: Token) -> Bool {
        left.span == right.span && left.kind == right.kind && left.spaceAfter == right.spaceAfter
            && TokenForms.same(left.forms, right.forms)
    }

    /// Hashes what `==` compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(span)
        hasher.combine(forms.surface)
        hasher.combine(forms.normalized)
        hasher.combine(forms.expansion)
        hasher.combine(kind)
        hasher.combine(spaceAfter)
    }
}
