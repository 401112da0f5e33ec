/// Frame stance rule: frames said to go together are both asserted (+1) — "soldi e ideali non si
/// escludono", "guadagno e impatto non sono in contrasto", "profitto e bene comune si possono
/// conciliare". The cue is a negated word of exclusion or conflict (escludersi, contrasto,
/// contraddizione, incompatibile, alternativi) or a word of compatibility that is not negated
/// (conciliare, compatibili, convivere, coesistere), in the clause of the frame term and with two
/// frames in the sentence. An indirect or direct question ("discuteranno se il profitto sia
/// compatibile con…", "sono compatibili?") asserts nothing and is left to `NeutralMention`.
struct CompatibleFrames: Sendable {
    static let name = "CompatibleFrames"
    static let exclusion = LemmaBridge(lemmas: [
        "escludere", "escludersi", "contrastare", "contraddire", "contrasto", "contraddizione", "incompatibile", "alternativo",
        "conflitto", "opporre", "opposto",
    ])
    static let compatibility = LemmaBridge(lemmas: ["conciliare", "conciliabile", "compatibile", "convivere", "coesistere"])
    /// Every verdict needs a form of `exclusion` or `compatibility` (`compatibilityCue`; see
    /// `SentenceClassSummary`).
    static let gate = SentenceRuleGate(anyWordClass: .compatibilityCue)

    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        // Two frames at least: an occurrence of a frame other than the first one's (no set built).
        guard let first = context.occurrences.first, context.occurrences.contains(where: { $0.term.frame != first.term.frame }) else { return nil }
        let state = context.state
        if state.units.last?.hasQuestionMark == true { return nil }
        let start = state.clauseStart(before: occurrence.head)
        let end = state.clauseEnd(from: occurrence.head)
        for index in start..<end where state.units[index].kind == .word && !context.isFrameUnit(index) {
            let form = state.units[index].form
            // "non sono obiettivi in contrasto": the negator may stand a few words before the cue.
            let negated = (max(start, index - 5)..<index).contains { state.modifierKind($0) == .negator }
            let cue = negated ? Self.exclusion.entry(for: form) != nil : Self.compatibility.entry(for: form) != nil
            guard cue else { continue }
            if (start..<index).contains(where: { state.units[$0].form == "se" }) { return nil }
            return FrameStanceVerdict(stance: 1, rule: Self.name)
        }
        return nil
    }
}
