/// Frame stance rule: what nothing can be done without is asserted as necessary (+1) — "senza
/// fatturato non si paga nessuno", "senza utili non potremmo assumere nessuno", "senza passione
/// non si fa questo mestiere". The negation that follows "senza X" is the consequence of X's
/// absence, not a rejection: X and the frame of the negated consequence are both wanted. A
/// contrast that opens such a necessity adds to what came before it rather than demoting it
/// ("abbiamo fondato la cooperativa per restituire qualcosa al quartiere, ma senza fatturato non
/// si paga nessuno": mission and money +1; `isNecessity`, read by `ContrastedFrame`).
///
/// The shape: "senza" opening its clause (after "ma", "perché"… at most), then within `reach`
/// units of the same clause a "non"; the term is after "senza", as the means or in the
/// negated consequence. "Lavora senza stipendio e non si lamenta" is unpaid work: "senza" does
/// not open the clause. It runs before `NegatedFrame`.
struct NecessaryMeans: Sendable {
    static let name = "NecessaryMeans"
    /// How far the negator of the consequence may stand from "senza".
    static let reach = 8

    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        let state = context.state
        let start = state.clauseStart(before: occurrence.head)
        guard let senza = (start..<occurrence.head).last(where: { state.units[$0].form == "senza" }),
            // "senza" opens its clause: "lavora senza stipendio e non si lamenta" is unpaid work.
            (start..<senza).allSatisfy({ Self.openers.contains(state.units[$0].form) }),
            let negator = Self.consequenceNegator(after: senza, in: state),
            // The means ("senza fatturato") or the consequence's own frame ("non si paga nessuno").
            occurrence.head < state.clauseEnd(from: negator)
        else { return nil }
        return FrameStanceVerdict(stance: 1, rule: Self.name)
    }

    /// Words that may open the clause before "senza".
    static let openers: FormSet = ["ma", "e", "però", "perché", "poiché", "che", "tanto", "eppure", "comunque", "infatti", "anche"]

    /// The frame negator of the consequence of "senza" at `senza`: within `reach` units after it
    /// in its clause, past at least one word.
    static func consequenceNegator(after senza: Int, in state: SentenceSentimentState) -> Int? {
        let units = state.units
        var position = senza + 2
        while position < units.count && position - senza <= reach && !units[position].isClauseBoundary {
            // Only "non" makes a consequence: "senza chiedere mai una lira" is one negation.
            if state.modifier[position]?.phrase == "non" && NegatedFrame.isFrameNegator(position, in: state) { return position }
            position += 1
        }
        return nil
    }

    /// Whether a necessity opens right after the contrast marker at `marker` ("ma senza X non…").
    static func isNecessity(after marker: Int, in state: SentenceSentimentState) -> Bool {
        let start = state.afterModifier(marker)
        guard start < state.units.count, state.units[start].form == "senza" else { return false }
        return consequenceNegator(after: start, in: state) != nil
    }
}
