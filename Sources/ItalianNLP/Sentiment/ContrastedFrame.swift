/// Frame stance rule: contrast demotes what comes before the marker and promotes what comes
/// after it — "la passione va bene, ma a fine mese voglio vedere i soldi" (mission −1, money +1);
/// "sebbene la paga sia modesta, … per la pura gioia della scoperta" (money −1, mission +1).
/// "ma anche" / "ma pure" add rather than demote: "lo stipendio conta, certo, ma conta anche…",
/// and so does a necessity: "…, ma senza fatturato non si paga nessuno" (`NecessaryMeans`).
/// What the promoted side evaluates as bad is not promoted: "si riempiono la bocca di
/// innovazione, ma poi pagano i programmatori come stagisti" (money −1, as `EvaluatedFrame` finds
/// it): the contrast turns away from the talk to the pay, and says the pay is poor.
/// Only an evaluation on the promoted side counts: what is demoted stays demoted, however good
/// ("guadagna bene, ma …").
struct ContrastedFrame: Sendable {
    static let name = "ContrastedFrame"
    /// How bad the promoted side's own evaluation of a term must be to outweigh the promotion: an
    /// amount word at least ("come stagisti"), not a stray negative word of a condition ("ma se
    /// non mi alzano la paga me ne vado").
    static let poorEvaluation = -0.5

    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        let side = context.sides[occurrence.head]
        guard side != 0 else { return nil }
        // "Chi fa il volontario non lo fa per il rimborso, ma perché…": a clause opened by "chi"
        // names who the sentence is about, on neither side of the contrast.
        if side < 0, let first = (context.state.clauseStart(before: occurrence.head)..<occurrence.head).first(where: { context.state.units[$0].kind == .word }),
            context.state.units[first].form == "chi"
        {
            return nil
        }
        if side < 0 && isAdditiveContrast(after: occurrence.head, in: context) {
            return FrameStanceVerdict(stance: 1, rule: Self.name)
        }
        if side > 0, let poor = poorPay(occurrence, in: context) { return poor }
        return FrameStanceVerdict(stance: Double(side), rule: Self.name)
    }

    /// What the promoted clause says of the term, where it says the term is poor, or the pay none:
    /// the contrast promotes the clause, and the clause's own word on the pay stands. Work done for
    /// nothing ("…, Marta tiene gratis la contabilità della mensa"), pay in kind ("ma in pratica è
    /// un lavoro pagato con i buoni pasto") or a reward that is no pay, and pay the window judges
    /// poor ("ma poi pagano i programmatori come stagisti"). Unpaid work judged bad is pay
    /// demanded ("ma il lavoro gratuito resta sfruttamento"): the promotion stands.
    func poorPay(_ occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        let evaluation = EvaluatedFrame().evaluation(of: occurrence, in: context)
        if occurrence.term.frame == "money" {
            if occurrence.term.words.contains(where: { UnpaidWork.unpaidWords.contains($0) }) {
                let judgedBad = evaluation < 0 || (PredicateEvaluation().verdict(for: occurrence, in: context)?.stance ?? 0) < 0
                guard !judgedBad, let unpaid = UnpaidWork().verdict(for: occurrence, in: context), unpaid.stance < 0 else { return nil }
                return unpaid
            }
            if let inKind = PaidInKind().verdict(for: occurrence, in: context), inKind.stance < 0 { return inKind }
            if let reward = RewardInKind().verdict(for: occurrence, in: context), reward.stance < 0 { return reward }
        }
        // "…, ma alla prima crisi ha tagliato i progetti": a frame the promoted clause judges poor.
        if evaluation <= Self.poorEvaluation || Self.isPejorative(occurrence, in: context.state) {
            return FrameStanceVerdict(stance: -1, rule: EvaluatedFrame.name)
        }
        return nil
    }

    /// How negative a one-word term's own prior polarity must be for the term to judge itself
    /// ("sottopagato", "elemosina").
    static let pejorative = -0.3

    /// Whether the term is one word whose own lemma has a clearly negative prior polarity: "ma a
    /// me sembra solo un lavoro sottopagato" says the pay is poor by the term alone.
    static func isPejorative(_ occurrence: FrameOccurrence, in state: SentenceSentimentState) -> Bool {
        guard occurrence.term.words.count == 1, occurrence.units.count == 1 else { return false }
        let head = occurrence.head
        guard let lemma = state.lemma[head], occurrence.term.words.contains(lemma) else { return false }
        return state.base[head] <= pejorative
    }

    /// Whether the contrast marker after `index` is followed closely by "anche"/"pure".
    private func isAdditiveContrast(after index: Int, in context: FrameStanceContext) -> Bool {
        let state = context.state
        var position = index + 1
        while position < state.units.count {
            if state.modifierKind(position) == .contrastAfter {
                // "…, ma senza fatturato non si paga nessuno": a necessity adds (`NecessaryMeans`).
                if NecessaryMeans.isNecessity(after: position, in: state) { return true }
                for look in (position + 1)..<min(state.units.count, position + 4) where ["anche", "pure"].contains(state.units[look].form) {
                    return true
                }
                return false
            }
            position += 1
        }
        return false
    }
}
