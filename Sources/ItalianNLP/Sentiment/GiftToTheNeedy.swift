/// Frame rule: giving things to people in need evokes the mission frame where no mission word is
/// written (+1) — "regalano l'olio alle famiglie seguite dalla Caritas", "porta il pane avanzato
/// al dormitorio: lo fa ogni sera da dodici anni", "dona i suoi quadri ai profughi". The frame
/// fixture's guideline: mission covers serving others and the common good, named or only evoked.
///
/// In a sentence that names no mission term: a verb of giving (`giving`, not a noun) with a
/// recipient in need within ten units after it in its clause — people in need
/// (`DevotedService.vulnerable`) or a place or body that serves them (`needyPlaces`: dormitorio,
/// mensa, Caritas, casa famiglia…). A gift (regalare, donare, devolvere) is devotion by itself; bringing or
/// handing out (portare, distribuire, consegnare) needs the devotion `DevotedService` reads (for
/// nothing, by choice, as a habit or for years), because "la polizia ha portato i migranti al
/// centro" is no gift. A public body or a report (`DevotedService.institutions`, a
/// `NeutralMention` cue) gives nothing of its own: never evoked.
struct GiftToTheNeedy: Sendable {
    static let name = "GiftToTheNeedy"
    /// It starts from a giving verb (`evokedFrameCue`; see `SentenceClassSummary`).
    static let gate = SentenceRuleGate(anyWordClass: .evokedFrameCue)
    static let salience = 0.6
    /// Verbs of giving; `gifts` are the ones that are a gift by themselves.
    static let giving = LemmaBridge(lemmas: ["regalare", "donare", "devolvere", "portare", "distribuire", "consegnare", "offrire"])
    static let gifts: FormSet = ["regalare", "donare", "devolvere"]
    /// Places and bodies that serve people in need ("al dormitorio", "alla mensa dei poveri").
    static let needyPlaces: FormSet = [
        "dormitorio", "dormitori", "mensa", "mense", "caritas", "famiglia", "canonica", "parrocchia",
        "bisognosi", "bisognose", "indigenti", "terremotati", "sfollati", "alluvionati",
    ]

    /// The mission evoked by a gift to people in need, in a sentence that names no mission term.
    func evoked(in state: SentenceSentimentState, occurrences: [FrameOccurrence]) -> FrameOccurrence? {
        guard !occurrences.contains(where: { $0.term.frame == "mission" }) else { return nil }
        let units = state.units
        // `evokedFrameCue`: one bit test passes over every word that is no verb of giving.
        for index in units.indices where units[index].kind == .word && units[index].isIn(.evokedFrameCue) {
            guard let entry = Self.giving.entry(for: units[index].form), entry.derivation != .nominal else { continue }
            let end = min(state.clauseEnd(from: index), index + 11)
            let recipients = (index + 1)..<end
            guard recipients.contains(where: { Self.isInNeed(units[$0].form, after: $0, in: units) }) else { continue }
            // Bringing or handing out is a gift only with devotion; "regalare", "donare" are one.
            if !Self.gifts.contains(entry.lemma) && DevotedService.devotion(in: state) == nil { continue }
            guard !units.contains(where: { $0.kind == .word && ($0.isIn(.neutralMentionCue) || DevotedService.institutions.contains($0.form)) })
            else { continue }
            let term = FrameLexicon.Term(frame: "mission", phrase: "(\(Self.name))", weight: Self.salience, words: [])
            return FrameOccurrence(term: term, units: index..<end, evokedBy: Self.name)
        }
        return nil
    }

    /// Whether the word at `position` names people in need or a place that serves them.
    static func isInNeed(_ form: String, after position: Int, in units: [SentimentUnit]) -> Bool {
        if DevotedService.vulnerable.contains(form) { return true }
        guard needyPlaces.contains(form) else { return false }
        // "famiglia" alone is anyone's family: only "casa famiglia" is a home for children in care.
        if form == "famiglia" { return position > 0 && units[position - 1].form == "casa" }
        return true
    }
}
