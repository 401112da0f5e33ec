/// Frame stance rule: a figure of pay set against a measure of toil is pay judged too little (−1)
/// — "dodici ore al giorno per quattro euro l'ora", "sei anni di università per 900 euro al mese",
/// "tre notti di fila a 60 euro". Weighing hours, nights or years of study against a figure is how
/// a complaint about pay is told without an evaluative word; the frame fixture's guideline: a
/// purely evaluative mention follows the sign of the evaluation.
///
/// The money term comes right after a figure opened by "per" or "a" ("per 900 euro"), and earlier
/// in the sentence a count is followed by a unit of toil (`toilUnits`: ore, notti, turni…) or by a
/// span of time and "di" (`spans`: "sei anni di università", "tre mesi di prova"). Contract hours
/// are no toil ("38 ore settimanali per 1.650 euro", "40 ore a settimana"), nor is a span of a
/// contract ("tre anni di contratto a 2 milioni").
struct ToilForPay: Sendable {
    static let name = "ToilForPay"
    /// Units of work that are toil by themselves.
    static let toilUnits: FormSet = ["ore", "notti", "turni", "domeniche", "weekend", "sabati", "festivi", "straordinari"]
    /// Spans of time that measure toil when "di" and what was done follow them.
    static let spans: FormSet = ["anni", "mesi", "giorni", "settimane"]
    /// Words after a count of hours that make them the hours of a contract.
    static let contractHours: FormSet = ["settimanali", "mensili", "contrattuali", "previste", "part-time"]
    /// Counts that the figures of `PlainMoneyMention` do not cover.
    static let counts: FormSet = [
        "undici", "dodici", "tredici", "quattordici", "quindici", "sedici", "diciassette", "diciotto", "diciannove",
        "quaranta", "cinquanta", "sessanta", "tante", "troppe", "troppi", "tanti",
    ]
    /// What a span may be "of" without being toil: a contract or pay.
    static let contractSpans: FormSet = ["contratto", "contratti", "stipendio", "stipendi", "paga", "ingaggio", "rinnovo", "prestito"]

    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        guard occurrence.term.frame == "money", occurrence.evokedBy == nil else { return nil }
        let units = context.state.units
        let figure = occurrence.head - 1
        guard figure >= 1, PlainMoneyMention.isNumber(units[figure].form) else { return nil }
        let opener = units[figure - 1].form
        guard opener == "per" || opener == "a" else { return nil }
        for index in 0..<(figure - 1) where units[index].kind == .word && isCount(units[index].form) {
            let noun = context.form(index + 1)
            let next = context.form(index + 2)
            if Self.toilUnits.contains(noun) {
                // "38 ore settimanali", "40 ore a settimana": the hours of a contract.
                if Self.contractHours.contains(next) || (["a", "alla"].contains(next) && context.form(index + 3) == "settimana") { continue }
                return FrameStanceVerdict(stance: -1, rule: Self.name)
            }
            if Self.spans.contains(noun), next == "di", !Self.contractSpans.contains(context.form(index + 3)) {
                return FrameStanceVerdict(stance: -1, rule: Self.name)
            }
        }
        return nil
    }

    private func isCount(_ form: String) -> Bool {
        PlainMoneyMention.isNumber(form) || Self.counts.contains(form)
    }
}
