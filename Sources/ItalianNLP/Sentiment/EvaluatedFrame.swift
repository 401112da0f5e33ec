/// Frame stance rule: a frame evaluated by the sentiment words next to it takes their sign —
/// "stipendi da fame", "il compenso offerto è offensivo", "un'azienda che paga bene", "stipendi
/// all'altezza dei migliori centri", "una visione … rivelata un'utopia fallimentare". The window
/// is four words on each side within the clause; the words' valences are those left by the
/// sentiment rules (so "poco attraente" counts as negative). For money, words that size the
/// amount count too ("stipendi bassi" −, "uno stipendio alto" +), though they carry no sentiment.
struct EvaluatedFrame: Sendable {
    static let name = "EvaluatedFrame"
    /// The name of a verdict from "meno" or "più" right beside the term: more precise than the
    /// window, so a verdict fragment does not replace it.
    static let comparativeName = "EvaluatedComparative"
    static let window = 4
    static let threshold = 0.2

    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        // "guadagnare meno", "meno soldi" / "uno stipendio più alto", "guadagnare di più".
        let before = context.form(occurrence.head - 1)
        let after = context.form(occurrence.units.upperBound)
        if StringIdentity.equals(before, "meno") || StringIdentity.equals(after, "meno") { return FrameStanceVerdict(stance: -1, rule: Self.comparativeName) }
        // "ci credo poco": a verb-phrase term (opened by a clitic) done little.
        if Self.clitics.contains(context.form(occurrence.head)), StringIdentity.equals(after, "poco") || StringIdentity.equals(after, "pochissimo") {
            return FrameStanceVerdict(stance: -1, rule: Self.comparativeName)
        }
        if StringIdentity.equals(after, "più") || (StringIdentity.equals(after, "di") && StringIdentity.equals(context.form(occurrence.units.upperBound + 1), "più")) {
            return FrameStanceVerdict(stance: 1, rule: Self.comparativeName)
        }
        // "la paga conta poco", "i soldi mi interessano meno": what matters little is demoted.
        if mattersLittle(after: occurrence, in: context) { return FrameStanceVerdict(stance: -1, rule: Self.name) }
        // Money only stated ("i dipendenti riceveranno un bonus di 2.000 euro grazie agli utili
        // record", "fissa la paga base a 1.650 euro"): only the words attached to the term judge
        // it, not the sentiment words of its clause.
        let sum = PlainMoneyMention().isPlainStatement(occurrence, in: context)
            ? attachedEvaluation(of: occurrence, in: context) : evaluation(of: occurrence, in: context, ownVerdict: true)
        guard abs(sum) >= Self.threshold else { return nil }
        return FrameStanceVerdict(stance: sum > 0 ? 1 : -1, rule: Self.name)
    }

    /// The summed valence of the words that judge the term (its own polarity, the words sizing an
    /// amount of pay, the sentiment words of its window). For the rule's own verdict
    /// (`ownVerdict`) a verb that deals a contract (`dealings`) judges nothing; another rule
    /// weighing a promoted term's evaluation (`ContrastedFrame`) keeps the window as it was.
    func evaluation(of occurrence: FrameOccurrence, in context: FrameStanceContext, ownVerdict: Bool = false) -> Double {
        let state = context.state
        var sum = 0.0
        // The term's own polarity counts when the lexicon has the term itself ("strapagato"), not
        // a verb it happens to inflect ("premio" is not "premiare"), and only for a one-word term:
        // the "buoni" of "buoni pasto" is a voucher, not praise. An acronym ("ONG", "RAL") has no
        // polarity: what it gets is the emphasis of capitals.
        for index in occurrence.units
        where occurrence.term.words.count == 1 && !state.units[index].isAllCaps && (state.lemma[index].map({ occurrence.term.words.contains($0) }) ?? false) {
            sum += state.valence[index] * 0.5
        }
        if occurrence.term.frame == "money" { sum += amountValence(around: occurrence, in: context) }
        // "i soliti paperoni", "un riccone": words that mock the rich judge the wealth they name.
        if occurrence.units.contains(where: { Self.mockingWealth.contains(state.units[$0].form) }) { sum -= 1 }
        // A purpose opened by "per" is a motive of its own: the words before it judge the main
        // action, not the purpose ("smontava le radio per capire come funzionavano", "ha patito
        // la fame per la scienza").
        let article = FrameTermMatcher.articles.contains(context.form(occurrence.head - 1)) ? 1 : 0
        let purpose = StringIdentity.equals(context.form(occurrence.head - 1 - article), "per")
        var position = purpose ? -1 : occurrence.head - 1
        var words = 0
        // A term that opens with a clitic opens a verb phrase ("… per i bambini diabetici e ci
        // credono davvero"): a coordinating "e" or "ma" right before it ends the clause the words
        // before belong to.
        let opensVerbPhrase = Self.clitics.contains(state.units[occurrence.head].form)
        // A unit of no valence adds nothing (the sum is never −0, so adding 0 leaves it as it is):
        // the tests of what the unit is are asked of the few units that have one.
        while position >= 0 && words < Self.window && !state.units[position].isClauseBoundary {
            if opensVerbPhrase && (StringIdentity.equals(state.units[position].form, "e") || StringIdentity.equals(state.units[position].form, "ma")) { break }
            let value = state.valence[position]
            if value != 0 && !context.isFrameUnit(position) && !(ownVerdict && Self.dealings.contains(state.units[position].form)) { sum += value }
            if state.units[position].kind == .word { words += 1 }
            position -= 1
        }
        position = occurrence.units.upperBound
        words = 0
        while position < state.units.count && words < Self.window && !state.units[position].isClauseBoundary {
            // "voglio capire perché alcune stelle muoiono": an adverbial clause after the term says
            // what it is about or when, not how good it is.
            if Self.adverbialOpeners.contains(state.units[position].form) { break }
            let value = state.valence[position]
            if value != 0 && !context.isFrameUnit(position) && !(ownVerdict && Self.dealings.contains(state.units[position].form)) { sum += value }
            if state.units[position].kind == .word { words += 1 }
            position += 1
        }
        return sum
    }

    /// The summed valence of the words attached to the term: its own polarity and the words that
    /// size an amount (as in `evaluation(of:in:ownVerdict:)`), the word right before it (articles,
    /// possessives and figures passed over: "un misero compenso", "ha venduto le sue azioni"), the word right after it
    /// ("paghe misere"), a "da" complement ("paghe da fame") and the verb of a relative clause
    /// that opens right after it ("una cifra che offende"). A word further off in its clause is
    /// about something else ("ha chiuso il 2025 con un fatturato di 4 milioni").
    func attachedEvaluation(of occurrence: FrameOccurrence, in context: FrameStanceContext) -> Double {
        let state = context.state
        let units = state.units
        var sum = 0.0
        for index in occurrence.units
        where occurrence.term.words.count == 1 && !units[index].isAllCaps && (state.lemma[index].map({ occurrence.term.words.contains($0) }) ?? false) {
            sum += state.valence[index] * 0.5
        }
        // A change stated ("avranno 85 euro in più in busta paga") is news, not a judgement.
        sum += amountValence(around: occurrence, in: context, countsChange: false)
        if occurrence.units.contains(where: { Self.mockingWealth.contains(units[$0].form) }) { sum -= 1 }
        // "Finalmente un'azienda che paga gli straordinari": an adverb of attitude that opens the
        // clause judges what the clause says.
        let opening = state.clauseStart(before: occurrence.head)
        if let first = (opening..<occurrence.head).first(where: { units[$0].kind == .word }), Self.attitudeAdverbs.contains(units[first].form) {
            sum += state.valence[first]
        }
        func valence(at index: Int) -> Double {
            index >= 0 && index < units.count && units[index].kind == .word && !context.isFrameUnit(index) && !Self.dealings.contains(units[index].form)
                ? state.valence[index] : 0
        }
        // Articles, possessives and figures are passed over, and the "a" or "di" that joins a term
        // that opens with an infinitive to its verb ("faticano ad arrivare a fine mese"; not the
        // "di" of "un premio di 600 euro"): the verb or adjective then
        // reached governs the term ("ha venduto le sue azioni", "un misero compenso").
        let first = units[occurrence.head].form
        let opensWithInfinitive = Self.apocopatedInfinitives.contains(first) || ["are", "ere", "ire", "rre"].contains { first.hasSuffix($0) }
        var before = occurrence.head - 1
        while before >= 0
            && (NegatedFrame.determiners.contains(units[before].form) || PlainMoneyMention.isNumber(units[before].form)
                || opensWithInfinitive && Self.infinitiveLinks.contains(units[before].form))
        {
            before -= 1
        }
        if before >= 0 && !units[before].isClauseBoundary { sum += valence(at: before) }
        let after = occurrence.units.upperBound
        guard after < units.count, !units[after].isClauseBoundary else { return sum }
        let form = units[after].form
        if StringIdentity.equals(form, "da") || StringIdentity.equals(form, "che") {
            sum += valence(at: after + 1)
        } else if !(StringIdentity.equals(form, "grazie") && StringIdentity.equals(context.form(after + 1), "a")) {
            // ("grazie a" is a preposition: "un bonus di 2.000 euro grazie agli utili record".)
            sum += valence(at: after)
        }
        return sum
    }

    /// Words after "in più" or "in meno" that name the standard pay is weighed against ("della
    /// media", "che a Bari", "rispetto ai colleghi").
    static let standards: FormSet = ["di", "che", "rispetto", "dei", "degli", "delle", "del", "della"]

    /// Adverbs of the speaker's attitude to what the clause says ("finalmente", "purtroppo").
    static let attitudeAdverbs: FormSet = ["finalmente", "purtroppo", "fortunatamente", "sfortunatamente", "ahimè", "ahinoi"]

    /// Infinitives cut short before a word ("far quadrare i conti", "aver guadagnato").
    static let apocopatedInfinitives: FormSet = ["far", "dar", "star", "aver", "esser", "dir", "andar", "tener"]

    /// Prepositions that join an infinitive to the verb that governs it ("faticano ad arrivare").
    static let infinitiveLinks: FormSet = ["a", "ad", "di"]

    /// Clitic pronouns that may open a term ("ci credere"): such a term is a verb phrase.
    static let clitics: FormSet = ["ci", "vi", "lo", "la", "li", "le", "mi", "ti", "si", "ne"]

    /// Words that open an adverbial clause, where the window after a term stops.
    static let adverbialOpeners: FormSet = ["perché", "quando", "mentre", "se"]

    /// Verbs that deal a contract or pay without judging it: "ha rinnovato il contratto", "il
    /// contratto è stato prolungato" (Sentix gives "rinnovare" +0.375) report a deal.
    static let dealings: FormSet = [
        "rinnovato", "rinnovata", "rinnovati", "rinnovate", "rinnova", "rinnovano", "rinnovare", "rinnoverà", "rinnoveranno",
        "prolungato", "prolungata", "prolunga", "prolungare", "firmato", "firmata", "firma", "firmare",
    ]

    /// Verbs of mattering, and the words after them that say "little".
    static let mattering: FormSet = ["conta", "contano", "importa", "importano", "interessa", "interessano", "pesa", "pesano", "vale", "valgono"]
    static let little: FormSet = ["poco", "pochissimo", "meno", "niente", "nulla", "zero"]

    /// A verb of mattering within three units after the term (a clitic may come between), then
    /// "poco", "meno", "niente"… right after it.
    func mattersLittle(after occurrence: FrameOccurrence, in context: FrameStanceContext) -> Bool {
        let units = context.state.units
        var position = occurrence.units.upperBound
        while position < min(units.count, occurrence.units.upperBound + 3) && !units[position].isClauseBoundary {
            if Self.mattering.contains(units[position].form) {
                return position + 1 < units.count && Self.little.contains(units[position + 1].form)
            }
            position += 1
        }
        return false
    }

    /// Words that size an amount of pay; they carry no sentiment of their own ("stipendi bassi",
    /// "un compenso modesto", "il premio è stato dimezzato", "copre a malapena l'affitto", "uno
    /// stipendio alto").
    static let smallAmount: FormSet = [
        "basso", "bassa", "bassi", "basse", "magro", "magra", "magri", "magre", "modesto", "modesta", "modesti", "modeste",
        "dimezzato", "dimezzata", "dimezzati", "dimezzate", "malapena",
        "insufficiente", "insufficienti", "congelato", "congelati", "bloccato", "bloccati", "simbolico", "fermo", "fermi",
        "ferma", "ferme", "congelata", "congelate", "simbolica", "simbolici", "simboliche",
        // Piecework: "pagati a cottimo".
        "cottimo",
    ]
    /// Words of pay that is cut, reduced or late: they size the pay when they govern it ("ci
    /// tagliano i buoni pasto", "il taglio degli stipendi") or follow it at once ("stipendi
    /// tagliati", "stipendi in ritardo"), not elsewhere ("il premio solo se tagliano gli esami").
    static let cuts: FormSet = [
        "taglio", "tagli", "taglia", "tagliano", "tagliato", "tagliata", "tagliati", "tagliate", "tagliare", "decurtato",
        "decurtata", "decurtati", "decurtate", "ridotto", "ridotta", "ridotti", "ridotte", "riducono", "ritardo", "ritardi",
    ]
    /// Adverbs of quantity that size pay only right after the term ("guadagno molto", "pagano
    /// poco"); elsewhere they modify anything.
    static let largeRightAfter: FormSet = ["molto", "tanto", "parecchio", "bene"]
    static let smallRightAfter: FormSet = ["poco", "pochissimo", "male"]
    /// Intensifiers that may stand between the term and those adverbs ("pagano così poco").
    static let intensifiers: FormSet = ["così", "troppo", "molto", "tanto", "davvero", "veramente", "proprio", "assai"]
    static let largeAmount: FormSet = [
        "alto", "alta", "alti", "alte", "elevato", "elevata", "elevati", "elevate", "raddoppiato", "raddoppiata", "triplicato",
        "competitivo", "competitiva", "competitivi", "competitive",
        // Pay that comes on time: "paga puntuale", "stipendi sempre puntuali".
        "puntuale", "puntuali",
    ]
    static let amountWeight = 0.5
    /// People whose pay is the lowest, as a measure of someone's pay ("pagati come stagisti").
    static let lowPaidPeers: FormSet = [
        "stagista", "stagisti", "stagiste", "apprendista", "apprendisti", "tirocinante", "tirocinanti", "schiavo", "schiavi",
        "schiave", "fattorino", "fattorini",
    ]
    /// Money terms that mock the rich; the polarity lexicon has no sign for them.
    static let mockingWealth: FormSet = ["paperone", "paperoni", "nababbo", "nababbi", "riccone", "ricconi", "riccona"]

    /// The valence of amount words within three units on either side, in the clause.
    /// With `countsChange` false, "in più" and "in meno" after the term do not count: a change
    /// reported ("avranno 85 euro in più") judges nothing.
    func amountValence(around occurrence: FrameOccurrence, in context: FrameStanceContext, countsChange: Bool = true) -> Double {
        let units = context.state.units
        var sum = 0.0
        let window = max(0, occurrence.head - 3)..<min(units.count, occurrence.units.upperBound + 3)
        for index in window where !occurrence.units.contains(index) {
            let crossesBoundary = index < occurrence.head
                ? (index..<occurrence.head).contains { units[$0].isClauseBoundary }
                : (occurrence.units.upperBound...index).contains { units[$0].isClauseBoundary }
            if crossesBoundary { continue }
            if Self.smallAmount.contains(units[index].form) { sum -= Self.amountWeight }
            // A cut that governs the pay ("ha ridotto l'ingaggio", "ci tagliano i buoni pasto")
            // says what happened to it in so many words: it outweighs a faint word nearby.
            if Self.cuts.contains(units[index].form) && index < occurrence.head {
                sum -= 2 * Self.amountWeight
            } else if Self.cuts.contains(units[index].form) && index <= occurrence.units.upperBound + 1 {
                sum -= Self.amountWeight
            }
            if Self.largeAmount.contains(units[index].form) { sum += Self.amountWeight }
        }
        // "pagano i programmatori come stagisti", "pagati da apprendisti", "come uno stagista": the
        // pay of the lowest, within five units after the term in its clause (the object may come
        // between).
        var peer = occurrence.units.upperBound
        while peer < min(units.count, occurrence.units.upperBound + 5) && !units[peer].isClauseBoundary {
            if Self.lowPaidPeers.contains(units[peer].form) {
                let article = FrameTermMatcher.articles.contains(units[peer - 1].form) ? 1 : 0
                if peer - article > 0 && ["come", "da"].contains(units[peer - 1 - article].form) { sum -= Self.amountWeight }
                break
            }
            peer += 1
        }
        // "la borsa arriva con tre mesi di ritardo": late pay, anywhere after the term in its clause.
        var later = occurrence.units.upperBound
        while later < units.count && !units[later].isClauseBoundary {
            if StringIdentity.equals(units[later].form, "ritardo") || StringIdentity.equals(units[later].form, "ritardi") {
                if later > occurrence.units.upperBound + 1 { sum -= Self.amountWeight }
                break
            }
            later += 1
        }
        // "guadagnerò il 30% in più", "guadagnano il 25% in meno"
        let rest = occurrence.units.upperBound..<min(units.count, occurrence.units.upperBound + 5)
        for index in rest where index > rest.lowerBound && StringIdentity.equals(units[index - 1].form, "in") && !units[index - 1].isClauseBoundary {
            // "guadagnano il 25% in meno della media europea" weighs the pay against a standard;
            // "avranno 85 euro in più in busta paga" only states a change.
            if !countsChange && !Self.standards.contains(context.form(index + 1)) { continue }
            if StringIdentity.equals(units[index].form, "più") { sum += Self.amountWeight }
            if StringIdentity.equals(units[index].form, "meno") { sum -= Self.amountWeight }
        }
        var after = occurrence.units.upperBound
        // "ci pagano così poco", "guadagna troppo poco": an intensifier may come between.
        if after + 1 < units.count, Self.intensifiers.contains(units[after].form),
            Self.smallRightAfter.contains(units[after + 1].form) || Self.largeRightAfter.contains(units[after + 1].form)
        {
            after += 1
        }
        if after < units.count {
            if Self.largeRightAfter.contains(units[after].form) { sum += Self.amountWeight }
            if Self.smallRightAfter.contains(units[after].form) { sum -= Self.amountWeight }
        }
        return sum
    }
}
