/// Frame stance rule: a frame ranked second is demoted (−1), a frame ranked first is asserted
/// (+1) — "lo stipendio viene dopo", "i soldi passano in secondo piano", "la carriera è
/// secondaria" / "i pazienti vengono prima", "la passione al primo posto". The frame fixture's
/// guideline: "più che X, Y" and "X conta meno" demote X; what comes first is the motive.
///
/// After the term, within five units of its clause: a form of *venire* then "dopo" (−1) or
/// "prima" (+1) ending the clause or before "di tutto" ("il bonus viene dopo la firma" is a time); "secondo piano" (−1); "secondario" after a copula (−1: "è secondario", not "la
/// scuola secondaria"); "al primo posto" (+1). A ranking in a
/// report (a `NeutralMention` cue: "secondo un sondaggio…") is left to `NeutralMention`.
struct SecondPlace: Sendable {
    static let name = "SecondPlace"
    static let coming: FormSet = ["viene", "vengono", "veniva", "venivano", "verrà", "verranno", "venga", "vengano"]
    static let secondary: FormSet = ["secondario", "secondaria", "secondari", "secondarie"]
    static let copulas: FormSet = ["è", "sono", "era", "erano", "resta", "restano", "diventa", "diventano", "sarà", "rimane"]
    /// Every verdict needs a form of `coming` or `secondary`, "secondo" or "primo" (`rankingCue`;
    /// see `SentenceClassSummary`).
    static let gate = SentenceRuleGate(anyWordClass: .rankingCue)

    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        let units = context.state.units
        let end = min(context.state.clauseEnd(from: occurrence.units.upperBound), occurrence.units.upperBound + 5)
        guard occurrence.units.upperBound < end else { return nil }
        var ranked: FrameStanceVerdict?
        for position in occurrence.units.upperBound..<end where units[position].kind == .word {
            let form = units[position].form
            let next = context.form(position + 1)
            // "viene dopo." and "viene prima di tutto" rank; "viene dopo la firma" is a time.
            if Self.coming.contains(form) && (next == "dopo" || next == "prima") {
                let ends = position + 2 >= units.count || units[position + 2].isClauseBoundary
                let overAll = context.form(position + 2) == "di" && ["tutto", "tutti", "tutte"].contains(context.form(position + 3))
                if ends || overAll { ranked = FrameStanceVerdict(stance: next == "dopo" ? -1 : 1, rule: Self.name) }
            }
            if form == "secondo" && next == "piano" { ranked = FrameStanceVerdict(stance: -1, rule: Self.name) }
            // "è secondario", not "la scuola secondaria".
            if Self.secondary.contains(form) && Self.copulas.contains(context.form(position - 1)) { ranked = FrameStanceVerdict(stance: -1, rule: Self.name) }
            if form == "primo" && next == "posto" && context.form(position - 1) == "al" {
                ranked = FrameStanceVerdict(stance: 1, rule: Self.name)
            }
            if ranked != nil { break }
        }
        // "il 62% dei neolaureati mette la retribuzione al primo posto", says a survey: a report's
        // figure (`NeutralMention`), not the writer's ranking.
        guard let ranked, !units.contains(where: { $0.kind == .word && $0.isIn(.neutralMentionCue) }) else { return nil }
        return ranked
    }
}
