/// Frame stance rule: unpaid work refused is pay wanted (+1) — "Non lavoro gratis, per nessuno",
/// "non si lavora gratis", "io gratis non suono più", "nessuno dovrebbe lavorare gratis". The
/// frame fixture's guideline: money as the reason for a choice is +1, and declining unpaid work
/// is such a choice. `NegatedFrame` would read the negation as a rejection of the money term; the
/// term says "for free", so denying it asks for pay.
///
/// The shape: the occurrence holds a word of `UnpaidWork.unpaidWords` (gratis, gratuito…), and a
/// negator ("non", "mai", "nessuno") comes within seven units before it in its clause (a chain of
/// verbs may come between: "non posso permettermi di lavorare gratis"), or within
/// two after it ("gratis non suono"), or "nessuno" opens its clause as the subject ("nessuno fa le
/// notti in corsia gratis"). A copula between them makes a price ("l'ingresso non è
/// gratis"), which is left to the other rules.
struct RefusedUnpaidWork: Sendable {
    static let name = "RefusedUnpaidWork"
    static let copulas: FormSet = ["è", "sono", "era", "erano", "sarà", "saranno", "sia", "siano", "fosse"]

    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        guard occurrence.term.frame == "money" else { return nil }
        let state = context.state
        let units = state.units
        guard occurrence.units.contains(where: { UnpaidWork.unpaidWords.contains(units[$0].form) }) else { return nil }
        // Seven units reach the negator of a chain of verbs before the term ("non posso
        // permettermi di lavorare gratis").
        let start = max(state.clauseStart(before: occurrence.head), occurrence.head - 7)
        let end = min(state.clauseEnd(from: occurrence.head), occurrence.units.upperBound + 2)
        let window = Array(start..<occurrence.head) + Array(occurrence.units.upperBound..<max(occurrence.units.upperBound, end))
        // "ma nessuno fa le notti in pronto soccorso gratis": "nessuno" as the clause's subject.
        let clauseStart = state.clauseStart(before: occurrence.head)
        let subject = (clauseStart..<min(occurrence.head, clauseStart + 3)).first { units[$0].form == "nessuno" }
        guard let negator = window.first(where: { state.modifierKind($0) == .negator }) ?? subject else { return nil }
        let between = negator < occurrence.head ? (negator + 1)..<occurrence.head : occurrence.units.upperBound..<negator
        if between.contains(where: { Self.copulas.contains(units[$0].form) }) { return nil }
        return FrameStanceVerdict(stance: 1, rule: Self.name)
    }
}
