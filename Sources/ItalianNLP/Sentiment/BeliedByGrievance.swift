/// Frame rule: a company's ideals set beside what it does to the people who work for it are belied
/// (−1) — "Ci chiedono di credere nella missione dell'azienda mentre ci tagliano i buoni pasto",
/// "Che fortuna lavorare per un'azienda con una missione così nobile: tre anni senza aumenti",
/// "La carta dei valori parla di persone al centro; ci hanno raddoppiato i turni". The frame
/// fixture's guidelines: "dicono X, ma Y" and "dietro la retorica di X, Y" demote X; a frame shown
/// to be empty is −1. `BelyingFact` reads a marker of simultaneity before a fact of money; this
/// rule reads the grievance itself, with or without a marker.
///
/// A mission term that belongs to a company (`companyWords` within six units before it or four
/// after it, in its sentence: "i valori dell'azienda", "i valori aziendali", "la carta dei valori")
/// in a sentence that also tells a grievance (`isGrievance`): a cut of pay or perks ("ci tagliano
/// i buoni pasto", "il taglio dei premi"), their absence ("senza aumenti", "niente premio"), more
/// hours ("ci hanno raddoppiato i turni") or dismissals ("licenziano"). Across a colon or a full
/// stop (`CrossSentenceFrames`), a grievance that names no mission belies the company mission of
/// the sentence before.
struct BeliedByGrievance: Sendable {
    static let name = "BeliedByGrievance"
    /// Words that make a mission the company's.
    static let companyWords: FormSet = [
        "azienda", "aziendale", "aziendali", "società", "impresa", "ditta", "multinazionale", "startup", "start-up", "gruppo",
        // The documents of a company's values: "la carta dei valori", "il codice etico".
        "carta", "codice",
    ]
    /// Verbs and nouns of cutting pay or perks.
    static let cuts = LemmaBridge(lemmas: [
        "tagliare", "taglio", "ridurre", "decurtare", "congelare", "sospendere", "abolire", "togliere", "dimezzare", "cancellare",
    ])
    /// Irregular forms of the cutting verbs, which a regular conjugator does not give ("ci hanno
    /// tolto i buoni pasto", "hanno ridotto i premi").
    static let irregularCuts: FormSet = [
        "tolto", "tolta", "tolti", "tolte", "tolgono", "toglie", "ridotto", "ridotta", "ridotti", "ridotte", "riducono", "riduce",
        "sospeso", "sospesa", "sospesi", "sospese",
    ]
    /// Pay and perks a cut or an absence may hit.
    static let perks: FormSet = [
        "buoni", "buono", "premio", "premi", "aumento", "aumenti", "stipendio", "stipendi", "tredicesima", "quattordicesima",
        "straordinari", "ferie", "welfare", "bonus", "salari", "salario", "paghe", "paga", "indennità", "permessi", "mensa",
    ]
    /// Words of absence before a perk: "senza aumenti", "niente premio", "nessun aumento".
    static let absence: FormSet = ["senza", "niente", "nessun", "nessuno", "nessuna", "zero"]
    /// More work: "ci hanno raddoppiato i turni", "allungato l'orario".
    static let moreWork = LemmaBridge(lemmas: ["raddoppiare", "triplicare", "allungare", "aumentare"])
    static let workloads: FormSet = ["turni", "turno", "orario", "orari", "ore", "carichi"]
    /// Dismissals.
    static let dismissals = LemmaBridge(lemmas: ["licenziare", "licenziamento"])

    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        guard occurrence.term.frame == "mission", occurrence.evokedBy == nil else { return nil }
        let state = context.state
        guard Self.isCompanyMission(occurrence, in: state), Self.isGrievance(state, outside: occurrence.units) else { return nil }
        return FrameStanceVerdict(stance: -1, rule: Self.name)
    }

    /// Whether a company word stands within six units before the term or four after it.
    static func isCompanyMission(_ occurrence: FrameOccurrence, in state: SentenceSentimentState) -> Bool {
        let units = state.units
        let window = max(0, occurrence.head - 6)..<min(units.count, occurrence.units.upperBound + 4)
        return window.contains { !occurrence.units.contains($0) && companyWords.contains(units[$0].form) }
    }

    /// Whether the sentence tells a grievance of the people who work (outside `excluded`, the
    /// mission term's own units).
    static func isGrievance(_ state: SentenceSentimentState, outside excluded: Range<Int> = 0..<0) -> Bool {
        let units = state.units
        for index in units.indices where units[index].kind == .word && !excluded.contains(index) {
            let form = units[index].form
            let ahead = (index + 1)..<min(units.count, index + 5)
            if cuts.entry(for: form) != nil || irregularCuts.contains(form), ahead.contains(where: { perks.contains(units[$0].form) }) { return true }
            if absence.contains(form), index + 1 < units.count, perks.contains(units[index + 1].form) { return true }
            if moreWork.entry(for: form).map({ $0.derivation != .nominal }) ?? false, ahead.contains(where: { workloads.contains(units[$0].form) }) {
                return true
            }
            if dismissals.entry(for: form) != nil { return true }
        }
        return false
    }

    /// Whether the sentence names a mission and a company word: `CrossSentenceFrames` keeps it for
    /// the next sentence's grievance ("…un'azienda con una missione così nobile: | tre anni senza aumenti").
    static func namesCompanyMission(_ state: SentenceSentimentState, frames: [String: FrameScore]) -> Bool {
        frames["mission"] != nil && state.units.contains { $0.kind == .word && companyWords.contains($0.form) }
    }
}
