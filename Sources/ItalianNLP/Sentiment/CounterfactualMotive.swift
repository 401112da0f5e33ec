/// Frame stance rule: a motive supposed contrary to fact is denied (−1) — "Se fosse per i soldi,
/// avrei smesso da anni", "Se l'avessi fatto per i soldi, sarei rimasto in banca", "se lavorassi
/// per passione lo farei gratis". A condition in the past subjunctive says that it is not so, and
/// the motive it supposes is the one the speaker did not have.
///
/// The shape: the term right after "per" (an article may come between), in a clause opened by
/// "se" that has, within four words of it, a past subjunctive (fosse, avessi, lavorassi,
/// facessi…).
struct CounterfactualMotive: Sendable {
    static let name = "CounterfactualMotive"
    /// Past subjunctives of essere and avere.
    static let auxiliaries: Set<String> = [
        "fossi", "fosse", "fossimo", "foste", "fossero", "avessi", "avesse", "avessimo", "aveste", "avessero",
    ]
    static let endings = ["asse", "esse", "isse", "assi", "essi", "issi", "assero", "essero", "issero"]

    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        let state = context.state
        let article = FrameTermMatcher.articles.contains(context.form(occurrence.head - 1)) ? 1 : 0
        let marker = occurrence.head - 1 - article
        guard context.form(marker) == "per" else { return nil }
        let start = state.clauseStart(before: marker)
        // "se" in the clause, then a past subjunctive within four words after it and before "per".
        guard let condition = (start..<marker).first(where: { state.units[$0].form == "se" }) else { return nil }
        // "Alla domanda se lo avesse fatto per i soldi o per un ideale": a "se" after a word of
        // asking opens an indirect question, whose subjunctive supposes nothing (`NeutralMention`).
        if context.occurrences.count >= 2 && NeutralMention().isIndirectEitherOr(context) { return nil }
        var words = 0
        var position = condition + 1
        while position < marker && words < 4 {
            let unit = state.units[position]
            if unit.kind == .word {
                if Self.isPastSubjunctive(unit.form) { return FrameStanceVerdict(stance: -1, rule: Self.name) }
                words += 1
            }
            position += 1
        }
        return nil
    }

    /// Whether a form is a past subjunctive: of essere or avere, or a regular one (-asse, -essi…).
    static func isPastSubjunctive(_ form: String) -> Bool {
        if auxiliaries.contains(form) { return true }
        return form.count > 5 && endings.contains { form.hasSuffix($0) }
    }
}
