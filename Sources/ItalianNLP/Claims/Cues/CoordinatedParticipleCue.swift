/// The coordinated-participle cue: "Il sindaco ha ringraziato i volontari e annunciato che la festa
/// si farà", "La presidente ha incontrato i sindacati e spiegato loro che …". A participle after
/// "e" shares the auxiliary of the verb group coordinated before it; without the rule a reporting
/// participle without its own auxiliary was no cue, and the claim was missed.
///
/// The auxiliary is a finite form of "avere" (reporting verbs take it) at most
/// ``longestCoordinatedVerbGroup`` tokens back, with only words, commas and numbers between it and
/// the "e" — no other auxiliary, no full stop, colon or quotation mark.
extension CueFinder {
    /// The most tokens between the shared auxiliary and the coordinated participle.
    static let longestCoordinatedVerbGroup = 14

    /// The cue of a reporting participle at token `index` (whose readings are `forms`) coordinated
    /// with an earlier verb group by "e"/"ed"; nil when it is none.
    func coordinatedParticipleCue(at index: Int, forms: [CueForm], in range: Range<Int>) -> CueGroup? {
        guard index - 1 > range.lowerBound, ["e", "ed"].contains(document.form(index - 1)) else { return nil }
        var position = index - 2
        while position >= range.lowerBound, index - position <= Self.longestCoordinatedVerbGroup {
            if document.has(.auxiliary, position) {
                guard let auxiliary = ReportingVerbLexicon.auxiliary(document.form(position)), auxiliary.lemma == "avere",
                    auxiliary.person == 3
                else { return nil }
                return makeCoordinatedCue(verb: index, form: forms[0], auxiliary: auxiliary, in: range)
            }
            let token = document.tokens[position]
            guard token.kind != .punctuation || token.text == "," else { return nil }
            position -= 1
        }
        return nil
    }

    private func makeCoordinatedCue(
        verb: Int, form: CueForm, auxiliary: (lemma: String, person: Int, number: GrammaticalNumber, mood: Mood, tense: Tense),
        in range: Range<Int>
    ) -> CueGroup {
        CueGroup(
            tokens: verb...verb, verb: verb, lemma: form.lemma, stance: form.stance, category: form.category, person: auxiliary.person,
            plural: auxiliary.number == .plural, gender: nil, negated: false, hedged: auxiliary.mood == .conditional, passive: false,
            gerund: false)
    }
}
