/// How a claim is attributed.
public enum ClaimKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// The speaker's own words inside quotation marks: «…», ha detto X.
    case direct
    /// Reported speech without quotation marks: X ha detto che …
    case indirect
    /// Reported speech that contains a quoted fragment: X ha detto che il piano è «una follia».
    case mixed
    /// Attribution by a preposition or locution: secondo X, per X, a detta di X, stando a X.
    case according
}
