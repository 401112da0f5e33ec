/// "È stata chiara: …", "è stato netto sui tempi: …": a copula in a compound tense and an
/// adjective of plain speaking, which news uses as a reporting verb. Only the compound form with
/// a person's agreement counts ("è chiaro che …" is impersonal), and the rules take it only before
/// a colon.
extension CueFinder {
    /// Adjectives of plain speaking after "è stato/stata".
    static let plainSpeakingAdjectives: [String: (gender: Character, plural: Bool)] = [
        "chiaro": ("m", false), "chiara": ("f", false), "chiari": ("m", true), "chiare": ("f", true), "netto": ("m", false),
        "netta": ("f", false), "netti": ("m", true), "nette": ("f", true), "esplicito": ("m", false), "esplicita": ("f", false),
        "categorico": ("m", false), "categorica": ("f", false),
    ]

    /// The lemma the rules know this cue by.
    static let predicateCueLemma = "essere chiaro"

    /// The cue at token `index`, a participle of essere, when the auxiliary comes before it and an
    /// agreeing adjective of plain speaking after it.
    func predicateCue(at index: Int, in range: Range<Int>) -> CueGroup? {
        guard document.has(.essereParticiple, index), index > range.lowerBound, index + 1 < range.upperBound,
            document.has(.plainSpeakingAdjective, index + 1), let adjective = Self.plainSpeakingAdjectives[document.form(index + 1)],
            let auxiliary = ReportingVerbLexicon.auxiliary(document.form(index - 1)), auxiliary.lemma == "essere"
        else { return nil }
        let participle = document.form(index)
        let gender: Character = participle.hasSuffix("a") || participle.hasSuffix("e") ? "f" : "m"
        let plural = participle.hasSuffix("i") || participle.hasSuffix("e")
        guard gender == adjective.gender, plural == adjective.plural else { return nil }
        var cue = CueGroup(
            tokens: (index - 1)...(index + 1), verb: index + 1, lemma: Self.predicateCueLemma, stance: "assertive", category: "say",
            person: 3, plural: plural, gender: gender, negated: false, hedged: auxiliary.mood == .conditional, passive: false,
            gerund: false)
        cue.leak = false
        return cue
    }
}
