/// Frame stance rule: money that is only stated has no stance (0). Pay, contracts, bonuses and
/// figures are the stuff of news ("l'allenatore ha firmato un triennale da due milioni a
/// stagione", "gli stipendi dei calciatori sono cresciuti del 4%", "nella busta paga di marzo
/// arriveranno gli arretrati"); money is asserted (+1) only as a motive or a value — after "per"
/// or "solo" ("per uno stipendio più alto", "solo per i soldi"), as what someone wants, asks,
/// chooses, seeks, rewards or needs ("chiedo uno stipendio", "la prima cosa che guardo è la RAL",
/// "ho bisogno di un reddito vero", "premiati in base al fatturato"), or as an incentive "a chi
/// …". Money stated beside a mission term is weighed against it, money in a first- or
/// second-person account is the speaker's experience ("con lo stipendio da ingegnere mi sono
/// comprata casa"), and some money terms evaluate by themselves (strapagato, ben pagato,
/// lucrativo): in all three cases the default stands. Mission is different: naming a purpose or
/// a value asserts it, so this rule leaves mission to `AssertedFrame`.
///
/// It runs after every rule that finds a stance, so it only turns a default +1 into 0.
struct PlainMoneyMention: Sendable {
    static let name = "PlainMoneyMention"
    /// Words just before the term that make it a motive.
    static let motiveMarkers: FormSet = ["per", "solo", "soltanto", "unicamente", "esclusivamente", "sempre"]
    /// Verbs and nouns of wanting, asking, choosing and needing, anywhere in the term's clause.
    static let motiveWords = LemmaBridge(lemmas: [
        "volere", "chiedere", "pretendere", "cercare", "meritare", "preferire", "scegliere", "puntare", "interessare",
        "importare", "contare", "inseguire", "desiderare", "sognare", "accettare", "attirare", "convincere", "motivare",
        "spingere", "guardare", "pensare", "rivendicare", "reclamare", "esigere", "sperare", "lottare", "bisogno", "mantra",
        "priorità", "ossessione", "trattenere", "servire", "mancare", "bastare", "aspirare", "ambire", "trasferire",
        "restare", "rimanere", "lasciare", "andare", "cambiare", "premiare", "domanda", "vincere", "prevalere",
    ])
    /// Forms of andare (andarsene: leaving) that the inflection rules do not generate.
    static let andare: FormSet = ["vado", "vai", "va", "vanno", "vada", "vadano", "andrà", "andranno", "andrebbe", "andrebbero"]
    /// Forms of volere that the inflection rules do not generate.
    static let volere: FormSet = [
        "voglio", "vuoi", "vuole", "vogliamo", "volete", "vogliono", "vorrei", "vorresti", "vorrebbe", "vorremmo", "vorrebbero",
        "vorrà", "vorranno", "voglia", "vogliano", "volle", "vollero",
    ]
    /// Money terms that evaluate by themselves.
    static let evaluativeTerms: FormSet = [
        "ben pagato", "strapagato", "lucrativo", "lucroso", "arricchirsi", "avidità", "venale", "mercenario", "contratto milionario",
    ]
    /// Pronouns and possessives of the first and second person.
    static let personal: FormSet = [
        "io", "tu", "noi", "voi", "mi", "ti", "me", "te", "ve", "mio", "mia", "miei", "mie", "tuo", "tua", "tuoi", "tue", "nostro",
        "nostra", "nostri", "nostre", "vostro", "vostra", "vostri", "vostre",
    ]

    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        isPlainStatement(occurrence, in: context) ? FrameStanceVerdict(stance: 0, rule: Self.name) : nil
    }

    /// Whether the money term is only stated: a money term that evaluates nothing by itself, in a
    /// sentence that names no mission and is no first- or second-person account, not as a motive
    /// ("per", "solo"…), a named goal, a want, a need or an incentive.
    func isPlainStatement(_ occurrence: FrameOccurrence, in context: FrameStanceContext) -> Bool {
        guard occurrence.term.frame == "money", !Self.evaluativeTerms.contains(occurrence.term.phrase) else { return false }
        guard !context.occurrences.contains(where: { $0.term.frame == "mission" }) else { return false }
        let state = context.state
        let units = state.units
        // "Guadagnare, guadagnare, guadagnare": a fragment of frame terms alone is a slogan, not a
        // statement of fact.
        if !units.indices.contains(where: { state.isContentWord($0) && !context.isFrameUnit($0) }) { return false }
        if units.contains(where: { $0.kind == .word && ($0.isIn(.personal) || Self.isFirstPersonVerb($0.form)) }) { return false }
        // "per uno stipendio più alto", "solo per il superminimo", "per quella cifra"
        var position = occurrence.head - 1
        var words = 0
        while position >= 0 && words < 4 && !units[position].isClauseBoundary {
            // "per uno stipendio più alto" is a motive; "venduta per 300 milioni" is a price.
            // "ha venduto la startup per una cifra a nove zeri" is a price too.
            if units[position].isIn(.motiveMarker) && !Self.isNumber(units[position + 1].form) && !isPrice(marker: position, in: state) { return false }
            if units[position].kind == .word { words += 1 }
            position -= 1
        }
        // "L'unico obiettivo del fondo è il profitto": money as the goal a copula names.
        if isNamedGoal(occurrence, in: state) { return false }
        // "un bonus di 3.000 euro a chi porta un nuovo collega": an incentive; "per convincere i
        // giovani medici…, la Regione offre un bonus": a lever.
        for index in units.indices where units[index].kind == .word && !context.isFrameUnit(index) {
            if units[index].isIn(.moneyMotive) { return false }
            // "chi" is a function word: the comparisons run only for function words.
            if units[index].isIn(.functionWord) && units[index].form == "chi" && index > 0 && units[index - 1].form == "a" { return false }
        }
        return true
    }

    /// Whether a form is a verb of the first person by an ending no noun or other person has: the
    /// future "-rò" ("guadagnerò", "prenderò") and the plural "-iamo", "-remo" ("prendiamo",
    /// "guadagneremo"). A first-person account is the speaker's experience, not a plain report.
    static func isFirstPersonVerb(_ form: String) -> Bool {
        form.count >= 5 && (form.hasSuffix("rò") || form.hasSuffix("iamo") || form.hasSuffix("remo"))
    }

    /// Copulas that name a goal's content.
    static let goalCopulas: Set<String> = ["è", "era", "sarà", "resta", "rimane", "sono", "erano"]

    /// Whether the term is what a goal word is said to be: a goal word (`GoalAsMoney.goalWords`),
    /// then a copula, then the term, within six units in its clause.
    func isNamedGoal(_ occurrence: FrameOccurrence, in state: SentenceSentimentState) -> Bool {
        let start = max(state.clauseStart(before: occurrence.head), occurrence.head - 6)
        guard let copula = (start..<occurrence.head).last(where: { Self.goalCopulas.contains(state.units[$0].form) }) else { return false }
        return (start..<copula).contains { GoalAsMoney.goalWords.contains(state.units[$0].form) }
    }

    /// Verbs of selling and buying: "per" after them gives a price, not a motive.
    static let trading = LemmaBridge(lemmas: ["vendere", "cedere", "comprare", "acquistare", "acquisire", "rilevare", "svendere", "rivendere"])

    /// Whether the "per" at `marker` follows a verb of selling or buying in its clause.
    func isPrice(marker: Int, in state: SentenceSentimentState) -> Bool {
        guard state.units[marker].form == "per" else { return false }
        let start = state.clauseStart(before: marker)
        return (start..<marker).contains { index in
            state.units[index].kind == .word && !state.units[index].isIn(.functionWord)
                && (Self.trading.entry(for: state.units[index].form).map { $0.derivation != .nominal } ?? false)
        }
    }

    static let numberWords: FormSet = [
        "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", "venti", "trenta", "cento", "mille", "mila",
    ]

    /// Number words that compound ones end with ("ottocento", "duemila", "trentamila").
    static let numberEndings = ["cento", "mila", "mille"]

    /// Whether a word is a figure: digits, or a number word (a compound too: "ottocento").
    static func isNumber(_ form: String) -> Bool {
        form.first?.isNumber == true || numberWords.contains(form) || numberEndings.contains { form.hasSuffix($0) }
    }
}
