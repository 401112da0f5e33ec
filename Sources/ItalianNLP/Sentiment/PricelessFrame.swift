/// Frame stance rule: a mission that "cannot be bought" is asserted (+1), not negated — "gli
/// ideali non si comprano", "la dignità non si vende", "la passione non ha prezzo", "la
/// vocazione non si misura in euro". The negation denies that the value is for sale, which
/// affirms the value. The mission term opens the clause as its subject, and within four words
/// after it comes a negator and then a verb of buying, selling or pricing (or *prezzo*).
struct PricelessFrame: Sendable {
    static let name = "PricelessFrame"
    /// Verbs of buying, selling and pricing, in any form.
    static let verbs = LemmaBridge(lemmas: ["comprare", "vendere", "acquistare", "comperare", "monetizzare", "misurare", "quantificare"])
    /// "non ha prezzo", "non ha un prezzo".
    static let priceNouns: FormSet = ["prezzo", "prezzi", "cartellino"]
    static let reach = 4
    /// Every verdict needs a negator (`SentenceClassSummary`).
    static let gate = SentenceRuleGate(allFindings: .negator)

    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        guard occurrence.term.frame == "mission" else { return nil }
        let state = context.state
        var position = occurrence.units.upperBound
        var negated = false
        var words = 0
        while position < state.units.count && words < Self.reach && !state.units[position].isClauseBoundary {
            let unit = state.units[position]
            if state.modifierKind(position) == .negator { negated = true }
            if negated && unit.kind == .word {
                if Self.priceNouns.contains(unit.form) { return FrameStanceVerdict(stance: 1, rule: Self.name) }
                if let entry = Self.verbs.entry(for: unit.form), entry.derivation != .nominal {
                    return FrameStanceVerdict(stance: 1, rule: Self.name)
                }
            }
            if unit.kind == .word && !negated { words += 1 }
            position += 1
        }
        return nil
    }
}
