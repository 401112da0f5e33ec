/// Frame stance rule: a frame asked "what good is it" is denied (−1) — "A cosa serve un milione
/// in banca se la mattina non hai voglia di alzarti?", "a che servono gli ideali se non arrivi a
/// fine mese?", "che me ne faccio dei soldi?", "che bisogno c'è di pagarli?". The frame
/// fixture's guideline: a rhetorical question takes its implied answer (here: no good, no need).
///
/// "a cosa" or "a che" followed by a form of *servire*, or "che/cosa me (te, ce) ne faccio
/// (fai, fa, facciamo)", or "che bisogno" with a "di" before the term, before the term in its
/// clause, in a question (the sentence mark after
/// the term is a question mark).
struct WhatGoodIsIt: Sendable {
    static let name = "WhatGoodIsIt"
    static let serving: FormSet = ["serve", "servono", "servirebbe", "servirebbero", "servirà", "serviranno", "servivano", "serviva"]
    static let making: FormSet = ["faccio", "fai", "fa", "facciamo", "fate", "fanno", "farei", "faresti", "farebbe"]
    /// Every verdict needs a form of `serving` or `making`, or "bisogno" (`whatGoodCue`; see
    /// `SentenceClassSummary`).
    static let gate = SentenceRuleGate(anyWordClass: .whatGoodCue)

    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        let state = context.state
        let units = state.units
        let start = max(state.clauseStart(before: occurrence.head), occurrence.head - 8)
        guard start < occurrence.head else { return nil }
        var asks = false
        for position in start..<occurrence.head where units[position].kind == .word {
            let form = units[position].form
            if Self.serving.contains(form) {
                let asked = context.form(position - 1) == "cosa" || context.form(position - 1) == "che"
                    || (["mi", "ti", "ci", "vi", "gli", "le"].contains(context.form(position - 1)) && ["cosa", "che"].contains(context.form(position - 2)))
                if asked { asks = true }
            } else if form == "bisogno" && context.form(position - 1) == "che" && (position + 1..<min(occurrence.head, position + 4)).contains(where: { units[$0].form == "di" }) {
                // "che bisogno c'è di pagarli?", "che bisogno hanno dei soldi?": no need of it.
                asks = true
            } else if Self.making.contains(form) && context.form(position - 1) == "ne"
                && ["me", "te", "ce", "ve", "se"].contains(context.form(position - 2)) && ["cosa", "che"].contains(context.form(position - 3))
            {
                asks = true
            }
        }
        guard asks, NeutralMention.questionCloses(after: occurrence.head, in: state) else { return nil }
        return FrameStanceVerdict(stance: -1, rule: Self.name)
    }
}
