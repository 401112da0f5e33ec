/// What a quotation is doing in the text.
public enum QuotationRole: String, Sendable, Hashable, Codable, CaseIterable {
    /// Somebody's words.
    case speech
    /// A scare quote or a term held at a distance: il cosiddetto «decreto sicurezza».
    case scare
    /// The title or name of a work, programme or operation: il film «La grande bellezza».
    case title
}
