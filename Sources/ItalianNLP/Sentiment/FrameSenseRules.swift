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
///   biglietto, bolletta, al litro) and about nothing people are paid.
enum FrameSenseRules {
    static let operationCues: Set<String> = [
        "pace", "spaziale", "spaziali", "sonda", "satellite", "astronauta", "astronauti", "navicella", "diplomatica",
        "diplomatico", "ambasciatore", "militare", "militari", "umanitaria", "salvataggio", "soccorso", "onu", "nato",
        "esplorativa", "marte", "luna", "orbita", "missili", "truppe", "caschi", "kosovo",
    ]
    static let sightObjects: Set<String> = ["film", "partita", "serie", "documentario", "atti", "immagini", "video", "filmato", "spettacolo", "documenti"]
    static let priceCues: Set<String> = [
        "prezzo", "prezzi", "costo", "costi", "costa", "costano", "conto", "biglietto", "biglietti", "bolletta", "bollette",
        "litro", "tariffa", "tariffe", "scontrino", "spesa", "affitto", "mutuo", "tasso", "borsa", "azioni", "listino",
    ]
    static let payCues: Set<String> = [
        "stipendio", "stipendi", "salario", "salari", "paga", "compenso", "compensi", "retribuzione", "guadagna", "guadagnano",
        "guadagno", "pagato", "pagati", "pagano", "paga", "bonus", "premio", "assegno", "ral", "lordi", "netti", "mese",
        "ora", "anno",
    ]
    static let currencyWords: Set<String> = ["euro", "dollaro", "dollari", "sterline", "franchi", "yen", "lire", "€", "$"]
    static let figurativePayObjects: Set<String> = ["stanchezza", "errore", "errori", "conseguenze", "prezzo", "scelta", "caro", "cara", "cari", "care"]

    static let auxiliaries: Set<String> = ["è", "sono", "stato", "stata", "stati", "state", "ha", "hanno", "aveva", "avevano", "abbiamo", "fu", "furono", "era", "erano"]
    static let policeCues: Set<String> = ["polizia", "carabinieri", "finanza", "investigatori", "indagini", "agenti", "questura", "procura", "inquirenti", "sequestro"]
    static let sportCues: Set<String> = ["scacchi", "partita", "campionato", "calcio", "tennis", "campione", "squadra", "torneo", "match", "derby", "finale", "gara"]
    static let choiceCues: Set<String> = ["ingaggio", "scelto", "scelta", "scegliere", "preferito", "pesato", "rinunciato", "rifiutato"]

    static func filter(_ occurrences: [FrameOccurrence], in state: SentenceSentimentState) -> [FrameOccurrence] {
        guard !occurrences.isEmpty else { return occurrences }
        let forms = state.units.map(\.form)
        // The sentence's words as a set, for the rules that look at the whole sentence.
        let needsSet = occurrences.contains {
            let first = $0.term.words.first ?? ""
            return currencyWords.contains(first) || ["importo", "cifra", "scoprire", "scoperta", "sfida"].contains(first)
        }
        let formSet: Set<String> = needsSet ? Set(forms) : []
        return occurrences.filter { occurrence in
            let head = occurrence.head
            let term = occurrence.term.words.first ?? ""
            let next = occurrence.units.upperBound
            func form(_ index: Int) -> String { index >= 0 && index < forms.count ? forms[index] : "" }
            switch term {
            case "missione", "mission":
                if occurrence.term.words.count > 1 { return true }
                if form(head - 1) == "in" { return false }
                let window = max(0, head - 6)..<min(forms.count, next + 4)
                if window.contains(where: { operationCues.contains(forms[$0]) }) { return false }
                return true
            case "scopo":
                if form(head - 1) == "lo" && form(head - 2) == "a" && form(next) == "di" { return false }
                return true
            case "visione":
                if form(next) == "di", sightObjects.contains(form(next + 2)) || sightObjects.contains(form(next + 1)) { return false }
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
                return true
            case "milione", "milioni", "miliardo", "miliardi":
                if form(next) == "di" && !currencyWords.contains(form(next + 1)) && !currencyWords.contains(form(next + 2)) { return false }
                return true
            default:
                break
            }
            if currencyWords.contains(term) || term == "importo" || term == "cifra" {
                let aboutPrice = formSet.contains(where: { priceCues.contains($0) })
                let aboutPay = formSet.contains(where: { payCues.contains($0) })
                if aboutPrice && !aboutPay { return false }
            }
            return true
        }
    }
}
