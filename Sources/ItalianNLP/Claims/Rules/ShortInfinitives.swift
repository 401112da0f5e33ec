/// The short-infinitive rule: "ha accusato l'opposizione di fare ostruzionismo", "ha promesso di
/// farlo entro l'estate", "ha chiesto al governo di opporsi alla proposta". The infinitive test
/// after "di" (``isInfinitiveLike(_:)``) wanted a stem before the ending, and knew the truncated
/// forms before a clitic only in -ar, -er, -ir: "fare", "dire", "dare", "stare" (and "far",
/// "dir" in "farlo", "dirlo") and "oppor", "condur" (in "opporsi", "condurlo") were no
/// infinitives, and the request or accusation was missed.
extension AttributionContext {
    /// Infinitives whose whole word is no longer than their ending, with their truncated forms.
    static let shortInfinitives: Set<String> = ["fare", "dare", "dire", "stare", "far", "dar", "dir", "star"]

    /// Whether `word` (a token's first word, lower case) is a short infinitive or, for a word
    /// joined to a clitic (`joinedToClitic`), an -rre verb truncated before it ("oppor", "condur").
    func isShortOrTruncatedInfinitive(_ word: String, joinedToClitic: Bool) -> Bool {
        if Self.shortInfinitives.contains(word) { return true }
        guard joinedToClitic, word.count >= 4, word.hasSuffix("or") || word.hasSuffix("ur") else { return false }
        return MultiwordExpansion.infinitives.contains(word + "re")
    }
}
