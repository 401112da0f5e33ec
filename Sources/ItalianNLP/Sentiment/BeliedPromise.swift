/// Frame rule: an ideal that someone claims or promises, belied by a contrast that follows, evokes
/// the mission, debunked (−1), where no mission word is written — "la startup promette di
/// rivoluzionare il mondo delle assicurazioni, ma finora ha rivoluzionato i bonus dei fondatori",
/// "giura che i soci lavorano per il bene del paese, ma intanto i suoi compensi sono triplicati",
/// "dicono che la Fondazione esiste per promuovere la cultura, ma…", "sul sito parlano di
/// «cambiare il modo in cui il Paese si muove», ma poi…". The frame fixture's guideline: "dicono
/// X, ma Y" demotes X, and a frame promised or sloganised and shown to be empty is −1; mission is
/// present where purpose is expressed, named or only evoked.
///
/// A verb of saying, swearing, promising or presenting (`claiming`), then — before the next
/// contrast marker of the sentence ("ma", "però", "intanto"…), within `reach` units — the claim,
/// which holds a verb of changing, improving, saving, helping or serving (`ideals`: cambiare,
/// rivoluzionare, migliorare, aiutare, promuovere…) or "il bene di…", and a noun of people, a
/// community, a heritage or a common good (`servedNoun`, `commonGoods`: "il mondo", "la
/// cultura", "il Paese"), so that one's own plans ("dice di voler cambiare casa, ma…") are no
/// ideal. The claim must name no frame term. What the contrast promotes is left to the other
/// rules (`ContrastedFrame`).
struct BeliedPromise: Sendable {
    static let name = "BeliedPromise"
    /// It needs a contrast marker (`SentenceClassSummary`).
    static let gate = SentenceRuleGate(anyFinding: .contrastAfter)
    static let salience = 0.6
    static let reach = 20
    /// Verbs of saying, swearing, promising and presenting, regular enough for the lemma bridge.
    static let claiming = LemmaBridge(lemmas: [
        "giurare", "promettere", "sostenere", "assicurare", "garantire", "proclamare", "annunciare", "parlare", "presentare",
        "raccontare", "dichiarare", "vantare", "ripetere",
    ])
    /// Forms of *dire* and *promettere* that a regular conjugator does not give.
    static let irregularClaiming: FormSet = ["dice", "dicono", "diceva", "dicevano", "disse", "dissero", "detto", "promesso", "promessa"]
    /// Verbs of changing, improving, saving, helping and serving: what an ideal claims to do.
    static let ideals = LemmaBridge(lemmas: [
        "cambiare", "rivoluzionare", "migliorare", "salvare", "aiutare", "servire", "promuovere", "proteggere", "difendere",
        "trasformare", "restituire", "valorizzare", "sostenere",
    ])

    /// Common goods an ideal may be for, besides the people, communities and heritage of the
    /// `servedNoun` class.
    static let commonGoods: FormSet = [
        "mondo", "società", "cultura", "ambiente", "pianeta", "sanità", "scuola", "istruzione", "paese", "città", "territorio",
        "futuro", "persone", "gente", "cittadini", "vita", "vite",
    ]

    static func isClaiming(_ form: String) -> Bool {
        irregularClaiming.contains(form) || claiming.entry(for: form).map { $0.derivation != .nominal } ?? false
    }

    /// The mission of a claimed ideal belied by a contrast, in a sentence that names no mission term.
    func evoked(in state: SentenceSentimentState, occurrences: [FrameOccurrence]) -> FrameOccurrence? {
        guard !occurrences.contains(where: { $0.term.frame == "mission" }) else { return nil }
        let units = state.units
        for verb in units.indices where units[verb].kind == .word && Self.isClaiming(units[verb].form) {
            let limit = min(units.count, verb + 1 + Self.reach)
            guard let marker = ((verb + 1)..<limit).first(where: { state.modifierKind($0) == .contrastAfter }) else { continue }
            let claim = (verb + 1)..<marker
            guard !occurrences.contains(where: { claim.contains($0.head) }) else { continue }
            let holdsIdeal = claim.contains { index in
                let form = units[index].form
                // ("sostenere" is a verb of claiming too: only a form after the claiming verb counts.)
                if Self.ideals.entry(for: form).map({ $0.derivation != .nominal }) ?? false { return true }
                return StringIdentity.equals(form, "bene") && index + 1 < marker && StringIdentity.equals(units[index + 1].form, "di")
            }
            // The ideal is for people or a common good ("la cultura", "il Paese", "i pazienti"), not
            // for one's own things ("cambiare casa", "proteggere i suoi dati").
            let forOthers = claim.contains { index in
                let form = units[index].form
                return units[index].isIn(.servedNoun) || Self.commonGoods.contains(form)
            }
            guard holdsIdeal, forOthers else { continue }
            return FrameOccurrence(evoking: "mission", by: Self.name, weight: Self.salience, units: claim)
        }
        return nil
    }
}
