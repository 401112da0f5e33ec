/// Frame rule: an ideal as what one lives on, denied or doubted — "non si vive di sola
/// passione", "di ideali non si campa", "con la vocazione non si mangia", "si può vivere di
/// passione?". The ideal is rejected (−1), and money, what one does live on, is evoked and
/// asserted (+1) where the sentence names no money: the idiom says what `BillsNotPaid` says with
/// the bills.
///
/// The shape: a form of *vivere*, *campare* or *mangiare* in the term's clause, the term its
/// object with "di" ("vivere di passione", "di sola passione non si vive") or "con" ("con la
/// passione non si mangia"), and a negator within three words before the verb, or a question
/// mark closing the sentence (not for "con": "con la passione si vive meglio?" is no idiom).
struct LivingOnIdeals: Sendable {
    static let name = "LivingOnIdeals"
    static let salience = 0.6
    static let living = LemmaBridge(lemmas: ["vivere", "campare", "mangiare"])
    /// "solo", "sola"… between the preposition and the term: "di sola passione".
    static let only: Set<String> = ["solo", "sola", "soli", "sole", "sol", "soltanto", "pura", "puri", "pure", "puro"]

    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        // "di ideali non si campa": *campare* is itself a money term, and what the idiom asserts.
        if occurrence.term.frame == "money" && Self.isLiving(occurrence.head, in: context.state) {
            let idiom = context.occurrences.contains { $0.term.frame == "mission" && Self.livesOn($0, in: context.state) }
            return idiom ? FrameStanceVerdict(stance: 1, rule: Self.name) : nil
        }
        guard occurrence.term.frame == "mission", Self.livesOn(occurrence, in: context.state) else { return nil }
        return FrameStanceVerdict(stance: -1, rule: Self.name)
    }

    /// The money evoked by a denied living on an ideal, in a sentence that names no money.
    func evoked(in state: SentenceSentimentState, occurrences: [FrameOccurrence]) -> FrameOccurrence? {
        guard !occurrences.contains(where: { $0.term.frame == "money" }),
            let ideal = occurrences.first(where: { $0.term.frame == "mission" && Self.livesOn($0, in: state) })
        else { return nil }
        return FrameOccurrence(evoking: "money", by: Self.name, weight: Self.salience, units: ideal.units)
    }

    /// Whether the occurrence is what one lives on, in a denial or a question.
    static func livesOn(_ occurrence: FrameOccurrence, in state: SentenceSentimentState) -> Bool {
        let units = state.units
        // The preposition before the term: "di sola passione", "con la vocazione".
        var before = occurrence.head - 1
        while before >= 0 && (FrameTermMatcher.articles.contains(units[before].form) || only.contains(units[before].form)) { before -= 1 }
        guard before >= 0, units[before].form == "di" || units[before].form == "con" else { return false }
        let preposition = units[before].form
        let clause = state.clauseStart(before: occurrence.head)..<state.clauseEnd(from: occurrence.head)
        // The verb of living: right before the preposition ("vivere (solo) di"), or after the
        // term in its clause ("di passione non si vive", "con la passione non si mangia").
        var verb: Int?
        var look = before - 1
        if look >= clause.lowerBound && only.contains(units[look].form) { look -= 1 }
        if preposition == "di" && look >= clause.lowerBound && isLiving(look, in: state) { verb = look }
        if verb == nil {
            verb = (occurrence.units.upperBound..<clause.upperBound).first { isLiving($0, in: state) }
        }
        guard let verb else { return false }
        let negated = (max(clause.lowerBound, verb - 3)..<verb).contains { state.modifierKind($0) == .negator }
        if negated { return true }
        return preposition == "di" && units.last?.hasQuestionMark == true
    }

    static func isLiving(_ index: Int, in state: SentenceSentimentState) -> Bool {
        state.units[index].kind == .word && (living.entry(for: state.units[index].form).map { $0.derivation != .nominal } ?? false)
    }
}
