/// The mood of the verb of a clause, as far as its form shows it: what tells a "perché" of purpose,
/// whose verb is subjunctive ("perché i ragazzi abbiano un posto", "perché i bambini trovino"), from
/// a "perché" of cause, whose verb is indicative ("perché i pazienti sono aumentati", "perché i
/// clienti non pagano", "perché i ragazzi vanno al centro commerciale").
///
/// The forms of the common irregular verbs are listed; a regular form is read from its ending and
/// the infinitive it would come from (`MultiwordExpansion.infinitives`): "pagano" is indicative
/// because *pagare* exists, "leggano" subjunctive because *leggere* does; "-ssero" and "-sse" are
/// the imperfect subjunctive; future and past forms are indicative for this purpose (neither follows
/// a "perché" of purpose); a conditional shows nothing ("perché altrimenti gli anziani non
/// saprebbero dove…" gives a purpose by what would happen without the act). A form that shows
/// nothing gives nil.
enum ClauseMood {
    enum Mood: Sendable, Equatable { case indicative, subjunctive }

    /// Indicative forms of irregular verbs (and of avere and essere).
    static let indicatives: FormSet = [
        "ha", "hanno", "ho", "hai", "abbiamo", "avete", "è", "sono", "sei", "siamo", "siete", "era", "erano", "ero", "eri",
        "eravamo", "aveva", "avevano", "avevo", "fa", "fanno", "faceva", "facevano", "può", "possono", "poteva", "potevano",
        "vuole", "vogliono", "voleva", "volevano", "deve", "devono", "doveva", "dovevano", "sa", "sanno", "sapeva", "va",
        "vanno", "andava", "andavano", "viene", "vengono", "veniva", "venivano", "sta", "stanno", "stava", "stavano", "dà",
        "danno", "dice", "dicono", "diceva", "dicevano", "esce", "escono", "rimane", "rimangono", "tiene", "tengono", "fu",
        "furono", "c'è",
    ]
    /// Subjunctive forms of irregular verbs (and of avere and essere).
    static let subjunctives: FormSet = [
        "abbia", "abbiano", "sia", "siano", "possa", "possano", "vada", "vadano", "faccia", "facciano", "debba", "debbano",
        "stia", "stiano", "dia", "diano", "venga", "vengano", "sappia", "sappiano", "voglia", "vogliano", "dica", "dicano",
        "esca", "escano", "rimanga", "rimangano", "tenga", "tengano", "fosse", "fossero", "avesse", "avessero",
    ]

    /// The mood a form shows, or nil.
    static func mood(of form: String) -> Mood? {
        if indicatives.contains(form) { return .indicative }
        if subjunctives.contains(form) { return .subjunctive }
        guard form.count >= 5 else { return nil }
        if form.hasSuffix("ssero") || form.hasSuffix("sse") { return .subjunctive }
        // A conditional tells nothing: "perché altrimenti gli anziani non saprebbero dove…" gives
        // a purpose by what would happen without the act.
        if form.hasSuffix("rebbe") || form.hasSuffix("rebbero") { return nil }
        if form.hasSuffix("ranno") || form.hasSuffix("rà") || form.hasSuffix("ò") { return .indicative }
        func infinitive(dropping count: Int, adding ending: String) -> Bool {
            let stem = form.dropLast(count)
            return stem.count >= 3 && MultiwordExpansion.infinitives.contains(stem + ending)
        }
        // The imperfect indicative: "pagavano", "entrava", "leggevano".
        if form.hasSuffix("vano") { return infinitive(dropping: 4, adding: "re") ? .indicative : nil }
        if form.hasSuffix("va") { return infinitive(dropping: 2, adding: "re") ? .indicative : nil }
        // "finiscono", "capisce": the present of -isc- verbs.
        if form.hasSuffix("iscono") { return infinitive(dropping: 6, adding: "ire") ? .indicative : nil }
        if form.hasSuffix("isce") { return infinitive(dropping: 4, adding: "ire") ? .indicative : nil }
        if form.hasSuffix("ano") {
            if infinitive(dropping: 3, adding: "are") { return .indicative }
            if infinitive(dropping: 3, adding: "ere") || infinitive(dropping: 3, adding: "ire") { return .subjunctive }
            return nil
        }
        if form.hasSuffix("ino") { return infinitive(dropping: 3, adding: "are") ? .subjunctive : nil }
        if form.hasSuffix("ono") {
            return infinitive(dropping: 3, adding: "ere") || infinitive(dropping: 3, adding: "ire") ? .indicative : nil
        }
        if form.hasSuffix("a") {
            if infinitive(dropping: 1, adding: "are") { return .indicative }
            if infinitive(dropping: 1, adding: "ere") || infinitive(dropping: 1, adding: "ire") { return .subjunctive }
            return nil
        }
        if form.hasSuffix("e") { return infinitive(dropping: 1, adding: "ere") || infinitive(dropping: 1, adding: "ire") ? .indicative : nil }
        if form.hasSuffix("i") { return infinitive(dropping: 1, adding: "are") ? .subjunctive : nil }
        return nil
    }

    /// Words passed over on the way to the verb: a negation and the unstressed pronouns.
    static let passedOver: FormSet = ["non", "mi", "ti", "ci", "vi", "si", "gli", "le", "lo", "la", "li", "ne", "l'", "c'", "più", "mai"]

    /// The mood of the first word that shows one among the `limit` words after `index`, in its
    /// clause ("perché i ragazzi del quartiere vanno…": "vanno"), or nil.
    static func firstMood(after index: Int, in state: SentenceSentimentState, limit: Int = 6) -> Mood? {
        let units = state.units
        let end = state.clauseEnd(from: index + 1)
        var seen = 0
        var position = index + 1
        while position < end && seen < limit {
            let unit = units[position]
            position += 1
            guard unit.kind == .word else { continue }
            seen += 1
            if passedOver.contains(unit.form) { continue }
            if let mood = mood(of: unit.form) { return mood }
        }
        return nil
    }
}
