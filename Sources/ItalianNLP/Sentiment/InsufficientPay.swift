/// Frame stance rule: pay said not to be enough is pay evaluated negatively (−1) — "uno stipendio
/// che non basta per un affitto", "con quella paga non si arriva", "i compensi non bastano a
/// coprire le spese", "una retribuzione che non è sufficiente". No polarity word carries it
/// (*bastare* has no prior polarity: "basta!" is a complaint of its own), so the negation has
/// nothing to turn and the term was read as asserted.
///
/// A money term followed, in its clause and within six units, by a negator (non, mai) and a
/// verb of sufficing (bastare, bastava, basterà…, "è sufficiente", coprire), or by "insufficiente".
/// A choice made for that reason is a motive (`ReasonToLeave`, earlier in the chain: "me ne sono
/// andata perché lo stipendio non bastava" is +1).
struct InsufficientPay: Sendable {
    static let name = "InsufficientPay"
    static let sufficing = LemmaBridge(lemmas: ["bastare", "coprire"])
    static let negators: FormSet = ["non", "mai"]

    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        guard occurrence.term.frame == "money", occurrence.evokedBy == nil else { return nil }
        let units = context.state.units
        let end = min(context.state.clauseEnd(from: occurrence.units.upperBound), occurrence.units.upperBound + 6)
        var negated = false
        for position in occurrence.units.upperBound..<end where units[position].kind == .word {
            let form = units[position].form
            if form == "insufficiente" || form == "insufficienti" { return FrameStanceVerdict(stance: -1, rule: Self.name) }
            if Self.negators.contains(form) {
                negated = true
                continue
            }
            guard negated else { continue }
            if form == "sufficiente" || form == "sufficienti" { return FrameStanceVerdict(stance: -1, rule: Self.name) }
            if let entry = Self.sufficing.entry(for: form), entry.derivation != .nominal {
                return FrameStanceVerdict(stance: -1, rule: Self.name)
            }
        }
        return nil
    }
}
