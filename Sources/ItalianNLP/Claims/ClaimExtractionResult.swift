/// Everything the claim extractor found in a document.
public struct ClaimExtractionResult: Sendable {
    /// The document, exactly as given; every span points into it.
    public let text: String
    /// The claims, in document order.
    public let claims: [Claim]
    /// Every paired quotation, in document order.
    public let quotations: [Quotation]
    /// The tokenised document the rules ran on.
    public let tokenized: TokenizedText

    /// Creates a result.
    public init(text: String, claims: [Claim], quotations: [Quotation], tokenized: TokenizedText) {
        self.text = text
        self.claims = claims
        self.quotations = quotations
        self.tokenized = tokenized
    }
}
