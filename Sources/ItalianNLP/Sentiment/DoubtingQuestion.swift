/// Frame stance rule: a question that doubts its own premise rejects the frames in it (−1) — "Ma
/// davvero pensate che un chirurgo lasci l'ospedale pubblico per soldi?", "Che senso ha studiare
/// dieci anni per guadagnare 1.300 euro al mese?", "Credete davvero che lo facciano per
/// passione?". A rhetorical question takes its implied answer, and these openings imply "no".
/// The sentence ends with a question mark and opens (within its first four words) with "che
/// senso ha" or with "davvero" beside a verb of believing (pensare, credere). A dismissal ("chi
/// se ne importa dello stipendio", "che importa la paga", "chi se ne frega dei soldi") rejects
/// with or without the question mark. "Chi" with a conditional asks who would ever do it for
/// the motive that follows "per", and implies nobody: "Chi mai farebbe la guida alpina per lo
/// stipendio?" (money −1); so do "chi ha detto che …?" and "dove sta scritto che …?" of a motive
/// ("E chi l'ha detto che un medico deve lavorare per vocazione?": mission −1).
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
        if senseless || doubting { return FrameStanceVerdict(stance: -1, rule: Self.name) }
        // "Chi (mai) farebbe l'ostetrica su un'isola per lo stipendio?": nobody would, for that.
        if words.first == "chi" && words.dropFirst().contains(where: Self.isConditional) && isMotive(occurrence, in: context) {
            return FrameStanceVerdict(stance: -1, rule: Self.name)
        }
        // "E chi l'ha detto che un medico deve lavorare per vocazione?", "Dove sta scritto che si
        // lavora per passione?": the claimed motive is denied.
        if isMotive(occurrence, in: context) && Self.deniesAClaim(units.lazy.filter { $0.kind == .word }.prefix(6).map(\.form)) {
            return FrameStanceVerdict(stance: -1, rule: Self.name)
        }
        return nil
    }

    /// Whether the first words (six are enough) ask who said, or where it is written, that what follows is so:
    /// "(e) chi (l')ha detto che", "chi dice che", "dove sta scritto che".
    static func deniesAClaim(_ words: [String]) -> Bool {
        let opening = words.first == "e" || words.first == "ma" ? Array(words.dropFirst()) : words
        guard let first = opening.first else { return false }
        if first == "chi" { return opening.dropFirst().contains { $0 == "detto" || $0 == "dice" } }
        return first == "dove" && opening.count >= 3 && opening[1] == "sta" && opening[2] == "scritto"
    }

    /// Whether a word is a conditional of the third person ("farebbe", "resterebbero").
    static func isConditional(_ form: String) -> Bool {
        form.hasSuffix("rebbe") || form.hasSuffix("rebbero")
    }

    /// Whether the term is given as a motive: "per" right before it (an article may come between).
    private func isMotive(_ occurrence: FrameOccurrence, in context: FrameStanceContext) -> Bool {
        let article = FrameTermMatcher.articles.contains(context.form(occurrence.head - 1)) ? 1 : 0
        return context.form(occurrence.head - 1 - article) == "per"
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
