/// Frame rule: turning down a suitor evokes the money that was offered, rejected (−1) — "ha
/// detto no a Google", "ha detto no all'Arabia Saudita", "ha rifiutato la corte di tre club
/// inglesi", "ha declinato la proposta di una banca d'affari". A frame fixture's guideline:
/// rejecting offers evokes money even where no money word is written. What the refusal chose
/// instead is then the alternative motive (`AlternativeMotive`: "…: «Voglio vincere qui»").
///
/// Two shapes, in a sentence that names no money: "dire no a" followed within six words by an
/// offer noun, or by a capitalised name (an employer, a club, a country) when the refusal is a
/// career move — said in the first person ("ho detto no a Google") or of a professional
/// ("l'attaccante ha detto no…"), not of a politician saying no to another; and a verb of
/// refusing (rifiutare, declinare, respingere, snobbare) with an offer noun as its object, within
/// three words ("ha rifiutato la corte di tre club"; not "la proposta di legge", "di matrimonio"),
/// or a capitalised name there when the refusal is made to stay ("ha rifiutato la Premier per
/// restare"). In both shapes an employer (`employers`: una multinazionale, una clinica, il
/// campionato turco) is a suitor when the refusal is made to stay ("per restare", "ed è rimasto")
/// or for a purpose ("per finire gli studi"); "ha detto di no" is "ha detto no".
struct RefusedSuitor: Sendable {
    static let name = "RefusedSuitor"
    /// It starts from a refusal (`refusalCue`; see `SentenceClassSummary`).
    static let gate = SentenceRuleGate(anyWordClass: .refusalCue)
    static let salience = 0.6
    /// Nouns of an offer or a courtship.
    static let offerNouns: FormSet = [
        "proposta", "proposte", "chiamata", "chiamate", "corte", "corteggiamento", "corteggiamenti", "sirene", "avances",
        "colloqui", "colloquio", "lusinghe",
    ]
    static let refusing = LemmaBridge(lemmas: ["rifiutare", "declinare", "respingere", "snobbare"])
    /// What a proposal may be that is no job offer.
    static let otherProposals: FormSet = ["legge", "matrimonio", "pace", "modifica", "emendamento", "riforma", "accordo", "tregua"]
    /// First-person auxiliaries: "ho detto no", "abbiamo detto no".
    static let firstPerson: FormSet = ["ho", "abbiamo", "avevo", "avevamo"]
    /// People whose refusals are career moves.
    static let professionals: FormSet = [
        "attaccante", "calciatore", "calciatrice", "giocatore", "giocatrice", "allenatore", "allenatrice", "campione", "campionessa",
        "portiere", "difensore", "centrocampista", "pilota", "tennista", "ricercatore", "ricercatrice", "scienziato", "scienziata",
        "ingegnere", "medico", "chirurgo", "chirurga", "manager", "dirigente", "programmatore", "programmatrice", "sviluppatore",
        "sviluppatrice", "chef", "cantante", "attore", "attrice", "docente", "professore", "professoressa", "fisico", "fisica",
        "matematico", "matematica", "biologo", "biologa", "architetto", "designer", "startupper", "fondatore", "fondatrice",
    ]
    static let saying: FormSet = ["detto", "dice", "dire", "dicono", "dico", "disse", "dissero", "dirà", "diciamo", "dica"]

    /// Verbs of staying after "per": a refusal made to stay is a career move.
    static let staying: FormSet = ["restare", "rimanere", "continuare", "tornare", "restarci", "rimanerci"]
    /// Participles of staying after "è" or "sono": "ha detto di no … ed è rimasto".
    static let stayed: FormSet = ["rimasto", "rimasta", "rimasti", "rimaste", "restato", "restata", "restati", "restate"]
    /// Employers and the places of a career, which a refusal made to stay or for a purpose turns
    /// down as suitors: "ha detto no alla multinazionale per restare", "ha detto di no a una clinica
    /// svizzera ed è rimasto".
    static let employers: FormSet = [
        "multinazionale", "multinazionali", "clinica", "cliniche", "banca", "banche", "azienda", "aziende", "società", "club",
        "squadra", "squadre", "campionato", "fondo", "fondi", "colosso", "colossi", "gruppo", "agenzia", "ditta", "holding",
        "compagnia", "studio", "franchigia", "università",
    ]

    /// Whether "per" and a verb of staying follow the refusal at `index` within eight units, or
    /// "è" / "sono" and a participle of staying ("ed è rimasto") within ten.
    static func staysAfter(_ index: Int, in units: [SentimentUnit]) -> Bool {
        let end = min(units.count - 1, index + 10)
        guard index + 1 < end else { return false }
        return (index + 1..<end).contains { position in
            (position < index + 8 && units[position].form == "per" && staying.contains(units[position + 1].form))
                || ((units[position].form == "è" || units[position].form == "sono") && stayed.contains(units[position + 1].form))
        }
    }

    /// Whether a purpose follows the refusal at `index` within ten units: "per" and an infinitive
    /// ("per finire gli studi"), or "perché".
    static func purposeAfter(_ index: Int, in units: [SentimentUnit]) -> Bool {
        let end = min(units.count - 1, index + 10)
        guard index + 1 < end else { return false }
        return (index + 1..<end).contains { position in
            units[position].form == "perché" || units[position].form == "per" && PurposeForOthers.infinitive(units[position + 1].form) != nil
        }
    }

    /// The money evoked by a refusal, if the sentence has one and names no money.
    func evoked(in state: SentenceSentimentState, occurrences: [FrameOccurrence]) -> FrameOccurrence? {
        guard !occurrences.contains(where: { $0.term.frame == "money" }) else { return nil }
        let units = state.units
        // One bit per word: looking every word up in the bridge cost 3% of the whole analysis.
        for index in units.indices where units[index].kind == .word && units[index].isIn(.refusalCue) {
            var objectStart: Int?
            var reach = 0
            var names = false
            // "ha detto no", "ha detto di no".
            let saying = index > 0 && Self.saying.contains(units[index - 1].form) ? index - 1
                : index > 1 && units[index - 1].form == "di" && Self.saying.contains(units[index - 2].form) ? index - 2 : nil
            if units[index].form == "no", let saying, index + 1 < units.count,
                units[index + 1].form.hasPrefix("a") && units[index + 1].form.count <= 4
            {
                // "no a", "no al", "no alla", "no ai", "no all'"…
                objectStart = index + 1
                reach = 6
                let auxiliary = saying >= 1 ? units[saying - 1].form : ""
                names = Self.firstPerson.contains(auxiliary) || units.contains { Self.professionals.contains($0.form) }
            } else if let entry = Self.refusing.entry(for: units[index].form), entry.derivation != .nominal {
                objectStart = index + 1
                reach = 3
                // "Ha rifiutato la Premier per restare nella squadra della sua città": refusing a
                // named suitor to stay is a career move.
                names = Self.staysAfter(index, in: units)
            }
            guard let start = objectStart else { continue }
            // An employer turned down to stay or for a purpose is a suitor.
            let careerMove = Self.staysAfter(index, in: units) || Self.purposeAfter(index, in: units)
            var position = start
            var words = 0
            while position < units.count && words < reach && !units[position].isClauseBoundary {
                let unit = units[position]
                if unit.kind == .word {
                    words += 1
                    let isName = names && unit.text.first?.isUppercase == true && position > 0
                    let otherProposal = position + 2 < units.count && units[position + 1].form == "di" && Self.otherProposals.contains(units[position + 2].form)
                    let isEmployer = careerMove && Self.employers.contains(unit.form)
                    if (Self.offerNouns.contains(unit.form) && !otherProposal) || isName || isEmployer {
                        return FrameOccurrence(evoking: "money", by: Self.name, weight: Self.salience, units: index..<(position + 1))
                    }
                }
                position += 1
            }
        }
        return nil
    }
}
