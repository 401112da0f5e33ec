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

    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        let state = context.state
        let start = state.clauseStart(before: occurrence.head)
        let end = state.clauseEnd(from: occurrence.head)
        // Two motives are ranked only when the other frame is in the clause: "le stock option
        // valgono più dello stipendio base" compares amounts, not motives.
        guard context.occurrences.contains(where: { $0.term.frame != occurrence.term.frame && (start..<end).contains($0.head) }) else { return nil }
        for verb in start..<end where state.units[verb].kind == .word && !context.isFrameUnit(verb) {
            let form = state.units[verb].form
            let isVerb = Self.irregular.contains(form) || Self.verbs.entry(for: form).map { $0.derivation != .nominal } ?? false
            guard isVerb, let (comparative, of) = comparison(after: verb, end: end, in: state) else { continue }
            let sign: Double = comparative == "più" ? 1 : -1
            if occurrence.head > of && occurrence.head - of <= 4 { return FrameStanceVerdict(stance: -sign, rule: Self.name) }
            if occurrence.units.upperBound <= verb { return FrameStanceVerdict(stance: sign, rule: Self.name) }
        }
        return nil
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
