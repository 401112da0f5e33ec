/// Frame stance rule: pay that workers strike or protest over is what they want (+1) — "i rider
/// scioperano contro il nuovo sistema che abbassa i compensi", "presidio davanti alla prefettura
/// per il rinnovo del contratto". The frame fixture's guideline: money as the reason for a
/// choice is +1, even when the reason is that there was too little of it (demanding a raise).
///
/// A money term in a sentence that names a strike or a protest (`protests`) and no mission term.
/// It runs before the rules that would read "abbassa i compensi" as a poor evaluation of pay.
struct PayProtest: Sendable {
    static let name = "PayProtest"
    /// Every verdict needs a form of `protests` (`protestCue`; see `SentenceClassSummary`).
    static let gate = SentenceRuleGate(anyWordClass: .protestCue)
    /// Forms of striking and protesting.
    static let protests: FormSet = [
        "sciopero", "scioperi", "sciopera", "scioperano", "scioperare", "scioperato", "scioperanti", "scioperiamo",
        "protesta", "protestano", "protestare", "protestato", "proteste", "protestiamo", "mobilitazione", "mobilitazioni",
        "presidio", "presidi", "vertenza", "vertenze", "picchetto", "picchetti",
    ]

    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        guard occurrence.term.frame == "money", occurrence.evokedBy == nil else { return nil }
        guard !context.occurrences.contains(where: { $0.term.frame == "mission" }) else { return nil }
        guard context.state.units.contains(where: { $0.kind == .word && Self.protests.contains($0.form) }) else { return nil }
        return FrameStanceVerdict(stance: 1, rule: Self.name)
    }
}
