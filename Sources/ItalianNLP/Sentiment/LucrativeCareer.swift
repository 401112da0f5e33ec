/// Frame rule: a career that stands for money evokes the money frame where no money word is
/// written, when the sentence tells a move out of it or into it — "ha mollato la JP Morgan per
/// aprire una scuola", "ex trader a Francoforte, oggi coltiva zafferano", "fino al 2019 vendeva
/// derivati", "dopo vent'anni in banca" (left: −1), "è entrato in un hedge fund", "oggi fa il
/// broker", "ho accettato il posto in banca" (taken: +1). The frame fixture's guideline: money
/// covers job offers and wealth, named or only evoked; a life told as a before and an after
/// demotes the before. What the move was for is then the alternative (`AlternativeMotive`:
/// "per aprire una scuola di circo").
///
/// A career word (`careers`: trader, broker, banchiere, derivati, finanza; "banca d'affari", and
/// "in banca" or "di banca" after a job or a time spent there, "il posto in banca", "vent'anni in
/// banca"; the two-word names of investment banks and funds, "JP Morgan", "Morgan Stanley", "Wall
/// Street", "hedge fund", and Goldman, McKinsey, BlackRock) is money only with
/// a move: "ex" just before it; a verb of leaving (lasciare, mollare, abbandonare), "dopo" or
/// "fino a" before it in its clause, or a later clause opened by "oggi", "adesso", "ora" (left);
/// a verb of entering (entrare, passare, approdare, finire, accettare, assumere), "per" after a verb
/// of leaving (what a move is for: "ha mollato tutto per un posto in banca") or a word of now
/// before it in its clause (taken). "Il trader è stato arrestato" tells no move: nothing is
/// evoked.
struct LucrativeCareer: Sendable {
    static let name = "LucrativeCareer"
    /// It starts from a word of `evokedFrameCue` (see `SentenceClassSummary`).
    static let gate = SentenceRuleGate(anyWordClass: .evokedFrameCue)
    static let salience = 0.6
    /// Words that may name a career that stands for money (each checked by `isCareer`).
    static let careers: FormSet = [
        "trader", "broker", "banchiere", "banchiera", "banchieri", "finanziere", "finanziera", "derivati", "finanza",
        "banca", "goldman", "mckinsey", "blackrock", "morgan", "wall", "hedge",
    ]
    /// Career words that are one by themselves; the others need their neighbour (`isCareer`).
    static let plainCareers: FormSet = [
        "trader", "broker", "banchiere", "banchiera", "banchieri", "finanziere", "finanziera", "derivati", "goldman", "mckinsey",
        "blackrock",
    ]
    /// What may come before "in banca" or "di banca" for the bank to be a career.
    static let bankJobs: FormSet = [
        "posto", "lavoro", "impiego", "carriera", "dirigente", "impiegato", "impiegata", "funzionario", "funzionaria", "anni",
        "anno", "lavorato", "lavorava", "lavoravo", "lavora", "entrato", "entrata", "assunto", "assunta",
    ]
    static let leaving = LemmaBridge(lemmas: ["lasciare", "mollare", "abbandonare", "dimettere", "licenziare"])
    static let entering = LemmaBridge(lemmas: ["entrare", "passare", "approdare", "finire", "accettare", "assumere"])

    /// Whether the word at `index` names a career that stands for money.
    static func isCareer(at index: Int, in units: [SentimentUnit]) -> Bool {
        let form = units[index].form
        guard careers.contains(form) else { return false }
        if plainCareers.contains(form) { return true }
        let previous = index > 0 ? units[index - 1].form : ""
        let next = index + 1 < units.count ? units[index + 1].form : ""
        switch form {
        case "banca":
            if next == "d'" || next == "d'affari" { return true }
            // "il posto in banca", "quindici anni in banca", "dirigente di banca"; not "ha lasciato
            // la borsa in banca".
            return (previous == "in" || previous == "di") && index >= 2 && bankJobs.contains(units[index - 2].form)
        case "finanza": return previous == "in" || previous == "la" || previous == "della" || previous == "nella"
        case "morgan": return previous == "jp" || previous == "j.p." || next == "stanley"
        case "wall": return next == "street"
        case "hedge": return next == "fund" || next == "funds"
        default: return false
        }
    }

    /// The direction of the move at a career word: −1 left, +1 taken, nil none.
    static func move(at index: Int, in state: SentenceSentimentState) -> Double? {
        let units = state.units
        if index > 0 && (units[index - 1].form == "ex" || units[index - 1].form == "ex-") { return -1 }
        let start = max(state.clauseStart(before: index), index - 7)
        for position in stride(from: index - 1, through: start, by: -1) where units[position].kind == .word {
            let form = units[position].form
            if form == "dopo" || form == "fino" { return -1 }
            // "ha mollato tutto per un posto in banca": what one leaves something else for is taken
            // (not "lavorava per JP Morgan", a career held).
            if form == "per", (start..<position).contains(where: { leaving.entry(for: units[$0].form).map { $0.derivation != .nominal } ?? false }) {
                return 1
            }
            if OutgrownFrame.nowWords.contains(form) && form != "ora" { return 1 }
            if let entry = leaving.entry(for: form), entry.derivation != .nominal { return -1 }
            if let entry = entering.entry(for: form), entry.derivation != .nominal { return 1 }
        }
        // "Ex trader a Francoforte, oggi coltiva zafferano": a later clause opened by now.
        let end = state.clauseEnd(from: index)
        guard end + 1 < units.count else { return nil }
        for position in (end + 1)..<units.count where units[position - 1].isClauseBoundary && units[position].kind == .word {
            if OutgrownFrame.afterMarker(at: position, in: state, ages: false) == .now { return -1 }
        }
        return nil
    }

    /// The money evoked by a move out of or into a career that stands for money, in a sentence
    /// that names no money term.
    func evoked(in state: SentenceSentimentState, occurrences: [FrameOccurrence]) -> FrameOccurrence? {
        guard !occurrences.contains(where: { $0.term.frame == "money" }) else { return nil }
        let units = state.units
        for index in units.indices where units[index].kind == .word && units[index].isIn(.evokedFrameCue) {
            guard Self.isCareer(at: index, in: units), Self.move(at: index, in: state) != nil else { continue }
            return FrameOccurrence(evoking: "money", by: Self.name, weight: Self.salience, units: index..<(index + 1))
        }
        return nil
    }

    /// The stance of an evoked career: −1 left, +1 taken.
    func verdict(for occurrence: FrameOccurrence, in state: SentenceSentimentState) -> FrameStanceVerdict {
        FrameStanceVerdict(stance: Self.move(at: occurrence.head, in: state) ?? 1, rule: Self.name)
    }
}
