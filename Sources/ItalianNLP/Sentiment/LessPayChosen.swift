/// Frame stance rule: choosing less pay rejects money as a motive (−1) — "ho accettato un posto
/// meno pagato in una startup che sviluppa protesi per bambini", "ha scelto di guadagnare meno",
/// "preferisco uno stipendio più basso e un lavoro che abbia senso". A money term next to a word
/// of less (meno, più basso, la metà, inferiore) in a clause with a verb of choosing (accettare,
/// scegliere, preferire, optare, decidere). Unlike a mere evaluation ("un ricercatore guadagna
/// meno di un cassiere"), it is a rejection, so `AlternativeMotive` may evoke what was chosen.
struct LessPayChosen: Sendable {
    static let name = "LessPayChosen"
    static let choosing = LemmaBridge(lemmas: ["accettare", "scegliere", "preferire", "optare", "decidere"])
    static let less: FormSet = ["meno", "inferiore", "inferiori", "metà", "basso", "bassa", "bassi", "basse", "ridotto", "ridotta"]
    /// Every verdict needs a verb of choosing (`choosingVerb`; see `SentenceClassSummary`).
    static let gate = SentenceRuleGate(anyWordClass: .choosingVerb)

    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        guard occurrence.term.frame == "money" else { return nil }
        let state = context.state
        let window = max(0, occurrence.head - 2)..<min(state.units.count, occurrence.units.upperBound + 2)
        guard window.contains(where: { !occurrence.units.contains($0) && Self.less.contains(state.units[$0].form) }) else { return nil }
        let start = state.clauseStart(before: occurrence.head)
        let end = state.clauseEnd(from: occurrence.head)
        let chosen = (start..<end).contains { index in
            Self.choosing.entry(for: state.units[index].form).map { $0.derivation != .nominal } ?? false
        }
        return chosen ? FrameStanceVerdict(stance: -1, rule: Self.name) : nil
    }
}
