/// Frame rule: what someone "prende" weighed against someone else's pay evokes the money frame
/// where no money word is written — "il fonico prende meno di un cameriere" (−1), "prende la metà
/// di prima" (−1), "prende il doppio di suo padre" (+1). In Italian "prendere" with a comparison is
/// the everyday word for being paid; the comparison is the evaluation (as in `ComparedPay`, whose
/// shape this follows: the frame fixture's guideline, a purely evaluative mention follows the sign
/// of the evaluation).
///
/// The shape: a form of prendere (`taking`), then within three units "meno", "più" or a fraction
/// or a multiple with its article ("la metà", "il doppio"), then "di", "che" or "rispetto" and no
/// figure ("prende più di 3.000" is an amount), and no measure of time or votes after it ("ci
/// prende più di un'ora", "prende meno di cento voti"). A sentence that names a money term is
/// left to `ComparedPay`. A contrast demotes the money like any term ("prende più di un primario,
/// ma …").
struct ComparedTakings: Sendable {
    static let name = "ComparedTakings"
    static let gate = SentenceRuleGate(anyWordClass: .takingVerb)
    static let salience = 0.6
    static let taking: FormSet = [
        "prende", "prendo", "prendi", "prendono", "prendiamo", "prendete", "prendeva", "prendevo", "prendevano", "prenderebbe",
        "prenderei", "prenderà", "prenderanno", "preso", "prendere",
    ]
    /// What a comparison after "prendere" may measure that is not pay.
    static let otherMeasures: FormSet = [
        "ora", "ore", "minuto", "minuti", "secondi", "giorno", "giorni", "settimana", "settimane", "mese", "mesi", "anno",
        "anni", "tempo", "voti", "voto", "punti", "punto", "gol", "reti", "posto", "spazio", "chili", "metri",
    ]

    /// The money evoked by a comparison of takings, and whether it is less (−1) or more (+1).
    func evoked(in state: SentenceSentimentState, occurrences: [FrameOccurrence]) -> FrameOccurrence? {
        guard !occurrences.contains(where: { $0.term.frame == "money" }) else { return nil }
        let units = state.units
        for index in units.indices where units[index].kind == .word && Self.taking.contains(units[index].form) {
            guard let compared = comparison(after: index, in: state) else { continue }
            return FrameOccurrence(evoking: "money", by: Self.name, weight: Self.salience, units: index..<(compared.position + 1))
        }
        return nil
    }

    /// Where the comparative word after `index` is, and whether it makes less.
    func comparison(after index: Int, in state: SentenceSentimentState) -> (position: Int, isLess: Bool)? {
        let units = state.units
        let end = min(state.clauseEnd(from: index), index + 4)
        guard index + 1 < end else { return nil }
        for position in (index + 1)..<end where units[position].kind == .word {
            let form = units[position].form
            let isLess = ComparedPay.less.contains(form)
            guard isLess || ComparedPay.more.contains(form) else { continue }
            if form != "più" && form != "meno" && !FrameTermMatcher.articles.contains(Self.form(at: position - 1, in: units)) { continue }
            guard ComparedPay.comparedWith.contains(Self.form(at: position + 1, in: units)) else { return nil }
            let window = (position + 2)..<min(units.count, position + 6)
            if window.contains(where: { PlainMoneyMention.isNumber(units[$0].form) || Self.otherMeasures.contains(units[$0].form) }) { return nil }
            // "non prende più di": a negation just before is no comparison of pay.
            if (max(0, index - 2)..<index).contains(where: { state.modifierKind($0) == .negator }) { return nil }
            return (position, isLess)
        }
        return nil
    }

    /// The stance of the evoked money: the comparison's, unless a contrast demotes it.
    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict {
        if let contrasted = ContrastedFrame().verdict(for: occurrence, in: context), contrasted.stance < 0 {
            return FrameStanceVerdict(stance: -1, rule: Self.name)
        }
        let isLess = comparison(after: occurrence.head, in: context.state)?.isLess ?? false
        return FrameStanceVerdict(stance: isLess ? -1 : 1, rule: Self.name)
    }

    private static func form(at index: Int, in units: [SentimentUnit]) -> String {
        index >= 0 && index < units.count ? units[index].form : ""
    }
}
