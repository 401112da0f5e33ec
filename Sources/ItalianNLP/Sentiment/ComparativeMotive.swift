/// Frame stance rule: a comparison of worth ranks two motives — "la passione dei dipendenti
/// valga più di qualsiasi aumento" (money −1, mission +1), "per lui lo stipendio conta più della
/// vocazione", "il bonus pesa meno della voglia di imparare" (money −1). The verb is one of
/// valuing (valere, contare, pesare, importare, interessare) followed by "più di" / "di più di"
/// / "meno di": the term after "di" (within four units) is demoted by "più" and promoted by
/// "meno"; the term in the clause before the verb takes the opposite sign. The other frame must
/// be in the clause: two amounts of money compared are not two motives.
struct ComparativeMotive: Sendable {
    static let name = "ComparativeMotive"
    static let verbs = LemmaBridge(lemmas: ["valere", "contare", "pesare", "importare", "interessare"])
    /// Irregular forms of valere that the inflection rules do not generate.
    static let irregular: FormSet = ["valga", "valgano", "valgono", "varrà", "varranno", "varrebbe", "varrebbero", "valso", "valsa"]

    /// Every verdict needs "più" or "meno" (`comparison(after:end:in:)`; `comparative`, see
    /// `SentenceClassSummary`).
    static let gate = SentenceRuleGate(anyWordClass: .comparative)

    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        let state = context.state
        let start = state.clauseStart(before: occurrence.head)
        let end = state.clauseEnd(from: occurrence.head)
        // Two motives are ranked when the other frame is in the clause: "le stock option
        // valgono più dello stipendio base" compares amounts, not motives.
        let otherFrame = context.occurrences.contains(where: { $0.term.frame != occurrence.term.frame && (start..<end).contains($0.head) })
        // "Questa maglia per me vale più di qualsiasi contratto", "il mio tempo vale più di ogni
        // stipendio": what is ranked above the term may name no frame; the term after "più di" is
        // still outranked, unless the subject is of the term's own frame (amounts compared) or the
        // term is a figure ("vale più di trenta milioni" is a price).
        // Without the other frame the clause must hold "più" (a bit test) or "meno" first.
        guard otherFrame || (start..<end).contains(where: { state.units[$0].isIn(.comparisonCue) && state.units[$0].form == "più" || state.units[$0].form == "meno" })
        else { return nil }
        for verb in start..<end where state.units[verb].kind == .word && !context.isFrameUnit(verb) {
            let form = state.units[verb].form
            let isVerb = Self.irregular.contains(form) || Self.verbs.entry(for: form).map { $0.derivation != .nominal } ?? false
            guard isVerb, let (comparative, of) = comparison(after: verb, end: end, in: state) else { continue }
            let sign: Double = comparative == "più" ? 1 : -1
            if occurrence.head > of && occurrence.head - of <= 4 {
                if otherFrame || outranksWithoutFrame(occurrence, verb: verb, clauseStart: start, in: context) {
                    return FrameStanceVerdict(stance: -sign, rule: Self.name)
                }
                return nil
            }
            if otherFrame && occurrence.units.upperBound <= verb { return FrameStanceVerdict(stance: sign, rule: Self.name) }
        }
        return nil
    }

    /// Whether a term after "più di" is outranked by a subject that names no frame: a content
    /// word stands before the verb, no term of the same frame does, and the term is no figure.
    private func outranksWithoutFrame(_ occurrence: FrameOccurrence, verb: Int, clauseStart: Int, in context: FrameStanceContext) -> Bool {
        let state = context.state
        guard (clauseStart..<verb).contains(where: { state.isContentWord($0) && !context.isFrameUnit($0) }) else { return false }
        if context.occurrences.contains(where: { $0.term.frame == occurrence.term.frame && $0.head >= clauseStart && $0.head < verb }) { return false }
        if PlainMoneyMention.isNumber(context.form(occurrence.head - 1)) || FrameSenseRules.currencyWords.contains(state.units[occurrence.head].form) { return false }
        return !PlainMoneyMention.isNumber(state.units[occurrence.head].form)
    }

    /// "più di", "di più di", "meno di" right after the verb: the comparative and the "di".
    private func comparison(after verb: Int, end: Int, in state: SentenceSentimentState) -> (String, Int)? {
        var index = verb + 1
        if index < end && state.units[index].form == "di" { index += 1 }
        guard index + 1 < end else { return nil }
        let comparative = state.units[index].form
        guard comparative == "più" || comparative == "meno", state.units[index + 1].form == "di" else { return nil }
        return (comparative, index + 1)
    }
}
