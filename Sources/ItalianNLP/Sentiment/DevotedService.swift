/// Frame rule: service to people in need, given with devotion, evokes the mission frame where no
/// mission word is written (+1) — "da trent'anni cura gratuitamente i migranti che arrivano al
/// porto", "ogni estate porta i ragazzi del centro diurno in montagna", "ogni sabato porta la
/// spesa agli anziani soli". The frame fixture's guideline: mission covers serving others, named
/// or only evoked.
///
/// Three things in one sentence that names no mission term: a verb of serving (`serving`, not a
/// noun) or a noun of teaching (`servingNouns`: lezioni, ripetizioni), a beneficiary (`beneficiaries`) within eight units after it in its clause, and a mark of
/// devotion anywhere — no pay ("gratuitamente", "gratis", "senza chiedere") or a choice ("ha
/// scelto di", "continua a"), or, for people in need (`vulnerable`), a habit ("ogni sabato") or
/// years of it ("da trent'anni", "da anni", "da sempre"). Without the devotion it is a report ("il pronto soccorso cura
/// i pazienti"; "ogni mattina lo scuolabus porta i bambini a scuola"), and a public body's
/// service or a report (`institutions`, a `NeutralMention` cue) is never evoked.
struct DevotedService: Sendable {
    static let name = "DevotedService"
    /// It starts from a serving verb (`servingVerb`; see `SentenceClassSummary`).
    static let gate = SentenceRuleGate(anyWordClass: .servingVerb)
    static let salience = 0.6
    static let serving = LemmaBridge(lemmas: [
        "insegnare", "curare", "assistere", "aiutare", "accogliere", "accompagnare", "soccorrere", "educare", "ospitare",
        "sfamare", "portare", "accudire", "sostenere", "salvare", "proteggere", "visitare",
    ])
    /// Nouns of teaching given to people ("fa ripetizioni gratis ai ragazzi", "lezioni ai
    /// detenuti"): they serve as the verbs do.
    static let servingNouns: FormSet = ["lezione", "lezioni", "ripetizioni", "doposcuola"]
    /// People in need: serving them with a habit or for years is devotion (class `vulnerable` of
    /// Lexicons/frames/evoking-classes.tsv).
    static let vulnerable: Set<String> = FrameEvokingClasses.shared.vulnerable
    /// People served: serving them for nothing or by choice is devotion (a school bus takes
    /// children to school every morning, a hospital treats patients every day): class `served`,
    /// and `vulnerable`.
    static let beneficiaries: Set<String> = vulnerable.union(FrameEvokingClasses.shared.served)
    /// Public bodies: what they decide to do is policy, not devotion.
    static let institutions: Set<String> = [
        "comune", "regione", "governo", "ministero", "ministro", "stato", "provincia", "asl", "ospedale", "azienda", "società",
        "giunta", "sindaco", "servizio", "servizi", "ente", "istituto",
    ]
    /// Plural words after "tutti i" / "tutte le" that make a habit ("tutte le sere").
    static let pluralHabits: Set<String> = [
        "giorni", "mattine", "sere", "notti", "settimane", "sabati", "domeniche", "estati", "inverni", "pomeriggi", "weekend",
    ]
    /// Words after "ogni" that make a habit.
    static let habits: Set<String> = [
        "giorno", "mattina", "sera", "notte", "settimana", "sabato", "domenica", "estate", "inverno", "anno", "lunedì",
        "martedì", "mercoledì", "giovedì", "venerdì", "weekend", "fine",
    ]
    static let unpaid: Set<String> = ["gratuitamente", "gratis", "volontariamente"]
    static let choosing: Set<String> = ["scelto", "deciso", "sceglie", "decide", "continua", "continuano", "continuato", "preferito", "preferisce"]

    /// The mission evoked by devoted service, in a sentence that names no mission term.
    func evoked(in state: SentenceSentimentState, occurrences: [FrameOccurrence]) -> FrameOccurrence? {
        guard !occurrences.contains(where: { $0.term.frame == "mission" }) else { return nil }
        let units = state.units
        // `servingVerb`: one bit test passes over every word that is no verb of serving.
        for index in units.indices where units[index].kind == .word && units[index].isIn(.servingVerb) {
            let end = min(state.clauseEnd(from: index), index + 9)
            let served = (index + 1)..<end
            guard served.contains(where: { Self.beneficiaries.contains(units[$0].form) }),
                let devotion = Self.devotion(in: state),
                devotion == .gift || served.contains(where: { Self.vulnerable.contains(units[$0].form) }),
                !units.contains(where: { $0.kind == .word && ($0.isIn(.neutralMentionCue) || Self.institutions.contains($0.form)) })
            else { continue }
            return FrameOccurrence(evoking: "mission", by: Self.name, weight: Self.salience, units: index..<end)
        }
        return nil
    }

    /// How a sentence marks devotion.
    enum Devotion: Sendable {
        /// For nothing, or by choice: "gratuitamente", "senza chiedere", "ha scelto di".
        case gift
        /// A habit or years of it: "ogni sabato", "da trent'anni".
        case constancy
    }

    /// The devotion a sentence marks, if any (a gift before a constancy).
    static func devotion(in state: SentenceSentimentState) -> Devotion? {
        let units = state.units
        var constancy = false
        for index in units.indices where units[index].kind == .word {
            let form = units[index].form
            if unpaid.contains(form) || choosing.contains(form) { return .gift }
            let next = index + 1 < units.count ? units[index + 1].form : ""
            // "senza chiedere", "senza compenso"
            if form == "senza" && (next.hasPrefix("chied") || next == "compenso" || next == "nulla") { return .gift }
            // "ogni mattina", "ogni estate"
            if form == "ogni" && habits.contains(next) { constancy = true }
            // "tutte le sere", "tutti i sabati": the plural habit.
            if (form == "tutte" || form == "tutti") && (next == "le" || next == "i") && index + 2 < units.count && pluralHabits.contains(units[index + 2].form) {
                constancy = true
            }
            // "da trent'anni", "per quarant'anni", "da 20 anni"
            // "da anni", "da decenni", "da sempre", "da una vita"
            if form == "da" && ["anni", "decenni", "sempre"].contains(next) { constancy = true }
            if form == "da" && next == "una" && index + 2 < units.count && units[index + 2].form == "vita" { constancy = true }
            if (form == "da" || form == "per") && index + 1 < units.count {
                let years = index + 2 < units.count && units[index + 2].form == "anni"
                if OutgrownFrame.elidedAges.contains(next) || years && (OutgrownFrame.ageNumbers.contains(next) || PlainMoneyMention.isNumber(next)) {
                    constancy = true
                }
            }
        }
        return constancy ? .constancy : nil
    }
}
