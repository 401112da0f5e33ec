/// "è convinto che …", "sono persuasi che …", "era fiduciosa che …": a form of essere and an
/// adjective of conviction before "che" report what a person believes, as "ritiene che" does.
/// Only these adjectives: "è certo che", "è chiaro che" are as often impersonal ("È certo che il
/// ponte resterà chiuso") and report nobody's belief.
extension CueFinder {
    /// Adjectives of conviction, by form, with the gender and number they agree with.
    static let convictionAdjectives: [String: (gender: Character, plural: Bool)] = [
        "convinto": ("m", false), "convinta": ("f", false), "convinti": ("m", true), "convinte": ("f", true),
        "persuaso": ("m", false), "persuasa": ("f", false), "persuasi": ("m", true), "persuase": ("f", true),
        "fiducioso": ("m", false), "fiduciosa": ("f", false), "fiduciosi": ("m", true), "fiduciose": ("f", true),
    ]

    /// The lemma the rules know this cue by.
    static let beliefPredicateLemma = "essere convinto"

    /// The cue whose copula is token `index`: a finite form of essere (the auxiliary table knows
    /// them), an adjective of conviction, then "che". The caller tests the auxiliary class first,
    /// so the dictionary is consulted only after a form of essere or avere.
    func beliefPredicateCue(at index: Int, in range: Range<Int>) -> CueGroup? {
        guard index + 2 < range.upperBound, document.form(index + 2) == "che",
            let adjective = Self.convictionAdjectives[document.form(index + 1)],
            let copula = ReportingVerbLexicon.auxiliary(document.form(index)), copula.lemma == "essere"
        else { return nil }
        return CueGroup(
            tokens: index...(index + 1), verb: index + 1, lemma: Self.beliefPredicateLemma, stance: "hedged", category: "think",
            person: copula.person, plural: adjective.plural, gender: adjective.gender, negated: isNegatedBelief(before: index, in: range),
            hedged: copula.mood == .conditional, passive: false, gerund: false)
    }

    /// "non è convinto che": the belief itself is negated.
    private func isNegatedBelief(before index: Int, in range: Range<Int>) -> Bool {
        index > range.lowerBound && document.form(index - 1) == "non"
    }
}
