/// Frame stance rule: a frame term that is the subject of a copula takes the sign of what is
/// predicated of it — "una RAL di 22.000 euro per un ingegnere … è semplicemente ridicola", "il
/// compenso offerto è offensivo", "le stock option promesse … si sono rivelate carta straccia",
/// "la retribuzione è ottima". The copula (è, sono, era, sembra, resta, rimane, risulta, si è
/// rivelato…) follows the term within twelve units of its clause (a relative clause may come
/// between: "lo stipendio che offrono … è umiliante"), with no negation, contrast or coordination
/// in between, and the term heads the subject (no preposition just before it). Adverbs and
/// "stato" after the copula are skipped, and the valences of the next four units decide (the
/// sentiment rules' valences: "poco attraente" is negative; for money, the words that size an
/// amount: "è stato dimezzato"). A neutral predicate decides nothing ("lo stipendio è di 1.500
/// euro"), nor does an indirect question ("se il profitto sia compatibile…").
struct PredicateEvaluation: Sendable {
    static let name = "PredicateEvaluation"
    static let copulas: FormSet = [
        "è", "sono", "era", "erano", "sarà", "saranno", "sia", "siano", "fosse", "fu", "sembra", "sembrano", "resta", "restano",
        "rimane", "rimangono", "appare", "appaiono", "risulta", "risultano",
    ]
    static let skipped: FormSet = [
        "stato", "stata", "stati", "state", "rivelato", "rivelata", "rivelati", "rivelate", "dimostrato", "dimostrata",
        "dimostrati", "dimostrate", "semplicemente", "davvero", "proprio", "ormai", "decisamente", "sempre", "ancora", "anche",
        "assolutamente", "addirittura", "francamente", "oggettivamente", "un", "uno", "una", "un'", "si", "ben",
    ]
    static let threshold = 0.25
    /// Nouns that, predicated of a thing, deride it: a pay slip that "è una barzelletta" is
    /// laughable, though the polarity lexicon hears a joke as pleasant ("una farsa", "uno
    /// scherzo", "un'elemosina", "una beffa").
    static let derision: FormSet = VerdictFragment.contemptHeads.union([
        "barzelletta", "barzellette", "farsa", "farse", "scherzo", "buffonata", "pagliacciata", "burla", "ridicolaggine", "truffa",
        "furto", "ladrata",
    ])
    static let derisionWeight = 1.0
    /// Participles that make "si è …" a copula.
    static let reflexiveCopulas: FormSet = [
        "rivelato", "rivelata", "rivelati", "rivelate", "dimostrato", "dimostrata", "dimostrati", "dimostrate", "mostrato",
        "mostrata", "mostrati", "mostrate",
    ]

    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        let state = context.state
        let units = state.units
        // An indirect question predicates nothing: "discuteranno se il profitto sia compatibile…".
        let clauseStart = state.clauseStart(before: occurrence.head)
        if (clauseStart..<occurrence.head).contains(where: { StringIdentity.equals(units[$0].form, "se") }) { return nil }
        // The term heads the subject: no preposition just before it (an article may come between):
        // "ha venduto la startup per 300 milioni e si è ritirato…" predicates nothing of the millions.
        var before = occurrence.head - 1
        if before >= 0 && FrameTermMatcher.articles.contains(units[before].form) { before -= 1 }
        if before >= 0 && NegatedFrame.prepositions.contains(units[before].form) { return nil }
        var position = occurrence.units.upperBound
        var steps = 0
        var copula: Int?
        while position < units.count && steps < 12 && !units[position].isClauseBoundary {
            let form = units[position].form
            if state.modifierKind(position) == .contrastAfter || state.modifierKind(position) == .negator || StringIdentity.equals(form, "e") { return nil }
            if Self.copulas.contains(form) {
                // "si è ritirato" is a verb of its own; "si è rivelato" is a copula.
                if position > 0 && StringIdentity.equals(units[position - 1].form, "si") && !Self.reflexiveCopulas.contains(position + 1 < units.count ? units[position + 1].form : "") {
                    return nil
                }
                copula = position
                break
            }
            position += 1
            steps += 1
        }
        guard let copula else { return nil }
        var index = copula + 1
        while index < units.count && Self.skipped.contains(units[index].form) { index += 1 }
        var sum = 0.0
        var seen = 0
        while index < units.count && seen < 4 && !units[index].isClauseBoundary {
            if !context.isFrameUnit(index) { sum += state.valence[index] }
            // "il cedolino è una barzelletta": derision, whatever the word's own polarity.
            if Self.derision.contains(units[index].form) { sum -= abs(state.valence[index]) + Self.derisionWeight }
            // "il premio di produzione è stato dimezzato": the size of pay is its evaluation.
            if occurrence.term.frame == "money" {
                if EvaluatedFrame.smallAmount.contains(units[index].form) { sum -= EvaluatedFrame.amountWeight }
                if EvaluatedFrame.largeAmount.contains(units[index].form) { sum += EvaluatedFrame.amountWeight }
            }
            seen += 1
            index += 1
        }
        guard abs(sum) >= Self.threshold else { return nil }
        return FrameStanceVerdict(stance: sum > 0 ? 1 : -1, rule: Self.name)
    }
}
