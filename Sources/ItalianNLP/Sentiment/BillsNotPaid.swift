/// Frame stance rule: "X non paga le bollette" — the Italian way to say that ideals do not pay
/// for a living and pay is what is needed. A negated *pagare* with the bills as its object
/// (affitto, bollette, mutuo, conti, spesa, rata, tasse, a rented room), or with a clitic that doubles them ("il
/// mutuo non lo pagano"), asserts money (+1): "la passione non paga l'affitto", "con la vocazione
/// non si paga l'affitto", "gli ideali sono belli, ma il mutuo non lo pagano". A mission frame
/// in the same clause is what fails to pay, rejected (−1), also where `NegatedFrame` would not
/// see a subject ("con la vocazione non si paga…"). The same holds for the idiom "X non riempie
/// il frigorifero / la pancia" (a negated *riempire* with the fridge or the belly as its object).
struct BillsNotPaid: Sendable {
    static let name = "BillsNotPaid"
    static let bills: FormSet = [
        "affitto", "affitti", "bolletta", "bollette", "mutuo", "mutui", "conti", "spesa", "rata", "rate", "tasse", "frigorifero",
        // The other costs of a living: a rented room, the food, the petrol to get to work.
        "stanza", "camera", "condominio", "benzina",
        // What "riempire" fills in the same idiom: "gli ideali non riempiono il frigo / la pancia".
        "frigo", "pancia", "piatto", "stomaco",
    ]
    /// *pagare*, and *riempire* of "non riempie il frigorifero" (the frame lexicon has the idiom).
    /// Its present (riempie, riempiono) is that of the older infinitive *riempiere*, which a
    /// regular conjugator of *riempire* does not produce.
    static let payVerb = LemmaBridge(lemmas: ["pagare", "riempire", "riempiere"])

    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        let state = context.state
        let start = state.clauseStart(before: occurrence.head)
        let end = state.clauseEnd(from: occurrence.head)
        guard let verb = (start..<end).first(where: { isNegatedPayVerbWithBills($0, clause: start..<end, in: state) }) else { return nil }
        if occurrence.term.frame == "money" && occurrence.units.contains(verb) {
            return FrameStanceVerdict(stance: 1, rule: Self.name)
        }
        if occurrence.term.frame == "mission" && occurrence.head < verb {
            // A subject of the negation is `NegatedFrame`'s; "con la vocazione non si paga…" is this rule's.
            return NegatedFrame().verdict(for: occurrence, in: context) ?? FrameStanceVerdict(stance: -1, rule: Self.name)
        }
        return nil
    }

    /// A form of *pagare* with a negator at most three words before it (or a "che" of a negated
    /// belief at most six before it) and a bill noun within four words on either side, in the clause.
    private func isNegatedPayVerbWithBills(_ index: Int, clause: Range<Int>, in state: SentenceSentimentState) -> Bool {
        // `payVerb`: a form of `payVerb` that is not nominal, worked out once per form.
        guard state.units[index].kind == .word, state.units[index].isIn(.payVerb) else { return false }
        let negated = (max(clause.lowerBound, index - 3)..<index).contains { state.modifierKind($0) == .negator }
            // "Non credo che la passione basti a pagare le bollette": a negated belief reaches the
            // clause it governs (`NegatedFrame.isRaisedNegation`).
            || (max(clause.lowerBound, index - 6)..<index).contains { StringIdentity.equals(state.units[$0].form, "che") && NegatedFrame.isRaisedNegation(before: $0, in: state) }
        guard negated else { return false }
        let window = max(clause.lowerBound, index - 4)..<min(clause.upperBound, index + 5)
        return window.contains { state.units[$0].isIn(.bill) }
    }
}
