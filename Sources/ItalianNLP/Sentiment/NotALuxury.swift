/// Frame stance rule: a frame said not to be something dispensable is asserted (+1) — "pagare
/// bene gli insegnanti non è un lusso" (money +1), "la solidarietà non è un optional", "la
/// ricerca di base non è uno spreco", "non è un regalo, lo stipendio: è un diritto". Denying
/// that a thing is a luxury, a waste, a cost or a favour says that it is needed; the negation
/// falls on the predicate, not on the frame, so `NegatedFrame` (which would reject the
/// subject of "non è") must not see it.
///
/// The shape: in one clause, "non" + a copula ("è", "sono", "era", "sarà"…; "mai", "affatto",
/// "stato" may come between) + an optional article + a noun of `dispensable`, with the term
/// before "non" (the subject, at most eight units before it) or after the noun (a postponed
/// subject: "non è un lusso pagare bene chi insegna"). "Non è un lusso che posso permettermi"
/// says the opposite, and is left alone.
struct NotALuxury: Sendable {
    static let name = "NotALuxury"
    /// Every verdict needs a "non" that is a negator (`SentenceClassSummary`).
    static let gate = SentenceRuleGate(allFindings: .negator)

    /// Nouns of something one could do without.
    static let dispensable: Set<String> = [
        "lusso", "optional", "spreco", "costo", "capriccio", "privilegio", "regalo", "favore", "sfizio", "extra",
        "accessorio", "dettaglio", "superfluo", "concessione", "elemosina", "vezzo",
    ]
    static let copulas: Set<String> = ["è", "sono", "era", "erano", "sarà", "saranno", "sia", "siano", "fu", "sarebbe"]
    /// Words that may stand between the copula and the noun without changing the denial.
    static let fillers: Set<String> = ["mai", "affatto", "certo", "mica", "stato", "stata", "stati", "state", "proprio", "più"]
    /// How far before "non" the subject term may start.
    static let subjectReach = 8

    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        let clause = context.state.clauseStart(before: occurrence.head)..<context.state.clauseEnd(from: occurrence.head)
        // The subject before "non": the first "non" after the term, in its clause.
        var negator = occurrence.units.upperBound
        while negator < clause.upperBound && negator - occurrence.units.upperBound <= Self.subjectReach && !isNon(negator, in: context) {
            negator += 1
        }
        if negator < clause.upperBound && isNon(negator, in: context), dispensableNoun(afterNegator: negator, in: context) != nil {
            return FrameStanceVerdict(stance: 1, rule: Self.name)
        }
        // A postponed subject: "non è un lusso pagare bene chi insegna".
        for index in clause where index < occurrence.head && isNon(index, in: context) {
            if let noun = dispensableNoun(afterNegator: index, in: context), noun < occurrence.head {
                return FrameStanceVerdict(stance: 1, rule: Self.name)
            }
        }
        return nil
    }

    /// Whether the unit is the negator "non" (the modifier kind first: no string compared elsewhere).
    private func isNon(_ index: Int, in context: FrameStanceContext) -> Bool {
        context.state.modifierKind(index) == .negator && context.state.units[index].form == "non"
    }

    /// The index of the dispensable noun that the denial at `negator` names, if it names one.
    func dispensableNoun(afterNegator negator: Int, in context: FrameStanceContext) -> Int? {
        let units = context.state.units
        var position = negator + 1
        guard position < units.count, Self.copulas.contains(units[position].form) else { return nil }
        position += 1
        while position < units.count && Self.fillers.contains(units[position].form) { position += 1 }
        if position < units.count && FrameTermMatcher.articles.contains(units[position].form) { position += 1 }
        guard position < units.count, Self.dispensable.contains(units[position].form), !context.isFrameUnit(position) else { return nil }
        // "non è un lusso che posso permettermi": a luxury one cannot afford.
        let after = (position + 1)..<min(units.count, position + 6)
        if after.contains(where: { units[$0].form.hasPrefix("permett") }) { return nil }
        return position
    }
}
