/// Frame stance rule: pay that people complain of is evaluated as poor (−1) — "i preti giovani
/// lamentano di dover vivere con 900 euro al mese", "si lamentano della paga", "è questa la paga
/// dei facchini, denuncia il sindacato". The frame fixture's guideline: where no choice is stated,
/// a mention follows the sign of its evaluation, and a complaint is one (a figure alone is neutral,
/// the same figure complained of is not). A strike or a protest is a demand, not a complaint:
/// `PayProtest` runs first and gives it +1.
///
/// A money term in a sentence with a verb or noun of complaining (`complaints`) that no negator
/// stands right before ("non si lamenta dello stipendio" complains of nothing).
struct ComplainedPay: Sendable {
    static let name = "ComplainedPay"
    /// Verbs of complaining and denouncing, in any form (lamentano, si lamentava, lamentela,
    /// denuncia, denunciano, si lagnano).
    static let complaints = LemmaBridge(lemmas: ["lamentare", "lamentela", "lagnare", "denunciare"])
    /// Every verdict needs a form of `complaints` (`complaintCue`; see `SentenceClassSummary`).
    static let gate = SentenceRuleGate(anyWordClass: .complaintCue)

    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        guard occurrence.term.frame == "money", occurrence.evokedBy == nil else { return nil }
        let units = context.state.units
        for index in units.indices where units[index].kind == .word && !units[index].isIn(.functionWord) && !context.isFrameUnit(index) {
            guard Self.complaints.entry(for: units[index].form) != nil else { continue }
            // "non si lamenta", "non lamento nulla": a complaint denied (a reflexive clitic may
            // stand between).
            let before = index > 0 && ["si", "mi", "ti", "ci", "vi"].contains(units[index - 1].form) ? index - 2 : index - 1
            if before >= 0 && NegatedFrame.isFrameNegator(before, in: context.state) { return nil }
            return FrameStanceVerdict(stance: -1, rule: Self.name)
        }
        return nil
    }
}
