/// Frame stance rule: unpaid work is pay evaluated negatively (−1) — "gli stagisti lavorano
/// gratis da mesi", "il lavoro gratuito degli specializzandi", "turno in ambulanza, zero euro".
/// It covers the money terms that say "for free" (gratis, lavoro gratuito, lavorare gratis) and
/// a money term counted as zero ("zero euro", "zero stipendio"). A choice about unpaid work is
/// decided earlier by the corrective, negation and renouncing rules.
struct UnpaidWork: Sendable {
    static let name = "UnpaidWork"
    static let unpaidWords: Set<String> = ["gratis", "gratuito", "gratuita", "gratuitamente"]

    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        guard occurrence.term.frame == "money" else { return nil }
        if occurrence.term.words.contains(where: { Self.unpaidWords.contains($0) }) {
            return FrameStanceVerdict(stance: -1, rule: Self.name)
        }
        if context.form(occurrence.head - 1) == "zero" {
            return FrameStanceVerdict(stance: -1, rule: Self.name)
        }
        return nil
    }
}
