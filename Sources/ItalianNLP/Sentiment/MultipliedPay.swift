/// Frame rule: a multiple of pay evokes the money frame where no money word is written — "poteva
/// andare negli Emirati per il triplo", "se n'è andato per il doppio", "lì lo pagherebbero il
/// doppio". The frame fixture's guideline: money covers job offers and pay, named or only
/// evoked ("rejecting three offers from Silicon Valley evokes money").
///
/// "il doppio" (triplo, quadruplo, decuplo) not followed by "di" (not "il doppio dei posti", "il
/// doppio del tempo"), after "per" ("per il triplo") or within five units of a verb of paying,
/// earning or offering pay (`payVerb`, guadagnare, prendere, garantire, promettere, and the
/// irregular "proposto", "offerto" of `DeclinedOffer`). Its stance: an offer not taken (−1) when the
/// sentence says it was only possible (poteva, potrebbe, avrebbe), conditional (-rebbe), or that
/// something else was preferred or refused (preferito, rinunciato, rifiutato, detto no, rimasto); otherwise
/// the multiple is the motive of a move (+1: "se n'è andato per il doppio").
struct MultipliedPay: Sendable {
    static let name = "MultipliedPay"
    /// It starts from "doppio", "triplo"… (`evokedFrameCue`; see `SentenceClassSummary`).
    static let gate = SentenceRuleGate(anyWordClass: .evokedFrameCue)
    static let salience = 0.6
    static let multiples: FormSet = ["doppio", "triplo", "quadruplo", "quintuplo", "decuplo"]
    /// Verbs of earning, and of offering pay ("l'Arabia gli garantiva il triplo", "gli promettevano
    /// il doppio").
    static let earning = LemmaBridge(lemmas: ["guadagnare", "prendere", "offrire", "pagare", "garantire", "promettere", "assicurare"])
    /// Marks of an offer not taken.
    static let forgone: FormSet = [
        "poteva", "potevo", "potevano", "potrebbe", "potrei", "potrebbero", "avrebbe", "avrei", "avrebbero", "preferito",
        "preferisce", "preferisco", "rinunciato", "rifiutato", "rinuncia", "rifiuta", "no", "restare", "rimanere", "invece",
        // "gli avevano proposto il doppio, ma è rimasto".
        "rimasto", "rimasta", "restato", "restata",
    ]

    /// The money evoked by a multiple of pay, in a sentence that names no money term.
    func evoked(in state: SentenceSentimentState, occurrences: [FrameOccurrence]) -> FrameOccurrence? {
        guard !occurrences.contains(where: { $0.term.frame == "money" }) else { return nil }
        let units = state.units
        for index in units.indices where index > 0 && units[index].kind == .word && units[index].isIn(.evokedFrameCue) {
            guard Self.multiples.contains(units[index].form), units[index - 1].form == "il" else { continue }
            if index + 1 < units.count, ["di", "del", "della", "dei", "delle", "degli", "dello", "dell'"].contains(units[index + 1].form) { continue }
            let afterPer = index >= 2 && units[index - 2].form == "per"
            let paid = (max(0, index - 6)..<index).contains { position in
                units[position].isIn(.payVerb) || DeclinedOffer.irregularOffering.contains(units[position].form)
                    || (Self.earning.entry(for: units[position].form).map { $0.derivation != .nominal } ?? false)
            }
            guard afterPer || paid else { continue }
            return FrameOccurrence(evoking: "money", by: Self.name, weight: Self.salience, units: (index - 1)..<(index + 1))
        }
        return nil
    }

    /// The stance of an evoked multiple: −1 for an offer not taken, +1 for the motive of a move.
    func verdict(in state: SentenceSentimentState) -> FrameStanceVerdict {
        let forgone = state.units.contains { unit in
            unit.kind == .word && (Self.forgone.contains(unit.form) || unit.form.hasSuffix("rebbe") || unit.form.hasSuffix("rebbero"))
        }
        return FrameStanceVerdict(stance: forgone ? -1 : 1, rule: Self.name)
    }
}
