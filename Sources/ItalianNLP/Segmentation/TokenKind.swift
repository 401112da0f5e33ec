/// What a token is.
public enum TokenKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A word, including elided forms (l’, dell’), abbreviations (Dott., S.p.A.) and
    /// hyphenated compounds (stand-by).
    case word
    /// A number: 1.000,50 · 10.30 · 7:55 · 1° · '93 · 35'.
    case number
    /// Punctuation, quotation marks included; runs such as "..." and "?!" are one token.
    case punctuation
    /// Any other symbol: %, €, +, §.
    case symbol
    /// A web address.
    case url
    /// An e-mail address.
    case email
    /// A social-media @mention.
    case mention
    /// A #hashtag.
    case hashtag
    /// An emoji, including ZWJ sequences, flags and skin-tone variants.
    case emoji
    /// A typed emoticon such as :-) or <3.
    case emoticon
}
