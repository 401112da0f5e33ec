/// Frame stance rule: "Bella X, peccato che Y" — praise cut short by a regret is irony, and the
/// regret is a complaint: every frame of the sentence is negative (−1). "Bella la missione,
/// peccato che il contratto sia a 800 euro" (mission −1, money −1, the fixture's irony example);
/// "Bello il bene comune, peccato che…"; "Tanta passione, peccato che lo stipendio non arrivi".
/// The cue is "peccato che" (or "peccato però che") after a comma, a colon or a dash, so that the
/// regret follows something said first, not a sentence that opens with it ("Peccato che tu non
/// venga").
struct RegretClause: Sendable {
    static let name = "RegretClause"
    /// It needs "peccato" (`regretCue`; see `SentenceClassSummary`).
    static let gate = SentenceRuleGate(anyWordClass: .regretCue)

    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        let units = context.state.units
        for index in units.indices where units[index].form == "peccato" && index > 0 && units[index - 1].isClauseBoundary {
            let next = index + 1 < units.count ? units[index + 1].form : ""
            let afterThat = index + 2 < units.count ? units[index + 2].form : ""
            if next == "che" || (next == "però" && afterThat == "che") {
                return FrameStanceVerdict(stance: -1, rule: Self.name)
            }
        }
        return nil
    }
}
