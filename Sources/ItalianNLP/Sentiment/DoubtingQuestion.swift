/// Frame stance rule: a question that doubts its own premise rejects the frames in it (−1) — "Ma
/// davvero pensate che un chirurgo lasci l'ospedale pubblico per soldi?", "Che senso ha studiare
/// dieci anni per guadagnare 1.300 euro al mese?", "Credete davvero che lo facciano per
/// passione?". A rhetorical question takes its implied answer, and these openings imply "no".
/// The sentence ends with a question mark and opens (within its first four words) with "che
/// senso ha" or with "davvero" beside a verb of believing (pensare, credere). A dismissal ("chi
/// se ne importa dello stipendio", "che importa la paga", "chi se ne frega dei soldi") rejects
/// with or without the question mark.
struct DoubtingQuestion: Sendable {
    static let name = "DoubtingQuestion"
    static let believing = LemmaBridge(lemmas: ["pensare", "credere", "immaginare"])
    static let caring: FormSet = ["importa", "frega", "importano", "fregano"]

    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        let units = context.state.units
        // Cheap test first: every pattern opens with "chi", "che", "a", "ma" or "credete…" or
        // holds "davvero", and most sentences end without a question mark.
        let isQuestion = units.last?.hasQuestionMark == true
        guard let firstWord = units.first(where: { $0.kind == .word }),
            isQuestion || ["chi", "che", "a"].contains(firstWord.form)
        else { return nil }
        var words: [String] = []
        for unit in units where unit.kind == .word {
            words.append(unit.form)
            if words.count == 4 { break }
        }
        // "Chi se ne importa dello stipendio, quando…", "che importa la paga", "chi se ne frega dei
        // soldi": dismissal, with or without a question mark.
        let dismissing = words.contains { Self.caring.contains($0) } && (words.first == "chi" || words.first == "che" || words.starts(with: ["a", "chi"]))
            || words.starts(with: ["a", "chi", "interessa"])
        // "Che importa lo stipendio, quando fai un lavoro che ami?": what the dismissal sets against
        // the dismissed frame is asserted.
        if dismissing { return FrameStanceVerdict(stance: isCounterEvidence(occurrence, in: context) ? 1 : -1, rule: Self.name) }
        guard isQuestion else { return nil }
        let senseless = words.indices.contains { words[$0] == "che" && $0 + 2 < words.count && words[$0 + 1] == "senso" && words[$0 + 2] == "ha" }
        let doubting = words.contains("davvero") && words.contains { Self.believing.entry(for: $0).map { $0.derivation != .nominal } ?? false }
        if doubting && isCounterEvidence(occurrence, in: context) { return FrameStanceVerdict(stance: 1, rule: Self.name) }
        return senseless || doubting ? FrameStanceVerdict(stance: -1, rule: Self.name) : nil
    }

    /// Whether the occurrence is the other frame, named in a later clause than the doubted one:
    /// the evidence against the premise, which the question asserts as the real motive ("davvero
    /// credete che lo facciano per passione, con quello che guadagnano?": money +1), or what a
    /// dismissal sets against what it dismisses ("che importa lo stipendio, quando…": mission +1).
    private func isCounterEvidence(_ occurrence: FrameOccurrence, in context: FrameStanceContext) -> Bool {
        guard let doubted = context.occurrences.min(by: { $0.head < $1.head }), doubted.term.frame != occurrence.term.frame,
            AlternativeMotive.pairs.contains(where: { $0.0 == doubted.term.frame && $0.1 == occurrence.term.frame })
        else { return false }
        return context.state.clauseStart(before: occurrence.head) > doubted.units.upperBound
    }
}
