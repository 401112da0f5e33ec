/// Frame stance rule: a frame that is only reported, measured or asked about has no stance (0) —
/// "Il rapporto analizza la relazione tra livelli salariali e…", "la RAL media … si aggira
/// intorno ai 30.000 euro", "Il convegno discuterà di innovazione sociale", "Conta di più lo
/// stipendio o la missione?", "abbiamo chiesto se conti di più la vocazione o lo stipendio",
/// "quanto guadagnano i dirigenti". It applies only where no other
/// rule found a stance and the sentence evaluates nothing.
struct NeutralMention: Sendable {
    static let name = "NeutralMention"
    /// A word this strong evaluates (Sentix gives many neutral verbs ±0.3–0.5).
    static let evaluation = 0.6
    static let cues: FormSet = [
        "sondaggio", "rapporto", "convegno", "indagine", "classifica", "statistica", "statistiche", "dati", "media",
        "medio", "medi", "aggira", "analizza", "analizzare", "discuterà", "discutere", "elenca", "comprende",
        "questionario", "intervista", "studio", "censimento", "istat", "adeguamento",
        // Public acts reported as news ("il consiglio ha approvato un piano di stock option").
        "pubblicato", "pubblicata", "pubblicati", "pubblicate", "approvato", "approvata", "approvati", "approvate", "bando",
        "bandi",
        // Events on a topic ("il festival dell'innovazione", "una conferenza sul bene comune").
        "festival", "conferenza", "seminario", "workshop", "rassegna", "fiera", "cerimonia", "cerimonie",
        "mostre", "evento", "eventi", "manifestazione", "premiazione", "inaugurazione", "kermesse", "convegni",
        // Documents that list aims and policies ("lo statuto elenca gli scopi", "un capitolo del
        // bilancio sociale sulle politiche retributive"), and the meetings and negotiations that
        // decide pay ("l'assemblea voterà il dividendo", "la trattativa per il rinnovo").
        "statuto", "statuti", "capitolo", "capitoli", "bilancio", "assemblea", "trattativa", "trattative", "negoziato",
        "negoziati", "delibera",
        // Court rulings reported as news ("il giudice ha riconosciuto gli arretrati").
        "giudice", "tribunale", "sentenza", "corte",
        // Laws, agreements and official figures ("il decreto prevede", "l'accordo firmato ieri",
        // "secondo le stime").
        "decreto", "normativa", "circolare", "accordo", "intesa", "ministero", "stima", "stime", "percentuale",
    ]

    /// Verbs and nouns of reports, debates and public acts, in any form ("discuteranno",
    /// "ha pubblicato il bando", "il dibattito"), and the people a survey asked ("il 58% degli
    /// intervistati").
    static let cueLemmas = LemmaBridge(lemmas: [
        "analizzare", "discutere", "dibattere", "dibattito", "elencare", "confrontare", "documentare", "votare", "deliberare",
        "prevedere", "stanziare", "stimare", "ammontare", "comunicare", "annunciare", "firmare", "intervistare",
    ])

    /// Third-person forms of *parlare*: someone reported talking about a topic ("la manager ha
    /// parlato di stipendi d'ingresso", "il documento parla di vocazioni in calo"). Only the topic
    /// itself is neutral (the term after "di" in the same clause), and only where no other rule
    /// found a stance: talk shown to be empty is `DebunkedFrame`'s and `ContrastedFrame`'s, which
    /// run first. The speaker's own "stiamo parlando di un contratto scaduto" asserts.
    static let talking: FormSet = ["parla", "parlano", "parlato", "parlava", "parlavano", "parlerà", "parleranno", "parlò", "parlarono"]

    /// Whether the term is the topic of reported talk: a form of `talking`, then "di" (or a
    /// contraction of it), then the term, within eight units of one clause.
    static func isTalkedAbout(_ occurrence: FrameOccurrence, in state: SentenceSentimentState) -> Bool {
        let units = state.units
        var position = occurrence.head - 1
        var sawDi = false
        while position >= 0 && occurrence.head - position <= 8 && !units[position].isClauseBoundary {
            let form = units[position].form
            if StringIdentity.equals(form, "di") || StringIdentity.equals(form, "d'") { sawDi = true }
            if sawDi && talking.contains(form) { return true }
            position -= 1
        }
        return false
    }

    /// For each unit, the index of the opening quotation mark whose quotation contains it, or −1
    /// (one pass over the sentence).
    static func quotations(in state: SentenceSentimentState) -> [Int] {
        var result = [Int](filledWith: -1, count: state.units.count)
        var open = -1
        for position in state.units.indices {
            result[position] = open
            // The four marks begin with byte C2 or E2 in UTF-8, and no other text compares equal to
            // one of them: other texts skip the comparisons.
            let lead = state.units[position].text.utf8.first
            guard lead == 0xC2 || lead == 0xE2 else { continue }
            let text = state.units[position].text
            if text == "«" || text == "“" { open = position } else if text == "»" || text == "”" { open = -1 }
        }
        return result
    }

    /// Whether the first sentence-closing mark after `index` is a question mark.
    static func questionCloses(after index: Int, in state: SentenceSentimentState) -> Bool {
        for position in index..<state.units.count where state.units[position].kind == .punctuation {
            if state.units[position].hasQuestionMark { return true }
            let text = state.units[position].text
            // (The bytes first, as for `hasQuestionMark`: a "." or "!" Character is that one scalar.)
            if text.utf8.contains(0x2E) && text.contains("." as Character) || text.utf8.contains(0x21) && text.contains("!" as Character) {
                return false
            }
        }
        return false
    }

    /// Forms of asking that open an indirect question with "se".
    static let asking: FormSet = [
        "chiesto", "chiesta", "chiesti", "chiede", "chiedono", "chiedeva", "chiedevano", "chiedere", "chiediamo", "domandato",
        "domanda", "domandano", "chiedo",
    ]

    /// Whether the frames are the two terms of an indirect question: a form of asking, then "se",
    /// then the first term, and "o" or "oppure" between the first and the last term.
    func isIndirectEitherOr(_ context: FrameStanceContext) -> Bool {
        let units = context.state.units
        // Both words the question needs, "se" and "o" (or "oppure"), looked for first: most
        // sentences with two frame terms have neither, and the heads below cost two arrays.
        guard units.contains(where: { StringIdentity.equals($0.form, "se") }),
            units.contains(where: { StringIdentity.equals($0.form, "o") || StringIdentity.equals($0.form, "oppure") })
        else { return false }
        // The opposed frames only: "medici" (health) may stand before the "se".
        let heads = context.occurrences.filter { occurrence in AlternativeMotive.pairs.contains { $0.0 == occurrence.term.frame } }.map(\.head)
        guard let first = heads.min(), let last = heads.max(), first < last,
            (first..<last).contains(where: { StringIdentity.equals(units[$0].form, "o") || StringIdentity.equals(units[$0].form, "oppure") }),
            let se = (0..<first).last(where: { StringIdentity.equals(units[$0].form, "se") })
        else { return false }
        return (max(0, se - 8)..<se).contains { Self.asking.contains(units[$0].form) }
    }

    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        let state = context.state
        let units = state.units
        // An indirect question about an amount: "quanto guadagnano i dirigenti".
        // (A switch: no array of the four built for every occurrence.)
        switch SwitchedForm(context.form(occurrence.head - 1)) {
        case "quanto", "quanta", "quanti", "quante": return FrameStanceVerdict(stance: 0, rule: Self.name)
        default: break
        }
        // An either/or question about the frames, even with "meglio": "lo stipendio o la missione?".
        // The question mark closes the terms' clause, not necessarily the sentence: a quoted
        // question may be followed by the answer ("«Per passione o per lo stipendio?» «Mi lasci…»").
        if context.occurrences.count >= 2,
            let first = context.occurrences.lazy.map(\.head).min(), let last = context.occurrences.lazy.map(\.head).max(),
            Self.questionCloses(after: last, in: state),
            (first..<last).contains(where: { StringIdentity.equals(units[$0].form, "o") || StringIdentity.equals(units[$0].form, "oppure") })
        {
            return FrameStanceVerdict(stance: 0, rule: Self.name)
        }
        // An indirect either/or question: "abbiamo chiesto … se contino di più la vocazione o lo
        // stipendio".
        if context.occurrences.count >= 2, isIndirectEitherOr(context) { return FrameStanceVerdict(stance: 0, rule: Self.name) }
        // A sentence that evaluates something is not a neutral report.
        if units.indices.contains(where: { abs(state.valence[$0]) >= Self.evaluation && !context.isFrameUnit($0) }) { return nil }
        // "La manager ha parlato di stipendi d'ingresso": the topic of reported talk.
        if Self.isTalkedAbout(occurrence, in: state) { return FrameStanceVerdict(stance: 0, rule: Self.name) }
        // The cue must not be part of a frame term ("borsa di studio" is no study), and a term
        // quoted in direct speech is the speaker's claim, not a report's figure. A sentence with
        // no cue at all needs no quotation marks worked out (`SentenceClassSummary`).
        guard state.summary.wordClasses.contains(.neutralMentionCue) else { return nil }
        let quotations = Self.quotations(in: state)
        let quoted = quotations[occurrence.head]
        if units.indices.contains(where: { index in
            units[index].kind == .word && units[index].isIn(.neutralMentionCue) && !context.isFrameUnit(index)
                && quotations[index] == quoted
        }) {
            return FrameStanceVerdict(stance: 0, rule: Self.name)
        }
        return nil
    }
}
