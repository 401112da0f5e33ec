/// Frame rule: liking one's work, in a sentence that weighs it against money, evokes the mission
/// frame where no mission word is written — "Mi piace insegnare, ma con questo stipendio non ce
/// la faccio", "Anche se il lavoro mi piace, me ne vado per i soldi", "l'amore per il teatro conta,
/// ma l'affitto lo pago con i soldi", "Adoro il mio mestiere e guadagno bene". The frame fixture's
/// guideline: mission covers passion for the work; set against pay, a liking is that passion, and
/// it is what a contrast or a concession demotes ("X va bene, ma …": X −1).
///
/// In a sentence that names money and no mission term: a form of a verb of liking (`liking`:
/// amare, adorare) followed by its object, a form of *piacere* (`pleasing`) after a pronoun of
/// the person pleased ("mi piace …", "gli piaceva …") with its subject after it or "lavoro" /
/// "mestiere" just before the pronoun ("il lavoro mi piace"), or "amore per" or "amore di" with
/// its object ("per amore dei boschi"). The
/// object is an infinitive ("insegnare"), or an article or a possessive and a noun that is no
/// person, no proper name and no money term ("il teatro", "il mio mestiere"; not "mia moglie",
/// "i soldi"). Its stance: what a contrast decides (`ContrastedFrame`: a liking demoted by "ma"
/// or conceded by "anche se" is −1), else asserted (+1).
struct LikedWork: Sendable {
    static let name = "LikedWork"
    static let gate = SentenceRuleGate(anyWordClass: .likingCue)
    static let salience = 0.6
    static let liking = LemmaBridge(lemmas: ["amare", "adorare"])
    /// The forms of *piacere* that say what pleases.
    static let pleasing: FormSet = ["piace", "piacciono", "piaceva", "piacevano", "piacerebbe", "piaciuto", "piaciuta"]
    /// The pronouns of the person pleased.
    static let pleased: FormSet = ["mi", "ti", "gli", "le", "ci", "vi"]
    /// What may open the object: articles and possessives.
    static let determiners: FormSet = [
        "il", "lo", "la", "i", "gli", "le", "l'", "un", "uno", "una", "un'", "mio", "mia", "miei", "mie", "tuo", "tua", "suo", "sua",
        "suoi", "sue", "nostro", "nostra", "vostro", "vostra", "loro", "questo", "questa", "quel", "quella",
    ]
    /// People loved, whom a liking of them does not make a passion for the work.
    static let people: FormSet = [
        "moglie", "marito", "figli", "figlio", "figlia", "figlie", "mamma", "madre", "papà", "padre", "genitori", "famiglia",
        "fidanzata", "fidanzato", "compagna", "compagno", "amici", "amico", "amica", "amiche", "nonni", "nonna", "nonno",
        "fratello", "sorella", "fratelli", "sorelle", "donna", "uomo", "gente", "persone", "città", "paese", "casa",
    ]
    /// The work nouns that, just before "mi piace", are its subject ("il lavoro mi piace").
    static let workNouns: FormSet = ["lavoro", "mestiere", "professione", "impiego"]

    /// The mission evoked by liking the work, in a sentence that names money and no mission term.
    func evoked(in state: SentenceSentimentState, occurrences: [FrameOccurrence]) -> FrameOccurrence? {
        guard occurrences.contains(where: { $0.term.frame == "money" }), !occurrences.contains(where: { $0.term.frame == "mission" }) else { return nil }
        let units = state.units
        func isMoney(_ index: Int) -> Bool {
            occurrences.contains { $0.term.frame == "money" && $0.units.contains(index) }
        }
        for index in units.indices where units[index].kind == .word && units[index].isIn(.likingCue) {
            let form = units[index].form
            var objectStart: Int?
            if Self.pleasing.contains(form) {
                guard index > 0, Self.pleased.contains(units[index - 1].form) else { continue }
                // "il lavoro mi piace": the work named just before the pronoun.
                let before = max(0, index - 4)..<(index - 1)
                if let noun = before.last(where: { Self.workNouns.contains(units[$0].form) }), !isMoney(noun) {
                    return FrameOccurrence(evoking: "mission", by: Self.name, weight: Self.salience, units: noun..<(index + 1))
                }
                objectStart = index + 1
            } else if form == "amore" {
                // "l'amore per il teatro", "per amore dei boschi".
                guard index + 1 < units.count, units[index + 1].form == "per" || units[index + 1].form == "di" else { continue }
                objectStart = index + 2
            } else if let entry = Self.liking.entry(for: form), entry.derivation != .nominal {
                objectStart = index + 1
            }
            guard let start = objectStart, let end = object(from: start, in: state), !(start..<end).contains(where: isMoney) else { continue }
            return FrameOccurrence(evoking: "mission", by: Self.name, weight: Self.salience, units: index..<end)
        }
        return nil
    }

    /// The end of the liked object that starts at `start`: an infinitive, or a determiner (two at
    /// most: "il mio") and a noun that is no person and no proper name; nil when there is none.
    private func object(from start: Int, in state: SentenceSentimentState) -> Int? {
        let units = state.units
        guard start < units.count, units[start].kind == .word else { return nil }
        if PurposeForOthers.infinitive(units[start].form) != nil { return start + 1 }
        var noun = start
        while noun < min(units.count, start + 2) && Self.determiners.contains(units[noun].form) { noun += 1 }
        guard noun > start, noun < units.count, units[noun].kind == .word, !units[noun].isIn(.functionWord),
            units[noun].text.first?.isUppercase != true, !Self.people.contains(units[noun].form),
            !FrameEvokingClasses.shared.served.contains(units[noun].form)
        else { return nil }
        return noun + 1
    }

    /// The stance of a liked work: what a contrast decides, else asserted.
    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict {
        if let contrasted = ContrastedFrame().verdict(for: occurrence, in: context) {
            return FrameStanceVerdict(stance: contrasted.stance < 0 ? -1 : 1, rule: Self.name)
        }
        return FrameStanceVerdict(stance: 1, rule: Self.name)
    }
}
