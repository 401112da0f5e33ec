/// A pair of quotation marks and what they enclose.
public struct Quotation: Sendable, Hashable {
    /// The text inside the marks (for a quotation over several paragraphs that reopens each
    /// paragraph, from after the first opening mark to before the last closing one).
    public var content: TextSpan
    /// The opening mark.
    public var opening: TextSpan
    /// The closing mark, or nil when the quotation is never closed.
    public var closing: TextSpan?
    /// Nesting depth: 0 for an outermost quotation.
    public var depth: Int
    /// What the quotation is doing.
    public var role: QuotationRole
    /// The index of the claim it belongs to, in the document's claims, when it is speech.
    public var claim: Int?

    /// Creates a quotation.
    public init(content: TextSpan, opening: TextSpan, closing: TextSpan?, depth: Int, role: QuotationRole, claim: Int? = nil) {
        self.content = content
        self.opening = opening
        self.closing = closing
        self.depth = depth
        self.role = role
        self.claim = claim
    }
}
