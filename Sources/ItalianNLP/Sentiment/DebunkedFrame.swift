/// Frame stance rule: a frame presented as empty talk is debunked (−1): "mi avevano promesso un
/// progetto rivoluzionario", "le belle parole sulla
/// missione", "la retorica dell'innovazione", "lo slogan dice…", "la tanto sbandierata
/// rivoluzione", "altro che sogno" (and anything in the phrase "altro che" opens: "altro che
/// startup per cambiare il mondo"), "ma quale passione", "si riempiono la bocca di innovazione",
/// "il grande sogno … si è ridotto a tre panchine", "si sono rivelate carta straccia",
/// "vocazione un corno", "i buoni propositi … sono durati pochi mesi",
/// "parlare di vocazione … è una presa in giro", "solo una
/// scusa", "i nostri eroi dell'innovazione" said ironically ("eh già"); what people are weary of
/// ("stanchi di sentir lodare il loro spirito di servizio") and what is passed off as something
/// ("fanno passare per volontariato quello che è lavoro"); and what someone calls it ("chiamarla
/// passione è comodo per chi deve pagarti", "la chiamano vocazione").
struct DebunkedFrame: Sendable {
    static let name = "DebunkedFrame"
    /// Cues before the term in its clause (up to ten words before).
    static let cuesBefore: FormSet = [
        "retorica", "slogan", "propaganda", "chiacchiere", "sbandierata", "sbandierato", "sbandierati", "sbandierate",
        "decantata", "decantato", "cosiddetta", "cosiddetto", "presunta", "presunto", "favola", "mito", "storia",
        "dichiarazioni", "discorsi", "discorso", "parole",
        "promesso", "promessa", "promesse", "bocca",
    ]
    /// Cues that debunk only a mission: "ci hanno venduto il sogno di…" (a company sold for
    /// millions is not debunked).
    /// Talking about an ideal is the cliché of empty talk ("parlano di solidarietà"); talking about
    /// bills is not ("qui si parla di bollette da pagare").
    static let missionCuesBefore: FormSet = ["venduto", "venduta", "parlare", "parlano", "parla", "parlava", "parlavano"]
    /// Verbs of calling right before the term (an article may come between): "chiamarla passione"
    /// (the tokenizer splits "chiamar" + "la"), "lo chiamano volontariato", "chiamatela vocazione".
    static let naming: FormSet = [
        "chiamar", "chiamarla", "chiamarlo", "chiamarli", "chiamarle", "chiamano", "chiamavano", "chiama", "chiamava", "chiamate",
        "chiamatela", "chiamatelo",
    ]
    /// Cues anywhere in the sentence after the term.
    static let cuesAfter: FormSet = [
        "scusa", "paravento", "utopia", "illusione", "slogan", "parole", "facciata", "presa", "straccia", "ridotto", "ridotta", "ridotti",
        "ridotte", "corno", "durati", "durato", "durata", "durate",
        // A slogan translated into what it means: "«condividi i nostri valori»: traduzione, stage da 300 euro".
        "traduzione", "tradotto",
        // An ideal that is over: "il sogno è svanito", "la grande visione è naufragata", "… è finito:".
        "svanito", "svanita", "svaniti", "svanite", "tramontato", "tramontata", "tramontati", "tramontate", "naufragato",
        "naufragata", "naufragati", "naufragate", "finito", "finita", "finiti", "finite",
        // Empty talk named after the term: "la loro missione è solo marketing", "… tutta fuffa".
        "marketing", "fuffa", "chiacchiere", "balle", "propaganda",
    ]

    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        let state = context.state
        let head = occurrence.head
        // "altro che X", "ma quale X" (an article may come between; "ma che bella X" praises)
        let skip = FrameTermMatcher.articles.contains(context.form(head - 1)) ? 1 : 0
        let before = context.form(head - 1 - skip)
        let beforeThat = context.form(head - 2 - skip)
        if StringIdentity.equals(before, "che") && StringIdentity.equals(beforeThat, "altro") || StringIdentity.equals(before, "quale") && StringIdentity.equals(beforeThat, "ma") {
            return FrameStanceVerdict(stance: -1, rule: Self.name)
        }
        // "Chiamarla passione è comodo", "la chiamano vocazione": the frame as someone's name for a
        // thing is a label held at a distance — not "si chiama passione", a name given in earnest.
        if Self.naming.contains(before) && beforeThat != "si" {
            return FrameStanceVerdict(stance: -1, rule: Self.name)
        }
        var position = head - 1
        var steps = 0
        while position >= 0 && steps < Self.cueReach {
            if state.units[position].isClauseBoundary && state.units[position].form != "«" && state.units[position].form != "\"" { break }
            // (`debunkStepWord`: a bit test first, for the units that are no copula and no weariness.)
            let isStepWord = state.units[position].isIn(.debunkStepWord)
            if isStepWord && Self.copulas.contains(state.units[position].form) { break }
            if state.units[position].isIn(.debunkCueBefore) { return FrameStanceVerdict(stance: -1, rule: Self.name) }
            // "Altro che startup per cambiare il mondo: …": "altro che" dismisses its whole phrase.
            if position > 0 && StringIdentity.equals(state.units[position].form, "che") && StringIdentity.equals(state.units[position - 1].form, "altro") {
                return FrameStanceVerdict(stance: -1, rule: Self.name)
            }
            // "stanchi di sentir lodare il loro spirito di servizio", "stufo di lavorare per la
            // gloria": what people are weary of is demoted.
            // Weariness of unpaid work is a demand for pay ("stanchi di lavorare gratis"): not here.
            if isStepWord && Self.weary.contains(state.units[position].form) && StringIdentity.equals(context.form(position + 1), "di")
                && !occurrence.term.words.contains(where: { UnpaidWork.unpaidWords.contains($0) })
            {
                return FrameStanceVerdict(stance: -1, rule: Self.name)
            }
            // "fanno passare per volontariato quello che è lavoro", "spacciato per vocazione": a
            // pretence.
            if StringIdentity.equals(context.form(position + 1), "per") && (Self.passingOff.contains(state.units[position].form)
                || StringIdentity.equals(state.units[position].form, "passare") && Self.making.contains(context.form(position - 1)))
            {
                return FrameStanceVerdict(stance: -1, rule: Self.name)
            }
            if occurrence.term.frame == "mission" && state.units[position].isIn(.debunkMissionCueBefore)
                && !(NeutralMention.talking.contains(state.units[position].form) && Self.isPlainReport(context))
            {
                return FrameStanceVerdict(stance: -1, rule: Self.name)
            }
            position -= 1
            steps += 1
        }
        // Scare quotes: a term inside a short quotation ("«vocazione»", "«vuole cambiare il mondo»"),
        // not a quotation of what someone says ("promette «più impatto e meno slogan»").
        if isInShortQuotation(occurrence, state: state) && !isDirectSpeech(occurrence, state: state) {
            return FrameStanceVerdict(stance: -1, rule: Self.name)
        }
        // "X? … Parole." / "X … è una presa in giro" / "X, solo una scusa" / "… un'utopia fallimentare"
        var after = occurrence.units.upperBound
        while after < state.units.count {
            // "meno slogan", "basta parole": a cue that is itself negated debunks nothing.
            if state.units[after].isIn(.debunkCueAfter) && !Self.cueNegators.contains(context.form(after - 1)) {
                if StringIdentity.equals(state.units[after].form, "presa") && context.form(after + 1) != "in" { after += 1; continue }
                // "ridotto a tre panchine": reduced to almost nothing.
                if state.units[after].form.hasPrefix("ridott") && context.form(after + 1) != "a" { after += 1; continue }
                // "il sogno è finito": over only where the clause ends ("è finito in un capannone"
                // is the next cue's, "ha finito il dottorato" is no verdict).
                if state.units[after].form.hasPrefix("finit") && !(after + 1 >= state.units.count || state.units[after + 1].isClauseBoundary) {
                    after += 1
                    continue
                }
                // "vocazione un corno": a dismissal right after the term.
                if StringIdentity.equals(state.units[after].form, "corno") && (after != occurrence.units.upperBound + 1 || context.form(after - 1) != "un") { after += 1; continue }
                // "sono durati pochi mesi", "è durata poco": short-lived.
                if state.units[after].form.hasPrefix("durat") && !["poco", "pochi", "poche", "pochissimo", "il"].contains(context.form(after + 1)) {
                    after += 1
                    continue
                }
                return FrameStanceVerdict(stance: -1, rule: Self.name)
            }
            if state.modifierKind(after) == .contrastAfter || StringIdentity.equals(state.units[after].form, ";") { break }
            after += 1
        }
        return nil
    }

    /// Words that make talk about an ideal sound empty even without a contrast ("parlano solo di
    /// purpose", "dieci anni a parlare di maglia, poi…", "parlano tanto di valori").
    static let emptyTalkWords: FormSet = ["solo", "soltanto", "tanto", "poi", "intanto", "sempre", "continuamente"]

    /// Whether the sentence only reports talk: no contrast, no negative word, no quotation marks,
    /// no word of empty talk — "il documento della Curia parla di vocazioni in calo", "la manager
    /// ha parlato di come trovare un lavoro che abbia uno scopo". Talk about an ideal is the
    /// cliché of empty talk only where something says so ("parlano di solidarietà, ma…").
    static func isPlainReport(_ context: FrameStanceContext) -> Bool {
        let state = context.state
        if context.sides.contains(where: { $0 != 0 }) { return false }
        return !state.units.indices.contains { index in
            let unit = state.units[index]
            if state.valence[index] <= -0.3 { return true }
            if unit.kind == .punctuation { return openingQuotes.contains(unit.text) }
            return unit.kind == .word && emptyTalkWords.contains(unit.form)
        }
    }

    /// Words of weariness, a cue when "di" follows ("stanchi di…", "stufo di…").
    static let weary: FormSet = ["stanco", "stanca", "stanchi", "stanche", "stufo", "stufa", "stufi", "stufe", "stancano", "stufati"]
    /// Passing something off as what it is not: "spacciato per", and "far passare per".
    static let passingOff: FormSet = ["spaccia", "spacciano", "spacciare", "spacciato", "spacciata", "spacciati", "spacciate", "spacciava", "spacciavano"]
    static let making: FormSet = ["far", "fa", "fanno", "fare", "facendo", "fatto", "faceva", "facevano", "fate", "facciamo"]

    /// How many units before the term a cue may stand.
    static let cueReach = 10
    /// A copula or "c'è / ci sono" between the cue and the term ends the debunked noun phrase: what
    /// follows is what the debunking reveals ("dietro la retorica della missione ci sono solo i
    /// profitti").
    static let copulas: FormSet = ["è", "sono", "era", "erano", "c'è", "c'", "ci", "resta", "restano", "rimane", "rimangono"]
    static let cueNegators: FormSet = ["meno", "senza", "basta", "niente", "no", "né"]
    /// Verbs of saying before a quotation that make it direct speech.
    static let sayingVerbs = LemmaBridge(lemmas: [
        "dire", "promettere", "scrivere", "dichiarare", "annunciare", "affermare", "spiegare", "ripetere", "sostenere",
        "rispondere", "commentare", "raccontare", "aggiungere", "assicurare", "garantire", "twittare", "postare", "giurare",
    ])

    static let openingQuotes: FormSet = ["«", "\"", "“", "‘", "'"]
    static let closingQuotes: FormSet = ["»", "\"", "”", "’", "'"]

    /// Whether the quotation around the term follows a verb of saying or a colon, or is followed
    /// by one ("«L'amore per la gente», risponde lui").
    private func isDirectSpeech(_ occurrence: FrameOccurrence, state: SentenceSentimentState) -> Bool {
        var closing = occurrence.units.upperBound
        while closing < state.units.count && !(state.units[closing].kind == .punctuation && Self.closingQuotes.contains(state.units[closing].text)) {
            closing += 1
        }
        var next = closing + 1
        if next < state.units.count && StringIdentity.equals(state.units[next].form, ",") { next += 1 }
        // "«…», ha detto l'attaccante": an auxiliary may come before the verb of saying.
        if next < state.units.count && ["ha", "hanno", "aveva", "avevano", "avrebbe", "è", "sono"].contains(state.units[next].form) { next += 1 }
        if next < state.units.count, let entry = Self.sayingVerbs.entry(for: state.units[next].form), entry.derivation != .nominal {
            return true
        }
        // The irregular forms of *dire* ("dice", "ha detto") that the bridge does not generate.
        if next < state.units.count && RefusedSuitor.saying.contains(state.units[next].form) { return true }
        var position = occurrence.head - 1
        while position >= 0 && !(state.units[position].kind == .punctuation && Self.openingQuotes.contains(state.units[position].text)) {
            position -= 1
        }
        guard position >= 1 else { return false }
        let before = state.units[position - 1]
        if before.form == ":" { return true }
        guard let entry = Self.sayingVerbs.entry(for: before.form) else { return false }
        return entry.derivation != .nominal
    }

    /// Whether the term lies between quotation marks at most four words apart.
    private func isInShortQuotation(_ occurrence: FrameOccurrence, state: SentenceSentimentState) -> Bool {
        var open: Int?
        var position = occurrence.head - 1
        var words = 0
        while position >= 0 && words <= 4 {
            let unit = state.units[position]
            if unit.kind == .punctuation && Self.openingQuotes.contains(unit.text) { open = position; break }
            if unit.kind == .punctuation && unit.isClauseBoundary { return false }
            if unit.kind == .word { words += 1 }
            position -= 1
        }
        guard open != nil else { return false }
        position = occurrence.units.upperBound
        while position < state.units.count && words <= 4 {
            let unit = state.units[position]
            if unit.kind == .punctuation && Self.closingQuotes.contains(unit.text) { return true }
            if unit.kind == .word { words += 1 }
            position += 1
        }
        return false
    }
}
