/// Rules that take a frame term out of a sentence when it is used in another sense, following
/// the frame fixture's edge cases (Fixtures/frames/README.md):
///
/// - `MissionAsOperation`: *missione* as an operation or trip — "missione di pace", "missione
///   spaziale", "missione diplomatica", "in missione a Bruxelles", a probe's or a rescue mission;
///   and "missione compiuta", the idiom of any task done.
/// - `InstrumentalPurpose`: *scopo* in "allo scopo di", "al fine di" (a purely instrumental sense).
/// - `VisionAsSight`: *visione* of a film, a match, the documents.
/// - `FixedPhraseSense`: "frutto della passione", the "Passione secondo Matteo", a passion between
///   lovers ("una passione proibita", "la passione tra i due"), "progresso della malattia" (or of a
///   patient, works or talks), "ricco di" (full of), the wealth of places ("i Paesi ricchi"),
///   "pagare caro", "ha pagato la stanchezza", "in compenso" (on the other hand), "un investimento
///   sul futuro" (figurative), gains that are
///   not money ("guadagnare tempo", "si è guadagnato un rigore", "guadagnarsi la fiducia").
/// - `MillionsOfThings`: "milioni di spettatori", "miliardi di persone" — numbers of things that are
///   not money.
/// - `DiscoveryAsNews`: *scoprire* / *scoperta* as a reported event — "la polizia ha scoperto",
///   "sono state scoperte due nuove specie" (a passive or a past tense with an auxiliary).
/// - `MeasuredLevels`: *valori* measured ("i valori del colesterolo", "valori di PM10"); and
///   "l'impegno di spesa" (a budget commitment), "la passione di Cristo".
/// - `SportingChallenge`: *sfida* of a match, a chess game, a championship, "la sfida tra" two sides, or with a named one ("la sfida con il Milan").
/// - `PriceNotPay`: currency amounts in a sentence about what things cost (prezzo, costo, conto,
///   biglietto, bolletta, al litro) or about a public budget (stanziato, bilancio, appalto) and
///   about nothing people are paid (a month or an hour names pay only as a rate: "al mese"); the same for millions ("il Comune ha stanziato tre milioni"),
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
/// - `PayrollContributions`: plural *contributi* beside taxes or the pension office ("tasse e
///   contributi") are payroll deductions, not a contribution to a cause.
/// - `PlanNotPurpose`: *progetto* as a bill, a budget or a building plan ("progetto di legge",
///   "il progetto esecutivo del ponte") is no purpose.
/// - `FieldNotLiving`: "campo", "campi" are the noun (a pitch, a field: "in campo"), not forms of
///   *campare* ("si campa").
/// - `SenseAsMeaning`: *senso* in "che senso ha…?", "in un certo senso", "buon senso", "senso di
///   colpa", "senso unico" is no purpose; *obiettivi* of sales or turnover are business targets.
enum FrameSenseRules {
    static let operationCues: FormSet = [
        "pace", "spaziale", "spaziali", "sonda", "satellite", "astronauta", "astronauti", "navicella", "diplomatica",
        "diplomatico", "ambasciatore", "militare", "militari", "umanitaria", "salvataggio", "soccorso", "onu", "nato",
        "esplorativa", "marte", "luna", "orbita", "missili", "truppe", "caschi", "kosovo", "capsula", "equipaggio",
        "archeologica", "archeologico", "spedizione", "scavo", "scavi",
        // Space agencies, planets and launches: "la missione dell'ESA partirà a marzo".
        "esa", "nasa", "asi", "giove", "saturno", "venere", "mercurio", "asteroide", "cometa", "razzo", "decollo", "rover",
    ]
    /// Words right after *passione* that make it love between people.
    static let romanticCues: FormSet = [
        "tra", "fra", "proibita", "amorosa", "travolgente", "carnale", "segreta", "clandestina", "erotica", "fatale",
    ]
    /// What *progresso* may be of, when it is no value: an illness, a patient, works, talks.
    static let progressOfThings: FormSet = [
        "malattia", "tumore", "infezione", "epidemia", "lavori", "paziente", "pazienti", "malato", "malata", "malati",
        "guarigione", "riabilitazione", "cantiere", "cantieri", "indagini", "inchiesta", "trattativa", "trattative",
        "negoziato", "negoziati",
    ]
    /// Places whose wealth is no one's pay ("i Paesi ricchi").
    static let wealthyPlaces: FormSet = [
        "paese", "paesi", "nazione", "nazioni", "regione", "regioni", "stato", "stati", "economia", "economie", "provincia",
        "province", "città", "zone", "aree", "area", "terre", "terra", "continente",
    ]
    /// What one gains that is no money ("guadagnare tempo", "guadagnarsi un rigore").
    static let nonMoneyGains: FormSet = [
        "tempo", "terreno", "punti", "punto", "posizioni", "posizione", "consensi", "consenso", "voti", "quota", "metri",
        "fiducia", "rispetto", "stima", "simpatia", "applausi", "rigore", "calcio", "accesso", "titolo", "qualificazione",
        "finale", "promozione", "popolarità", "visibilità", "spazio", "minuti", "secondi", "elogi", "affetto", "posto",
        "medaglia", "copertina", "paradiso",
    ]
    /// What a reflexive *guadagnarsi* gains that is money ("guadagnarsi il pane", "… lo stipendio").
    static let moneyGains: FormSet = ["pane", "pagnotta", "stipendio", "salario", "soldi", "vita", "milioni", "mille", "bene", "poco", "tanto"]
    /// What a search is for when *ricerca* is no research ("la ricerca del parcheggio").
    static let searchObjects: FormSet = [
        "parcheggio", "casa", "lavoro", "personale", "appartamento", "alloggio", "posto", "colpevole", "colpevoli",
        "responsabili", "funghi", "tartufi", "parcheggi", "candidati", "sponsor", "acquirente", "acquirenti",
    ]
    /// Pastimes: a passion for them is no vocation.
    static let pastimes: FormSet = [
        "calcio", "tennis", "basket", "pallavolo", "sci", "moto", "motori", "auto", "pesca", "caccia", "giardinaggio", "viaggi",
        "vino", "ciclismo", "formula", "juventus", "inter", "milan", "roma", "lazio", "napoli",
    ]
    /// Words of a camera (*obiettivo* as a lens).
    static let photoCues: FormSet = ["fotografo", "fotografa", "fotografi", "fotocamera", "zoom", "grandangolo", "scatto", "scatti", "reflex"]
    /// Words of a dream in one's sleep.
    static let sleepCues: FormSet = ["ricorrente", "stanotte", "incubo", "incubi", "dormire", "dormivo", "dormito", "sonno", "svegliato", "svegliata"]
    /// What an *impatto* right after it makes an effect on things ("impatto ambientale").
    static let impactOfThings: FormSet = ["ambientale", "acustico", "visivo", "fiscale", "economico", "sul", "sulla", "sui"]
    /// Words of a collision.
    static let collisionCues: FormSet = ["contro", "auto", "scontro", "urto", "schianto", "guardrail", "veicolo", "camion", "frontale", "violentissimo", "violento"]
    static let sightObjects: FormSet = ["film", "partita", "serie", "documentario", "atti", "immagini", "video", "filmato", "spettacolo", "documenti"]
    /// Words that make *visione* eyesight or the watching of a show anywhere in the sentence.
    static let sightCues: FormSet = [
        "occhio", "occhi", "oculista", "oculistica", "retina", "cecità", "miopia", "film", "serie", "stagione", "puntata",
        "puntate", "episodio", "episodi", "documentario", "spettacolo", "notturna", "binocolo", "binocoli", "occhiali",
        "telecamera", "telecamere", "visore",
        // A screening: "il cinema", "la proiezione", "lo schermo".
        "cinema", "proiezione", "schermo",
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
        "bici", "biciclette", "monopattino", "monopattini", "vacanze", "terme", "elettrodomestici", "caldaia", "tv", "auto",
        "elettriche", "rottamazione", "fotovoltaico", "pannelli", "infissi",
    ]
    /// Words of the share market.
    static let marketCues: Set<String> = [
        "borsa", "titolo", "titoli", "crollato", "crollate", "crollo", "rialzo", "ribasso", "quotazione", "quotazioni", "listino",
        "indice", "piazza", "investitori", "azionisti",
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
        "ricavi", "semestre", "trimestre", "donato", "donati", "donazione", "donazioni", "raccolta", "utile",
        "chilo", "chili", "kg", "etto", "quintale", "quintali",
    ]
    static let payCues: FormSet = [
        "stipendio", "stipendi", "salario", "salari", "paga", "compenso", "compensi", "retribuzione", "guadagna", "guadagnano",
        "guadagno", "pagato", "pagati", "pagano", "paga", "bonus", "premio", "assegno", "ral", "lordi", "netti", "mese",
        "ora", "anno", "dipendenti", "lavoratori",
        // Earning and being paid in other tenses ("l'anno scorso ha guadagnato 40.000 euro").
        "guadagnato", "guadagnati", "guadagnava", "guadagnavano", "guadagnerà", "guadagneranno", "guadagnare", "guadagnano",
        "guadagni", "pagata", "pagate", "pagava", "pagavano", "percepito", "percepisce", "percepiscono", "incassato", "incassa",
        "stipendiato", "stipendiati", "retribuito", "retribuiti", "retribuzioni", "compensi", "salari", "ingaggio",
    ]
    /// Words around a plural *contributi* that make them payroll contributions, not a
    /// contribution to a cause.
    static let payrollCues: FormSet = [
        "tasse", "imposte", "previdenziali", "pensionistici", "assistenziali", "inps", "versati", "versare", "figurativi",
        "contributivi", "irpef", "trattenute", "ritenute",
    ]
    /// Adjectives that make a *progetto* a technical or legal plan, no purpose.
    static let technicalPlans: FormSet = [
        "esecutivo", "definitivo", "preliminare", "edilizio", "urbanistico", "architettonico", "stradale", "infrastrutturale",
        "esecutivi", "definitivi", "preliminari", "edilizi", "urbanistici", "architettonici", "stradali",
    ]
    /// What a "progetto di …" plans when it is a bill, a budget or a building.
    static let plannedThings: FormSet = ["legge", "bilancio", "fattibilità", "ampliamento", "ristrutturazione", "riqualificazione", "costruzione"]
    /// Forms of *campare* that are far more often the noun *campo* (a field, a pitch).
    static let fieldForms: FormSet = ["campo", "campi"]
    /// Words before *arretrati* that make it back pay.
    static let backPayCues: FormSet = [
        "gli", "degli", "agli", "dagli", "negli", "sugli", "stipendi", "straordinari", "pagamenti", "compensi", "contributi",
    ]
    static let currencyWords: FormSet = ["euro", "dollaro", "dollari", "sterline", "franchi", "yen", "lira", "lire", "centesimo", "centesimi", "€", "$"]
    static let figurativePayObjects: FormSet = ["stanchezza", "errore", "errori", "conseguenze", "prezzo", "scelta", "caro", "cara", "cari", "care"]
    /// "pagare con la vita": what one pays with when the payment is figurative.
    static let figurativeMeans: FormSet = ["vita", "sangue", "libertà", "salute", "pelle", "carcere"]

    static let auxiliaries: FormSet = ["è", "sono", "stato", "stata", "stati", "state", "ha", "hanno", "aveva", "avevano", "abbiamo", "fu", "furono", "era", "erano"]
    static let policeCues: FormSet = [
        "polizia", "carabinieri", "finanza", "investigatori", "indagini", "agenti", "questura", "procura", "inquirenti", "sequestro",
        "cadavere", "salma", "refurtiva", "arsenale", "droga",
    ]
    static let sportCues: FormSet = [
        "scacchi", "partita", "campionato", "calcio", "tennis", "campione", "squadra", "torneo", "match", "derby", "finale", "gara",
        "classifica", "primato", "stadio", "gol", "girone", "coppa", "medaglia", "capolista", "squadre", "partite", "gare",
        "tornei", "campionati", "stadi", "tifosi", "salvezza", "scudetto", "retrocessione", "playoff",
    ]
    static let choiceCues: FormSet = ["ingaggio", "scelto", "scelta", "scegliere", "preferito", "pesato", "rinunciato", "rifiutato"]

    /// Whether the sentence is about sport and no choice: a sporting challenge, ambition or goal.
    static func isSporting(_ formSet: UnitForms) -> Bool {
        formSet.contains(where: { sportCues.contains($0) }) && !formSet.contains(where: { choiceCues.contains($0) })
    }

    /// What *valori* may measure instead of values (`MeasuredLevels`).
    static let measuredLevels: FormSet = [
        "colesterolo", "glicemia", "pressione", "sangue", "emoglobina", "ferritina", "tiroide", "fegato", "esami", "pm10", "pm2.5",
        "ozono", "smog", "inquinamento", "inquinanti", "mercurio", "radon", "arsenico", "nitrati", "polveri", "temperatura",
        "azoto", "co2", "umidità", "piombo", "benzene", "glucosio", "trigliceridi", "creatinina",
    ]

    /// Possessives before *azioni* that make them someone's holding.
    static let ownersShares: FormSet = ["sue", "mie", "tue", "proprie", "loro", "nostre", "vostre"]

    /// Terms whose sense rule looks at the whole sentence.
    static let sentenceWideTerms: FormSet = [
        "obiettivo", "ambizione", "traguardo", "sogno", "impatto", "contributo", "azioni",
        "importo", "cifra", "scoprire", "scoperta", "sfida", "milione", "milioni", "miliardo", "miliardi", "gratis", "offerta",
        "offerte", "ricerca", "visione", "aumento",
    ]

    /// Words of a period that name pay only as a rate ("1.500 euro al mese"). "ora" and "anno"
    /// stay pay cues anywhere: beside a price word they more often stand in a sentence about pay
    /// that the other cues miss than in one about a price.
    static let rateWords: FormSet = ["mese"]

    /// Whether the unit is a pay cue: "mese" only as a rate — after "a" or "per", or after an
    /// article that follows "a" or an amount ("al mese", "mille euro il mese"); "la prima
    /// domenica del mese" names no pay.
    static func isPayCue(_ index: Int, in units: [SentimentUnit]) -> Bool {
        guard units[index].isIn(.payCue) else { return false }
        guard rateWords.contains(units[index].form) else { return true }
        guard index > 0 else { return false }
        let previous = units[index - 1].form
        if StringIdentity.equals(previous, "a") || StringIdentity.equals(previous, "per") { return true }
        guard units[index - 1].isIn(.article), index > 1 else { return false }
        let before = units[index - 2].form
        return StringIdentity.equals(before, "a") || currencyWords.contains(before) || PlainMoneyMention.isNumber(before)
    }

    static func filter(_ occurrences: [FrameOccurrence], in state: SentenceSentimentState) -> [FrameOccurrence] {
        guard !occurrences.isEmpty else { return occurrences }
        // Read in place: `map(\.form)` copied every form (a retain each) into a new array for
        // every sentence with a frame term.
        let forms = UnitForms(state.units)
        // The sentence's words, for the rules that look at the whole sentence. (Only searched with
        // `contains(where:)` for a member of a set, which the forms answer as a set of them would,
        // without hashing every form into one.)
        let needsSet = occurrences.contains {
            let first = $0.term.words.first ?? ""
            return currencyWords.contains(first) || Self.sentenceWideTerms.contains(first)
        }
        let formSet = needsSet ? forms : UnitForms.none
        // A sentence about what things cost or a public budget, and about nothing people are paid.
        // (The set holds every unit's form, so "a form of the set is a cue" is "a unit is of the
        // cue's word class", a bit test per unit.)
        let aboutPrice = needsSet && state.units.contains(where: { $0.isIn(.priceCue) }) && !state.units.indices.contains(where: { isPayCue($0, in: state.units) })
        let kept = occurrences.filter { occurrence in
            let head = occurrence.head
            let term = occurrence.term.words.first ?? ""
            let next = occurrence.units.upperBound
            func form(_ index: Int) -> String { index >= 0 && index < forms.count ? forms[index] : "" }
            // Through `SwitchedForm`: most terms match none of the cases, each a failed comparison.
            switch SwitchedForm(term) {
            case "missione", "mission":
                if occurrence.term.words.count > 1 { return true }
                if StringIdentity.equals(form(head - 1), "in") { return false }
                // "Missione compiuta": a task done, the idiom of any errand.
                if StringIdentity.equals(form(next), "compiuta") { return false }
                let window = max(0, head - 6)..<min(forms.count, next + 6)
                if window.contains(where: { operationCues.contains(forms[$0]) }) { return false }
                return true
            case "scopo":
                if StringIdentity.equals(form(head - 1), "lo") && StringIdentity.equals(form(head - 2), "a") && StringIdentity.equals(form(next), "di") { return false }
                return true
            case "visione":
                // "durante la visione": while watching.
                if StringIdentity.equals(form(head - 1), "la") && StringIdentity.equals(form(head - 2), "durante") { return false }
                if StringIdentity.equals(form(next), "di"), sightObjects.contains(form(next + 2)) || sightObjects.contains(form(next + 1)) { return false }
                if formSet.contains(where: { sightCues.contains($0) }) { return false }
                return true
            case "senso":
                // "che senso ha…?", "in un certo senso", "buon senso", "senso unico", "senso di colpa"
                guard occurrence.term.words.count == 1 else { return true }
                if StringIdentity.equals(form(head - 1), "che") && ["ha", "avrebbe", "aveva", "hanno"].contains(form(next)) { return false }
                if StringIdentity.equals(form(head - 1), "certo") || StringIdentity.equals(form(head - 1), "buon") || StringIdentity.equals(form(next), "unico") || StringIdentity.equals(form(next), "vietato") { return false }
                if StringIdentity.equals(form(next), "di"), ["colpa", "marcia", "umorismo", "nausea", "vuoto", "fame", "sazietà"].contains(form(next + 1)) { return false }
                if StringIdentity.equals(form(head - 1), "nel") || (StringIdentity.equals(form(head - 1), "il") && StringIdentity.equals(form(head - 2), "in")) { return false }
                return true
            case "obiettivo":
                // Business targets: "obiettivi di vendita", "obiettivi di fatturato".
                if StringIdentity.equals(form(next), "di"), businessTargets.contains(form(next + 1)) { return false }
                // A camera's lens: "l'obiettivo del fotografo".
                if occurrence.term.words.count == 1 && formSet.contains(where: { photoCues.contains($0) }) { return false }
                // A team's goal: "l'obiettivo della squadra è la salvezza".
                if occurrence.term.words.count == 1 && isSporting(formSet) { return false }
                return true
            case "ambizione", "traguardo":
                return !(occurrence.term.words.count == 1 && isSporting(formSet))
            case "sogno":
                // A dream in one's sleep: "un sogno ricorrente", "stanotte ho fatto un sogno".
                if occurrence.term.words.count == 1 && formSet.contains(where: { sleepCues.contains($0) }) { return false }
                return !(occurrence.term.words.count == 1 && isSporting(formSet))
            case "impatto":
                // A collision ("l'impatto dell'auto contro il guardrail"), or an effect on the
                // environment, the economy, the budget ("impatto ambientale").
                guard occurrence.term.words.count == 1 else { return true }
                if impactOfThings.contains(form(next)) { return false }
                return !formSet.contains(where: { collisionCues.contains($0) })
            case "contributo":
                // A grant of money: "il contributo della Regione ammonta a 3 milioni".
                guard occurrence.term.words.count == 1 else { return true }
                // Payroll contributions: "tasse e contributi", "i contributi versati all'Inps".
                if StringIdentity.equals(state.units[head].form, "contributi"),
                    (max(0, head - 3)..<min(forms.count, next + 3)).contains(where: { payrollCues.contains(forms[$0]) })
                {
                    return false
                }
                return !formSet.contains(where: { currencyWords.contains($0) || ["milioni", "miliardi", "mila", "ammonta"].contains($0) })
            case "ricerca":
                // "ricerca di base", "ricerca scientifica" are longer terms and keep their sense.
                if occurrence.term.words.count == 1 && formSet.contains(where: { searchCues.contains($0) }) { return false }
                // "la ricerca del parcheggio", "ricerca di personale": a search for a thing.
                if occurrence.term.words.count == 1 && StringIdentity.equals(form(next), "di") {
                    let object = FrameTermMatcher.articles.contains(form(next + 1)) ? form(next + 2) : form(next + 1)
                    if searchObjects.contains(object) { return false }
                }
                return true
            case "bonus", "incentivo":
                // "il bonus facciate", "gli incentivi per le auto elettriche": a public incentive to buy.
                if (next..<min(forms.count, next + 5)).contains(where: { consumerBonusCues.contains(forms[$0]) }) { return false }
                return true
            case "azioni":
                // Someone's own shares are their wealth: "ha venduto le sue azioni".
                if occurrence.term.words.count == 1 && ownersShares.contains(form(head - 1)) { return true }
                // Shares on the market: "il valore delle azioni è crollato".
                return !(formSet.contains(where: { marketCues.contains($0) }) && !formSet.contains(where: { payCues.contains($0) }))
            case "contratto":
                if occurrence.term.words.count == 1 && ["di", "d'"].contains(form(next)) {
                    let object = FrameTermMatcher.articles.contains(form(next + 1)) ? form(next + 2) : form(next + 1)
                    if nonWorkContracts.contains(object) { return false }
                }
                return true
            case "aumento":
                guard occurrence.term.words.count == 1 else { return true }
                if StringIdentity.equals(form(next), "di") {
                    let object = FrameTermMatcher.articles.contains(form(next + 1)) ? form(next + 2) : form(next + 1)
                    let isAmount = object.first?.isNumber == true || object == "%"
                    if !isAmount && !payCues.contains(object) { return false }
                }
                if formSet.contains(where: { priceCues.contains($0) }) && !formSet.contains(where: { payCues.contains($0) }) { return false }
                return true
            case "passione":
                if (head - 3..<head).contains(where: { StringIdentity.equals(form($0), "frutto") }) || StringIdentity.equals(form(next), "secondo") { return false }
                // "la passione di Cristo": the Passion.
                if occurrence.term.words.count == 1 && StringIdentity.equals(form(next), "di") && ["cristo", "gesù", "nostro"].contains(form(next + 1)) { return false }
                // Love between people: "la passione tra i due", "una passione proibita".
                if occurrence.term.words.count == 1 && romanticCues.contains(form(next)) { return false }
                // A pastime: "la sua passione per il calcio", "la passione per la pesca".
                if occurrence.term.words.count == 1 && StringIdentity.equals(form(next), "per") {
                    let object = FrameTermMatcher.articles.contains(form(next + 1)) ? form(next + 2) : form(next + 1)
                    if pastimes.contains(object) { return false }
                }
                if state.units[head].text.first?.isUppercase == true && head > 0 { return false }
                return true
            case "progresso":
                if StringIdentity.equals(form(next), "di"), progressOfThings.contains(form(next + 2)) || progressOfThings.contains(form(next + 1)) { return false }
                return true
            case "scoprire", "scoperta":
                if auxiliaries.contains(form(head - 1)) || auxiliaries.contains(form(head - 2)) && StringIdentity.equals(form(head - 1), "stati") { return false }
                if formSet.contains(where: { policeCues.contains($0) }) { return false }
                return true
            case "valori", "valore":
                // Measured levels: "i valori del colesterolo", "valori di PM10 oltre i limiti".
                guard occurrence.term.words.count == 1, ["di", "del", "della", "dei", "delle", "dello", "degli", "dell'"].contains(form(next)) else { return true }
                let object = FrameTermMatcher.articles.contains(form(next + 1)) ? form(next + 2) : form(next + 1)
                return !measuredLevels.contains(object)
            case "impegno":
                // "l'impegno di spesa": a budget commitment.
                return !(occurrence.term.words.count == 1 && StringIdentity.equals(form(next), "di") && ["spesa", "pagamento", "bilancio"].contains(form(next + 1)))
            case "sfida":
                // "La sfida tra Sinner e Alcaraz": a contest between two sides.
                if occurrence.term.words.count == 1 && (StringIdentity.equals(form(next), "tra") || StringIdentity.equals(form(next), "fra")) { return false }
                // "la sfida con il Milan", "la sfida contro la Virtus": a contest with a named side.
                if occurrence.term.words.count == 1 && (StringIdentity.equals(form(next), "con") || StringIdentity.equals(form(next), "contro")) {
                    let side = FrameTermMatcher.articles.contains(form(next + 1)) ? next + 2 : next + 1
                    if side < state.units.count && state.units[side].text.first?.isUppercase == true { return false }
                }
                return !isSporting(formSet)
            case "ricco":
                // "ricco di storia" (full of); "i più ricchi del Paese" is wealth.
                if StringIdentity.equals(form(next), "di") && form(head - 1) != "più" && form(head - 1) != "meno" { return false }
                // "i Paesi ricchi", "le regioni più ricche": the wealth of a place, not what people earn.
                let noun = StringIdentity.equals(form(head - 1), "più") ? form(head - 2) : form(head - 1)
                if wealthyPlaces.contains(noun) { return false }
                return true
            case "investimento":
                // "un investimento sul futuro", "un investimento nelle persone": figurative.
                return !(occurrence.term.words.count == 1 && (StringIdentity.equals(form(next), "su") || StringIdentity.equals(form(next), "in")))
            case "compenso":
                // "in compenso" (on the other hand) is no pay.
                return !(occurrence.term.words.count == 1 && StringIdentity.equals(form(head - 1), "in"))
            case "guadagnare":
                // "guadagnare tempo", "si è guadagnato un rigore", "guadagnarsi il rispetto": gains that
                // are not money; "guadagnarsi da vivere" is.
                guard occurrence.term.words.count == 1 else { return true }
                let enclitic = StringIdentity.equals(form(next), "si")
                let objectStart = enclitic ? next + 1 : next
                let hasArticle = FrameTermMatcher.articles.contains(form(objectStart))
                let gained = hasArticle ? form(objectStart + 1) : form(objectStart)
                if nonMoneyGains.contains(gained) { return false }
                // A reflexive with an object ("si è guadagnato un rigore"); the impersonal "si
                // guadagna bene" has none and is money.
                let reflexive = ["si", "mi", "ti", "ci", "vi"].contains(form(head - 1))
                    || (auxiliaries.contains(form(head - 1)) && ["si", "mi", "ti", "ci", "vi", "s'", "m'", "t'"].contains(form(head - 2)))
                    || enclitic
                let objectWords = objectStart..<min(forms.count, objectStart + 4)
                let moneyObject = objectWords.contains { moneyGains.contains(forms[$0]) || currencyWords.contains(forms[$0]) || PlainMoneyMention.isNumber(forms[$0]) }
                if reflexive && hasArticle && !moneyObject { return false }
                return true
            case "progetto":
                // A bill, a budget or a building plan: "progetto di legge", "il progetto esecutivo".
                guard occurrence.term.words.count == 1 else { return true }
                if Self.technicalPlans.contains(form(next)) { return false }
                if StringIdentity.equals(form(next), "di") && Self.plannedThings.contains(form(next + 1)) { return false }
                return true
            case "campare":
                // "in campo", "i campi": the noun, not the verb of "si campa" (a form both share).
                return !Self.fieldForms.contains(state.units[head].form)
            case "pagare":
                if figurativePayObjects.contains(form(next)) || figurativePayObjects.contains(form(next + 1)) { return false }
                if StringIdentity.equals(form(next), "con") && (figurativeMeans.contains(form(next + 1)) || figurativeMeans.contains(form(next + 2))) { return false }
                return true
            case "milione", "milioni", "miliardo", "miliardi":
                if StringIdentity.equals(form(next), "di") && !currencyWords.contains(form(next + 1)) && !currencyWords.contains(form(next + 2)) { return false }
                if aboutPrice { return false }
                return true
            case "gratis":
                return !aboutPrice
            case "grana":
                // Money only as the singular slang word: "le grane" are troubles, "Grana Padano" a cheese.
                if state.units[head].form != "grana" || StringIdentity.equals(form(next), "padano") { return false }
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
                // The noun is feminine: "offerto", "offerti" are the participle of *offrire* ("i
                // servizi offerti"), which the lemma bridge leads to it.
                return !["offerto", "offerti"].contains(state.units[head].form)
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

/// The matching forms of a sentence's units, read in place from the units (a collection, as the
/// array of them was, without copying each form out).
struct UnitForms: RandomAccessCollection {
    private let units: [SentimentUnit]
    /// The number of forms: the units' count, or 0 for `none`.
    let endIndex: Int
    var startIndex: Int { 0 }

    /// The forms of all `units`.
    init(_ units: [SentimentUnit]) {
        self.units = units
        endIndex = units.count
    }

    private init() {
        units = []
        endIndex = 0
    }

    /// No forms.
    static let none = UnitForms()

    @inline(__always)
    subscript(position: Int) -> String { units[position].form }
}
