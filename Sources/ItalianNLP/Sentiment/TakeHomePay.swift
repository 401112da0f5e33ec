/// Frame rule: what one "brings home" or "is left with in one's pocket" after toil is pay judged
/// too little (−1) — "Sabato e domenica in negozio, e a fine mese ne porto a casa 1.000",
/// "dopo dieci ore di consegne mi restano in tasca quaranta euro", "in tasca mi resta poco più
/// della metà". Telling the effort and then the take-home sum is how a complaint about pay is
/// told without an evaluative word (the frame fixture's guideline: a purely evaluative mention
/// follows the sign of the evaluation).
///
/// The cue (`cue(in:)`): a form of portare followed by "a casa", or "in tasca" after a verb of
/// being left or finding (`leftWith`) within three units. The money is judged when a mark of toil
/// (`toil`: hours, shifts, deliveries, weekends, rain…) comes before the cue or a minimiser
/// (`minimisers`: poco, appena, neanche…) within five units after it. Where no money term is
/// written, a figure within three units after the cue ("ne porto a casa 980") evokes the frame:
/// −1 with toil or a minimiser, else 0 (a sum taken home, told as a fact). A sum "in più" after
/// the cue is a gain, not a complaint ("col turno di notte porto a casa trecento euro in più").
struct TakeHomePay: Sendable {
    static let name = "TakeHomePay"
    static let gate = SentenceRuleGate(anyWordClass: .takeHomeCue)
    static let salience = 0.6
    static let bringing: FormSet = [
        "porto", "porta", "portano", "portiamo", "portate", "portavo", "portava", "portavamo", "portavano", "portare",
        "portato", "portata", "portati", "porti",
    ]
    static let leftWith: FormSet = [
        "resta", "restano", "restava", "restavano", "rimane", "rimangono", "rimaneva", "rimanevano", "ritrovato",
        "ritrovata", "ritrovati", "ritrovate", "ritrova", "ritrovo", "ritrovano", "entra", "entrano", "entrava",
        "finisce", "finiscono", "arriva", "arrivano", "restato", "restati", "rimasto", "rimasti",
    ]
    /// Marks of toil told before the take-home sum.
    static let toil: FormSet = FormSet(ToilForPay.toilUnits.union([
        "consegne", "turno", "notte", "pioggia", "sabato", "domenica", "sabati", "festivo", "fatica", "piedi", "cantiere",
        "magazzino", "straordinario",
    ]))
    /// Words that make the sum small.
    static let minimisers: FormSet = ["poco", "pochi", "poche", "appena", "neanche", "nemmeno", "neppure", "solo", "soltanto", "malapena", "spiccioli", "briciole"]

    /// Where the cue ends (the index of "casa" or "tasca"), if the sentence has one.
    static func cue(in state: SentenceSentimentState) -> Int? {
        // Asked for every sentence and every money term: most sentences have neither word.
        guard state.summary.admits(gate) else { return nil }
        let units = state.units
        for index in units.indices where units[index].kind == .word {
            let form = units[index].form
            if form == "casa", index >= 2, units[index - 1].form == "a", bringing.contains(units[index - 2].form) { return index }
            if form == "tasca", index >= 1, units[index - 1].form == "in",
                (max(0, index - 4)..<(index - 1)).contains(where: { leftWith.contains(units[$0].form) })
            {
                return index
            }
        }
        return nil
    }

    /// Whether toil is told before the cue or a minimiser follows it.
    static func isComplaint(cue: Int, in state: SentenceSentimentState) -> Bool {
        let units = state.units
        // "porto a casa trecento euro in più": a gain, whatever it cost.
        if (cue + 1..<min(units.count, cue + 8)).contains(where: { units[$0].form == "più" }) { return false }
        if (0..<cue).contains(where: { units[$0].kind == .word && toil.contains(units[$0].form) }) { return true }
        let end = min(units.count, cue + 6)
        return (cue + 1 < end) && ((cue + 1)..<end).contains { minimisers.contains(units[$0].form) }
    }

    /// The money of a take-home figure, in a sentence that names no money term.
    func evoked(in state: SentenceSentimentState, occurrences: [FrameOccurrence]) -> FrameOccurrence? {
        guard !occurrences.contains(where: { $0.term.frame == "money" }), let cue = Self.cue(in: state) else { return nil }
        let units = state.units
        let end = min(units.count, cue + 4)
        guard cue + 1 < end, let figure = ((cue + 1)..<end).first(where: { PlainMoneyMention.isNumber(units[$0].form) }) else { return nil }
        return FrameOccurrence(evoking: "money", by: Self.name, weight: Self.salience, units: cue..<(figure + 1))
    }

    /// The stance of the money in a sentence with a take-home cue: −1 when toil or a minimiser
    /// judges it; an evoked figure without them is 0.
    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        guard occurrence.term.frame == "money", let cue = Self.cue(in: context.state) else { return nil }
        if Self.isComplaint(cue: cue, in: context.state) { return FrameStanceVerdict(stance: -1, rule: Self.name) }
        return occurrence.evokedBy == Self.name ? FrameStanceVerdict(stance: 0, rule: Self.name) : nil
    }
}
