/// Rules that take a frame term out of a sentence when it is used in another sense, following
/// the frame fixture's edge cases (Fixtures/frames/README.md):
///
/// - `MissionAsOperation`: *missione* as an operation or trip — "missione di pace", "missione
///   spaziale", "missione diplomatica", "in missione a Bruxelles", a probe's or a rescue mission.
/// - `InstrumentalPurpose`: *scopo* in "allo scopo di", "al fine di" (a purely instrumental sense).
/// - `VisionAsSight`: *visione* of a film, a match, the documents.
/// - `FixedPhraseSense`: "frutto della passione", the "Passione secondo Matteo", "progresso della
///   malattia", "ricco di" (full of), "pagare caro", "ha pagato la stanchezza".
/// - `MillionsOfThings`: "milioni di spettatori", "miliardi di persone" — numbers of things that are
///   not money.
/// - `DiscoveryAsNews`: *scoprire* / *scoperta* as a reported event — "la polizia ha scoperto",
///   "sono state scoperte due nuove specie" (a passive or a past tense with an auxiliary).
/// - `SportingChallenge`: *sfida* of a match, a chess game, a championship.
/// - `PriceNotPay`: currency amounts in a sentence about what things cost (prezzo, costo, conto,
///   biglietto, bolletta, al litro) or about a public budget (stanziato, bilancio, appalto) and
///   about nothing people are paid; the same for millions ("il Comune ha stanziato tre milioni"),
///   for *gratis* ("ingresso gratis") and for *offerte* of shops ("le offerte del Black Friday").
/// - `SearchNotResearch`: *ricerca* as a search — a missing person, a rescue in a storm.
/// - `ConsumerBonus`: a *bonus* that is a public incentive to buy or renovate ("il bonus per il
///   rifacimento delle facciate", "bonus bici"), not pay.
/// - `NonWorkContract`: a *contratto* of rent, supply, sale or insurance.
/// - `IncreaseOfOtherThings`: an *aumento* of something other than pay ("l'aumento dei prezzi").
/// - `GoalAsMoney`: a goal word whose content is money is not mission (`GoalAsMoney`).
/// - `AmountNotMatter`: *importo* is the noun, not a form of *importare* ("non mi importa").
/// - `SlangAndBackPay`: *grana* is money only as the singular slang word (not "le grane", troubles,
///   nor "Grana Padano"); *arretrati* is back pay after an article or a pay word, not "i paesi
///   arretrati".
/// - `SenseAsMeaning`: *senso* in "che senso ha…?", "in un certo senso", "buon senso", "senso di
///   colpa", "senso unico" is no purpose; *obiettivi* of sales or turnover are business targets.
enum FrameSenseRules {
    static let operationCues: FormSet = [
        "pace", "spaziale", "spaziali", "sonda", "satellite", "astronauta", "astronauti", "navicella", "diplomatica",
        "diplomatico", "ambasciatore", "militare", "militari", "umanitaria", "salvataggio", "soccorso", "onu", "nato",
        "esplorativa", "marte", "luna", "orbita", "missili", "truppe", "caschi", "kosovo", "capsula", "equipaggio",
        "archeologica", "archeologico", "spedizione", "scavo", "scavi",
    ]
    static let sightObjects: FormSet = ["film", "partita", "serie", "documentario", "atti", "immagini", "video", "filmato", "spettacolo", "documenti"]
    /// Words that make *visione* eyesight or the watching of a show anywhere in the sentence.
    static let sightCues: FormSet = [
        "occhio", "occhi", "oculista", "oculistica", "retina", "cecità", "miopia", "film", "serie", "stagione", "puntata",
        "puntate", "episodio", "episodi", "documentario", "spettacolo",
    ]
    /// What business targets measure ("obiettivi di vendita"): no mission.
    static let businessTargets: FormSet = ["vendita", "vendite", "fatturato", "sostenibilità", "produzione", "risultato", "crescita", "budget", "bilancio", "produttività"]
    /// Words of a search for a person (*ricerca* as a search).
    static let searchCues: FormSet = [
        "scomparso", "scomparsa", "scomparsi", "disperso", "dispersa", "dispersi", "soccorso", "soccorritori", "superstiti",
        "tormenta", "elicottero", "elicotteri", "sommozzatori", "ricerche",
    ]
    /// What a consumer *bonus* pays for (a public incentive, not pay).
    static let consumerBonusCues: FormSet = [
        "facciate", "facciata", "edilizio", "edilizia", "ristrutturazione", "ristrutturazioni", "rifacimento", "mobili",
        "bici", "biciclette", "monopattino", "monopattini", "vacanze", "terme", "elettrodomestici", "caldaia", "tv",
    ]
    /// Contracts that are not about work ("contratto di affitto").
    static let nonWorkContracts: FormSet = [
        "affitto", "locazione", "fornitura", "vendita", "compravendita", "mutuo", "assicurazione", "noleggio", "leasing",
        "appalto", "servizio", "servizi", "gas", "luce",
    ]
    /// Shops and sales (an *offerta* of a shop is a price).
    static let shopCues: FormSet = ["negozio", "negozi", "sconto", "sconti", "saldi", "supermercato", "supermercati", "volantino", "friday", "catena", "clienti"]
    static let priceCues: FormSet = [
        "prezzo", "prezzi", "costo", "costi", "costa", "costano", "conto", "biglietto", "biglietti", "bolletta", "bollette",
        "litro", "tariffa", "tariffe", "scontrino", "spesa", "affitto", "mutuo", "tasso", "borsa", "azioni", "listino",
        "stanziato", "stanziati", "stanziate", "stanziamento", "stanzia", "stanziare", "bilancio", "appalto", "ingresso",
        "museo", "musei", "parcheggio", "spedizione", "investirà", "investito", "investire", "investe", "investono", "utili",
        "ricavi", "semestre", "trimestre", "donato", "donati", "donazione", "donazioni", "raccolta",
    ]
    static let payCues: FormSet = [
        "stipendio", "stipendi", "salario", "salari", "paga", "compenso", "compensi", "retribuzione", "guadagna", "guadagnano",
        "guadagno", "pagato", "pagati", "pagano", "paga", "bonus", "premio", "assegno", "ral", "lordi", "netti", "mese",
        "ora", "anno",
    ]
    /// Words before *arretrati* that make it back pay.
    static let backPayCues: FormSet = [
        "gli", "degli", "agli", "dagli", "negli", "sugli", "stipendi", "straordinari", "pagamenti", "compensi", "contributi",
    ]
    static let currencyWords: FormSet = ["euro", "dollaro", "dollari", "sterline", "franchi", "yen", "lire", "€", "$"]
    static let figurativePayObjects: FormSet = ["stanchezza", "errore", "errori", "conseguenze", "prezzo", "scelta", "caro", "cara", "cari", "care"]
    /// "pagare con la vita": what one pays with when the payment is figurative.
    static let figurativeMeans: FormSet = ["vita", "sangue", "libertà", "salute", "pelle", "carcere"]

    static let auxiliaries: FormSet = ["è", "sono", "stato", "stata", "stati", "state", "ha", "hanno", "aveva", "avevano", "abbiamo", "fu", "furono", "era", "erano"]
    static let policeCues: FormSet = ["polizia", "carabinieri", "finanza", "investigatori", "indagini", "agenti", "questura", "procura", "inquirenti", "sequestro"]
    static let sportCues: FormSet = [
        "scacchi", "partita", "campionato", "calcio", "tennis", "campione", "squadra", "torneo", "match", "derby", "finale", "gara",
        "classifica", "primato", "stadio", "gol", "girone", "coppa", "medaglia", "capolista",
    ]
    static let choiceCues: FormSet = ["ingaggio", "scelto", "scelta", "scegliere", "preferito", "pesato", "rinunciato", "rifiutato"]

    /// Terms whose sense rule looks at the whole sentence.
    static let sentenceWideTerms: FormSet = [
        "importo", "cifra", "scoprire", "scoperta", "sfida", "milione", "milioni", "miliardo", "miliardi", "gratis", "offerta",
        "offerte", "ricerca", "visione", "aumento",
    ]

    static func filter(_ occurrences: [FrameOccurrence], in state: SentenceSentimentState) -> [FrameOccurrence] {
        guard !occurrences.isEmpty else { return occurrences }
        let forms = state.units.map(\.form)
        // The sentence's words, for the rules that look at the whole sentence. (Only searched with
        // `contains(where:)` for a member of a set, which the forms answer as a set of them would,
        // without hashing every form into one.)
        let needsSet = occurrences.contains {
            let first = $0.term.words.first ?? ""
            return currencyWords.contains(first) || Self.sentenceWideTerms.contains(first)
        }
        let formSet: [String] = needsSet ? forms : []
        // A sentence about what things cost or a public budget, and about nothing people are paid.
        // (The set holds every unit's form, so "a form of the set is a cue" is "a unit is of the
        // cue's word class", a bit test per unit.)
        let aboutPrice = needsSet && state.units.contains(where: { $0.isIn(.priceCue) }) && !state.units.contains(where: { $0.isIn(.payCue) })
        let kept = occurrences.filter { occurrence in
            let head = occurrence.head
            let term = occurrence.term.words.first ?? ""
            let next = occurrence.units.upperBound
            func form(_ index: Int) -> String { index >= 0 && index < forms.count ? forms[index] : "" }
            switch term {
            case "missione", "mission":
                if occurrence.term.words.count > 1 { return true }
                if form(head - 1) == "in" { return false }
                let window = max(0, head - 6)..<min(forms.count, next + 6)
                if window.contains(where: { operationCues.contains(forms[$0]) }) { return false }
                return true
            case "scopo":
                if form(head - 1) == "lo" && form(head - 2) == "a" && form(next) == "di" { return false }
                return true
            case "visione":
                if form(next) == "di", sightObjects.contains(form(next + 2)) || sightObjects.contains(form(next + 1)) { return false }
                if formSet.contains(where: { sightCues.contains($0) }) { return false }
                return true
            case "senso":
                // "che senso ha…?", "in un certo senso", "buon senso", "senso unico", "senso di colpa"
                guard occurrence.term.words.count == 1 else { return true }
                if form(head - 1) == "che" && ["ha", "avrebbe", "aveva", "hanno"].contains(form(next)) { return false }
                if form(head - 1) == "certo" || form(head - 1) == "buon" || form(next) == "unico" || form(next) == "vietato" { return false }
                if form(next) == "di", ["colpa", "marcia", "umorismo", "nausea", "vuoto", "fame", "sazietà"].contains(form(next + 1)) { return false }
                if form(head - 1) == "nel" || (form(head - 1) == "il" && form(head - 2) == "in") { return false }
                return true
            case "obiettivo":
                // Business targets: "obiettivi di vendita", "obiettivi di fatturato".
                if form(next) == "di", businessTargets.contains(form(next + 1)) { return false }
                return true
            case "ricerca":
                // "ricerca di base", "ricerca scientifica" are longer terms and keep their sense.
                if occurrence.term.words.count == 1 && formSet.contains(where: { searchCues.contains($0) }) { return false }
                return true
            case "bonus":
                if (next..<min(forms.count, next + 5)).contains(where: { consumerBonusCues.contains(forms[$0]) }) { return false }
                return true
            case "contratto":
                if occurrence.term.words.count == 1 && ["di", "d'"].contains(form(next)) {
                    let object = FrameTermMatcher.articles.contains(form(next + 1)) ? form(next + 2) : form(next + 1)
                    if nonWorkContracts.contains(object) { return false }
                }
                return true
            case "aumento":
                guard occurrence.term.words.count == 1 else { return true }
                if form(next) == "di" {
                    let object = FrameTermMatcher.articles.contains(form(next + 1)) ? form(next + 2) : form(next + 1)
                    let isAmount = object.first?.isNumber == true || object == "%"
                    if !isAmount && !payCues.contains(object) { return false }
                }
                if formSet.contains(where: { priceCues.contains($0) }) && !formSet.contains(where: { payCues.contains($0) }) { return false }
                return true
            case "passione":
                if (head - 3..<head).contains(where: { form($0) == "frutto" }) || form(next) == "secondo" { return false }
                if state.units[head].text.first?.isUppercase == true && head > 0 { return false }
                return true
            case "progresso":
                if form(next) == "di", ["malattia", "tumore", "infezione", "epidemia", "lavori"].contains(form(next + 2)) { return false }
                return true
            case "scoprire", "scoperta":
                if auxiliaries.contains(form(head - 1)) || auxiliaries.contains(form(head - 2)) && form(head - 1) == "stati" { return false }
                if formSet.contains(where: { policeCues.contains($0) }) { return false }
                return true
            case "sfida":
                if formSet.contains(where: { sportCues.contains($0) }) && !formSet.contains(where: { choiceCues.contains($0) }) { return false }
                return true
            case "ricco":
                // "ricco di storia" (full of); "i più ricchi del Paese" is wealth.
                if form(next) == "di" && form(head - 1) != "più" && form(head - 1) != "meno" { return false }
                return true
            case "pagare":
                if figurativePayObjects.contains(form(next)) || figurativePayObjects.contains(form(next + 1)) { return false }
                if form(next) == "con" && (figurativeMeans.contains(form(next + 1)) || figurativeMeans.contains(form(next + 2))) { return false }
                return true
            case "milione", "milioni", "miliardo", "miliardi":
                if form(next) == "di" && !currencyWords.contains(form(next + 1)) && !currencyWords.contains(form(next + 2)) { return false }
                if aboutPrice { return false }
                return true
            case "gratis":
                return !aboutPrice
            case "grana":
                // Money only as the singular slang word: "le grane" are troubles, "Grana Padano" a cheese.
                if state.units[head].form != "grana" || form(next) == "padano" { return false }
                if head > 0 && state.units[head].text.first?.isUppercase == true { return false }
                return true
            case "importo":
                // The noun (an amount), not "importa" (it matters) of *importare*.
                return ["importo", "importi"].contains(state.units[head].form)
            case "arretrati":
                // Back pay ("gli arretrati", "stipendi arretrati"), not "i paesi arretrati".
                return backPayCues.contains(form(head - 1))
            case "offerta", "offerte":
                if occurrence.term.words.count == 1 && formSet.contains(where: { shopCues.contains($0) }) && !formSet.contains(where: { payCues.contains($0) }) {
                    return false
                }
                return true
            default:
                break
            }
            if currencyWords.contains(term) || term == "importo" || term == "cifra" {
                if aboutPrice { return false }
            }
            return true
        }
        return GoalAsMoney.filter(kept, in: state)
    }
}
