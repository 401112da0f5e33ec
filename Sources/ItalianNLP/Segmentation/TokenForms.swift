/// The spelled forms of a token: its surface, its matching form and its multiword expansion.
///
/// One instance is shared by every token with the same spelling (the per-thread form cache hands
/// out the same object), so a `Token` holds one reference instead of two strings and an array:
/// one retain and one release a token instead of three, and a smaller token (a long document holds
/// millions of them, and their size decides how much memory a tokenisation writes and reads back).
final class TokenForms: Sendable {
    /// The token as written (NFC).
    let surface: String
    /// The matching form (`MatchingForm`).
    let normalized: String
    /// The syntactic words of a multiword token; empty for an ordinary token.
    let expansion: [String]

    init(surface: String, normalized: String, expansion: [String]) {
        self.surface = surface
        self.normalized = normalized
        self.expansion = expansion
    }

    /// Whether two form sets spell the same: the same object, or equal fields.
    @inline(__always)
    static func same(_ left: TokenForms, _ right: TokenForms) -> Bool {
        left === right
            || (left.surface == right.surface && left.normalized == right.normalized && left.expansion == right.expansion)
    }
}
