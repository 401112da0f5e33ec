/// Frame rule: pay that does not last the month is pay evaluated negatively (−1), and an idiom of
/// being broke evokes the money frame by itself — "il ventotto ho già il conto in rosso", "siamo
/// sempre al verde", "dello stipendio non resta nulla", "la tredicesima evapora in due giorni",
/// "con quella paga si tira la cinghia". No polarity word carries the complaint, so the term was
/// read as asserted. The frame fixture's guideline: where no choice is stated, a mention follows
/// the sign of its evaluation.
///
/// A phrase of the `scarcity` class of `FrameEvokingClasses` in the sentence: a money term of the
/// sentence is judged −1 (`verdict`, after the rules of choice, so that leaving over it stays a
/// motive); where no money term is written, a phrase whose `evokes` column is "yes" (the idioms
/// that speak of money by themselves: "conto in rosso", "al verde", "tirare la cinghia") evokes
/// it, −1. The others ("non resta niente", "evapora", "non ci arrivo") only judge a money term:
/// alone they speak of anything. The phrases are data (`FrameEvokingClasses`).
struct ScarcePay: Sendable {
    static let name = "ScarcePay"
    /// It needs a word of a scarcity phrase (`scarcityCue`).
    static let gate = SentenceRuleGate(anyWordClass: .scarcityCue)
    static let salience = 0.6
    /// The phrases that evoke money by themselves.
    static let evoking = FrameEvokingClasses.shared.scarcity.filter(\.evokes)

    /// The money evoked by an idiom of being broke, in a sentence that names no money term.
    func evoked(in state: SentenceSentimentState, occurrences: [FrameOccurrence]) -> FrameOccurrence? {
        guard !occurrences.contains(where: { $0.term.frame == "money" }) else { return nil }
        guard let found = FrameEvokingClasses.firstPhrase(of: Self.evoking, in: state.units) else { return nil }
        return FrameOccurrence(evoking: "money", by: Self.name, weight: Self.salience, units: found.units)
    }

    /// A money term in a sentence that says the pay does not last: −1. Not across a contrast (in
    /// "ci chiedono di stringere la cinghia, ma gli azionisti si spartiscono i dividendi" the
    /// dividends are not what runs short), and not beside a verb of quitting (`quitting`: "non ci
    /// arrivo: a settembre mollo" makes the pay the reason for a choice, which the guideline reads
    /// as a motive).
    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        guard occurrence.term.frame == "money", occurrence.evokedBy == nil else { return nil }
        let units = context.state.units
        guard let found = FrameEvokingClasses.firstPhrase(of: FrameEvokingClasses.shared.scarcity, in: units),
            context.sides[found.units.lowerBound] == context.sides[occurrence.head]
        else { return nil }
        // Any reading of a quitting verb counts ("mollo" is also an adjective): a guard may be wide.
        let quitting = FrameEvokingClasses.shared.quitting
        if units.contains(where: { $0.kind == .word && quitting.entry(for: $0.form) != nil }) { return nil }
        return FrameStanceVerdict(stance: -1, rule: Self.name)
    }
}
