/// Frame rule: work done "senza chiedere nulla in cambio" is unpaid work, which the money frame
/// covers (the frame fixture: "unpaid work (gratis, non retribuito), because being unpaid is about
/// pay"), with pay rejected as the motive (−1) — "accompagna gli anziani dal medico senza chiedere
/// niente", "ha rifatto il tetto della scuola senza prendere un euro", "senza volere una lira".
/// The mission the same words evoke is the lexicon's ("senza chiedere nulla in cambio").
///
/// The shape, in a sentence that names no money term: "senza", a verb of asking or taking
/// (`asking`, "mai" may come between), then "nulla" / "niente" followed by "in cambio" or by the
/// end of the clause (after a verb of asking only: "senza prendere niente" may be a meal skipped),
/// or a unit of money (`coins`: "un euro", "una lira", "un centesimo").
struct AskingNothing: Sendable {
    static let name = "AskingNothing"
    static let gate = SentenceRuleGate(anyWordClass: .withoutCue)
    static let salience = 0.6
    static let asking: FormSet = ["chiedere", "pretendere", "volere", "prendere", "ricevere", "percepire", "incassare"]
    /// The verbs whose "nulla" at the end of a clause is pay not asked.
    static let askingOnly: FormSet = ["chiedere", "pretendere", "volere"]
    static let nothing: FormSet = ["nulla", "niente"]
    static let coins: FormSet = ["euro", "lira", "centesimo", "soldo", "quattrino", "compenso", "rimborso"]

    func evoked(in state: SentenceSentimentState, occurrences: [FrameOccurrence]) -> FrameOccurrence? {
        guard !occurrences.contains(where: { $0.term.frame == "money" }) else { return nil }
        let units = state.units
        func form(_ index: Int) -> String { index < units.count ? units[index].form : "" }
        for index in units.indices where units[index].form == "senza" {
            var verb = index + 1
            if form(verb) == "mai" { verb += 1 }
            guard Self.asking.contains(form(verb)) else { continue }
            var object = verb + 1
            if form(object) == "mai" { object += 1 }
            let end: Int
            if Self.nothing.contains(form(object)) {
                if form(object + 1) == "in" && form(object + 2) == "cambio" {
                    end = object + 3
                } else if Self.askingOnly.contains(form(verb)) && (object + 1 >= units.count || units[object + 1].isClauseBoundary) {
                    end = object + 1
                } else {
                    continue
                }
            } else if ["un", "una", "un'", "neanche", "nemmeno", "mezzo", "mezza"].contains(form(object)), Self.coins.contains(form(object + 1)) {
                end = object + 2
            } else {
                continue
            }
            return FrameOccurrence(evoking: "money", by: Self.name, weight: Self.salience, units: index..<min(end, units.count))
        }
        return nil
    }
}
