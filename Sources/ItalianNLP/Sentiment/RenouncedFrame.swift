/// Frame stance rule: the object of a verb of renouncing or refusing is rejected (−1): "ha
/// rinunciato ai contratti con gli sponsor", "ha rifiutato tre offerte", "ha detto no al rinnovo
/// milionario", "rinunciare alle stock option", "ha preferito … a uno stipendio doppio" (what is
/// preferred *to* is rejected); "ha lasciato la banca d'affari e i suoi bonus milionari per…" (a
/// coordinated object, up to ten words after the verb and before any "per"); "le missioni
/// lasciamole ai santi" (an object put first and doubled by a clitic); "ha rifiutato la
/// cattedra a Zurigo, molto meglio pagata, per…" (an apposition to the renounced object); "ho
/// smesso di credere nella missione dell'azienda".
struct RenouncedFrame: Sendable {
    static let name = "RenouncedFrame"
    static let verbs: FormSet = [
        "rinunciare", "rifiutare", "respingere", "declinare", "snobbare", "disdegnare", "sacrificare", "abbandonare", "lasciare", "perdere",
        "smettere",
    ]

    /// The forms of `verbs`, built once (the word classes read it too: `renouncingCue`).
    static let verbBridge = LemmaBridge(lemmas: verbs)
    /// Every verdict needs a form of the verbs, "no" or a form opening with "prefer"
    /// (`renouncingCue`; see `SentenceClassSummary`).
    static let gate = SentenceRuleGate(anyWordClass: .renouncingCue)

    let bridge: LemmaBridge

    init() {
        bridge = Self.verbBridge
    }

    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        let state = context.state
        var position = occurrence.head - 1
        var steps = 0
        while position >= 0 && steps < 10 && !state.units[position].isClauseBoundary {
            let form = state.units[position].form
            if isRenouncingVerb(position, in: state) {
                // "lasciare perdere" / "lasciamo perdere le belle parole" is dismissal too.
                return FrameStanceVerdict(stance: -1, rule: Self.name)
            }
            // The object ends where a purpose or a relative clause begins: "ha lasciato il
            // dottorato per uno stipendio più alto" chooses the pay.
            if form == "per" || form == "che" || form == "cui" { break }
            if form == "no" && position > 0 && ["detto", "dice", "dire", "dicono", "dico"].contains(state.units[position - 1].form) {
                return FrameStanceVerdict(stance: -1, rule: Self.name)
            }
            if form == "preferito" || form == "preferisce" || form == "preferire" { break }
            position -= 1
            steps += 1
        }
        // "le missioni lasciamole ai santi", "i soldi li lascio agli altri": the object comes first
        // and a clitic doubles it.
        if isDislocatedObject(occurrence, in: state) { return FrameStanceVerdict(stance: -1, rule: Self.name) }
        // "Ha rifiutato la cattedra a Zurigo, molto meglio pagata, per…": an apposition to the
        // renounced object.
        if isAppositionToRenouncedObject(occurrence, in: state) { return FrameStanceVerdict(stance: -1, rule: Self.name) }
        // "ha preferito X a Y": Y is rejected.
        position = occurrence.head - 1
        steps = 0
        var sawA = false
        while position >= 0 && steps < 12 && !state.units[position].isClauseBoundary {
            let form = state.units[position].form
            if steps <= 2 && form == "a" { sawA = true }
            if sawA && (form.hasPrefix("prefer")) { return FrameStanceVerdict(stance: -1, rule: Self.name) }
            position -= 1
            steps += 1
        }
        return nil
    }

    static let clitics: FormSet = ["lo", "la", "li", "le", "l'"]
    /// The longest apposition to a renounced object: "con uno stipendio tre volte il suo" has seven
    /// words.
    static let appositionWords = 7
    /// How far back the renouncing verb may stand before the apposition: the renounced object may
    /// be a noun with its complements ("ha rifiutato la direzione di una clinica svizzera").
    static let objectWords = 8

    private func isRenouncingVerb(_ index: Int, in state: SentenceSentimentState) -> Bool {
        guard let entry = bridge.entry(for: state.units[index].form) else { return false }
        if entry.derivation == .verbal || entry.derivation == .lemma { return true }
        // "lascio uno stipendio sicuro": a singular present is a verb when an object follows.
        guard entry.derivation == .singularPresent, index + 1 < state.units.count else { return false }
        return FrameTermMatcher.articles.contains(state.units[index + 1].form) || Self.possessives.contains(state.units[index + 1].form)
    }

    static let possessives: FormSet = ["mio", "mia", "miei", "mie", "suo", "sua", "suoi", "sue", "tuo", "tua", "nostro", "nostra", "loro"]

    /// The term, then within four units of its clause a renouncing verb next to an object clitic.
    private func isDislocatedObject(_ occurrence: FrameOccurrence, in state: SentenceSentimentState) -> Bool {
        var position = occurrence.units.upperBound
        while position < state.units.count && position - occurrence.units.upperBound < 4 && !state.units[position].isClauseBoundary {
            // A singular present ("li lascio") counts here: the clitic shows it is a verb.
            if let entry = bridge.entry(for: state.units[position].form), entry.derivation != .nominal && entry.derivation != .superlative {
                let before = position > 0 ? state.units[position - 1].form : ""
                let after = position + 1 < state.units.count ? state.units[position + 1].form : ""
                return Self.clitics.contains(before) || Self.clitics.contains(after)
            }
            position += 1
        }
        return false
    }

    /// The term in a short clause between commas (at most `appositionWords` words) right after a clause whose
    /// last `objectWords` words hold a renouncing verb.
    private func isAppositionToRenouncedObject(_ occurrence: FrameOccurrence, in state: SentenceSentimentState) -> Bool {
        let start = state.clauseStart(before: occurrence.head)
        let end = state.clauseEnd(from: occurrence.head)
        guard start >= 2, state.units[start - 1].form == ",", end < state.units.count, state.units[end].form == "," else { return false }
        guard (start..<end).filter({ state.units[$0].kind == .word }).count <= Self.appositionWords else { return false }
        let previousStart = state.clauseStart(before: start - 2)
        var position = start - 2
        var words = 0
        while position >= previousStart && words < Self.objectWords {
            if isRenouncingVerb(position, in: state) { return true }
            if state.units[position].kind == .word { words += 1 }
            position -= 1
        }
        return false
    }
}
