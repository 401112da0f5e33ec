/// Frame stance rule: what a negated comparison measures against is asserted (+1), not negated —
/// "il volontariato non può sostituire un servizio pubblico con personale retribuito", "nessun
/// algoritmo eguaglia la curiosità di un bambino". The term follows a verb of replacing or
/// equalling (sostituire, rimpiazzare, eguagliare, valere, battere, superare, compensare, ripagare:
/// "nessun premio potrà ripagare la gioia di…") that
/// follows a negator of the same clause; negation applies to the comparison, and the standard
/// of comparison is what the sentence upholds.
struct NegatedComparison: Sendable {
    static let name = "NegatedComparison"
    /// Every verdict needs a form of `verbs` (`comparisonVerb`; see `SentenceClassSummary`).
    static let gate = SentenceRuleGate(anyWordClass: .comparisonVerb)
    static let verbs = LemmaBridge(lemmas: [
        "sostituire", "rimpiazzare", "eguagliare", "uguagliare", "valere", "battere", "superare", "compensare", "ripagare", "ricompensare",
    ])

    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        let state = context.state
        var position = occurrence.head - 1
        var comparison = false
        while position >= 0 && !state.units[position].isClauseBoundary && occurrence.head - position <= 14 {
            if state.modifierKind(position) == .contrastAfter || state.units[position].form == "che" { return nil }
            // `comparisonVerb`: a form of `verbs` that is not nominal, worked out once per form.
            if !comparison, state.units[position].isIn(.comparisonVerb) {
                comparison = true
            } else if comparison && NegatedFrame.isFrameNegator(position, in: state) {
                return FrameStanceVerdict(stance: 1, rule: Self.name)
            } else if NegatedFrame.isFrameNegator(position, in: state) {
                return nil
            }
            position -= 1
        }
        return nil
    }
}
