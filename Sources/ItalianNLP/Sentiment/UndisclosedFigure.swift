/// Frame stance rule: a figure that is "not disclosed" is mentioned, not rejected (0) — "Lo
/// stipendio del direttore non è stato reso noto", "l'annuncio non indica la retribuzione", "la
/// cifra dell'ingaggio non è stata comunicata". The negation is the scope of the verb of
/// disclosing, not of the frame term: nobody denies the pay by leaving it unpublished, so the
/// frame fixture's guideline for reports and figures (stance 0) applies, where `NegatedFrame`
/// would read a rejection.
///
/// The shape: in the term's clause, a negator followed within four units by a form of a verb of
/// disclosing (`disclosing`: indicare, comunicare, rivelare, divulgare…) or by "noto/nota" ("non
/// è noto", "non è stato reso noto"). A verb of disclosing without a negator is left to the other
/// rules.
struct UndisclosedFigure: Sendable {
    static let name = "UndisclosedFigure"
    /// Forms of the verbs of disclosing, and the adjective of "rendere noto".
    static let disclosing: FormSet = [
        "noto", "nota", "noti", "note", "pubblico", "pubblica", "pubblici", "pubbliche",
        "indica", "indicano", "indicato", "indicata", "indicati", "indicate",
        "comunica", "comunicano", "comunicato", "comunicata", "comunicati", "comunicate",
        "rivela", "rivelano", "rivelato", "rivelata", "rivelati", "rivelate",
        "divulga", "divulgano", "divulgato", "divulgata", "divulgati", "divulgate",
        "specifica", "specificano", "specificato", "specificata", "specificati", "specificate",
        "dichiarato", "dichiarata", "dichiarati", "dichiarate", "svelato", "svelata", "svelati", "svelate",
        "precisato", "precisata", "menzionato", "menzionata", "menzionati", "menzionate",
    ]
    /// How far after the negator the verb may come ("non è stato reso noto": four units).
    static let reach = 4

    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        let state = context.state
        let start = state.clauseStart(before: occurrence.head)
        let end = state.clauseEnd(from: occurrence.head)
        for index in start..<end where state.modifierKind(index) == .negator {
            let last = min(end - 1, index + Self.reach)
            guard index + 1 <= last else { continue }
            for position in (index + 1)...last where !occurrence.units.contains(position) && Self.disclosing.contains(state.units[position].form) {
                // "pubblico" only as "reso/resa pubblico": "non è un dato pubblico" judges nothing, but
                // "il settore pubblico" is another sense; "nota" only after a copula or "reso".
                let before = position > 0 ? state.units[position - 1].form : ""
                if ["noto", "nota", "noti", "note", "pubblico", "pubblica", "pubblici", "pubbliche"].contains(state.units[position].form),
                    !["reso", "resa", "resi", "rese", "è", "sono", "era", "erano", "stato", "stata", "stati", "state"].contains(before)
                {
                    continue
                }
                return FrameStanceVerdict(stance: 0, rule: Self.name)
            }
        }
        return nil
    }
}
