/// Frame stance rule: money offered to someone who then declines is rejected (−1) — "Le hanno
/// offerto uno stipendio da favola a Dubai, ha detto di no", "gli hanno proposto un contratto da
/// dirigente: ha risposto che preferisce insegnare", "tre volte gli hanno proposto di passare a
/// un fondo, tre volte ha rifiutato". What the refusal prefers is then the alternative motive
/// (`AlternativeMotive`).
///
/// The shape: the money term in a clause with a verb of offering (offrire, proporre), and in a
/// later clause of the sentence a refusal — a verb of refusing (rifiutare, declinare…), "no"
/// after a verb of saying or answering ("ha detto di no", "ha risposto no"), or a verb of
/// preferring. A refusal that a negator precedes is none ("non ha rifiutato").
struct DeclinedOffer: Sendable {
    static let name = "DeclinedOffer"
    static let offering = LemmaBridge(lemmas: ["offrire", "proporre"])
    /// Irregular forms of offrire and proporre that the inflection rules do not generate.
    static let irregularOffering: Set<String> = ["offerto", "offerta", "offerti", "offerte", "proposto", "proposta", "proposti", "proposte", "propone", "propongono"]
    static let preferring = LemmaBridge(lemmas: ["preferire"])
    /// Every verdict needs a refusal: a `refusalCue` ("no" among them) or a form opening with
    /// "prefer" (a `renouncingCue`; see `SentenceClassSummary`).
    static let gate = SentenceRuleGate(anyWordClass: [.refusalCue, .renouncingCue])
    static let answering: Set<String> = [
        "detto", "dice", "dicono", "disse", "risposto", "risponde", "rispondono", "rispose", "replicato", "replica",
    ]

    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        guard occurrence.term.frame == "money" else { return nil }
        let state = context.state
        let clause = state.clauseStart(before: occurrence.head)..<state.clauseEnd(from: occurrence.head)
        // The refusal first: most sentences have none, and the offering verb is then never looked up.
        guard let refusal = refusal(after: clause.upperBound, in: state), clause.contains(where: { isOffering($0, in: state) }) else { return nil }
        let negated = (max(0, refusal - 3)..<refusal).contains { state.modifierKind($0) == .negator }
        return negated ? nil : FrameStanceVerdict(stance: -1, rule: Self.name)
    }

    /// Where the refusal after `start` begins, if there is one.
    func refusal(after start: Int, in state: SentenceSentimentState) -> Int? {
        let units = state.units
        var index = start
        while index < units.count {
            let unit = units[index]
            if unit.kind == .word {
                if unit.isIn(.refusalCue) && unit.form != "no" { return index }
                // "ha detto di no", "ha risposto no"
                if unit.form == "no" && index > 0 && (Self.answering.contains(units[index - 1].form)
                    || (units[index - 1].form == "di" && index > 1 && Self.answering.contains(units[index - 2].form)))
                {
                    return index
                }
                if unit.form.hasPrefix("prefer"), let entry = Self.preferring.entry(for: unit.form), entry.derivation != .nominal { return index }
            }
            index += 1
        }
        return nil
    }

    private func isOffering(_ index: Int, in state: SentenceSentimentState) -> Bool {
        let unit = state.units[index]
        guard unit.kind == .word else { return false }
        // "l'offerta" is a noun: only after an auxiliary ("hanno offerto", "ha proposto").
        if Self.irregularOffering.contains(unit.form) {
            return index > 0 && ["ha", "hanno", "aveva", "avevano", "abbiamo", "ho", "avevo", "è", "sono", "era", "stato", "stata"].contains(state.units[index - 1].form)
                || unit.form == "propone" || unit.form == "propongono"
        }
        return Self.offering.entry(for: unit.form).map { $0.derivation != .nominal } ?? false
    }
}
