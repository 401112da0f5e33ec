/// Frame rule: giving things to people in need evokes the mission frame where no mission word is
/// written (+1) — "regalano l'olio alle famiglie seguite dalla Caritas", "porta il pane avanzato
/// al dormitorio: lo fa ogni sera da dodici anni", "dona i suoi quadri ai profughi". The frame
/// fixture's guideline: mission covers serving others and the common good, named or only evoked.
///
/// In a sentence that names no mission term: a verb of giving (`giving`, not a noun) with a
/// recipient in need within sixteen units after it in its clause — people in need
/// (`DevotedService.vulnerable`) or a place or body that serves them (`needyPlaces`: dormitorio,
/// mensa, Caritas, casa famiglia, ospedale…). A gift (regalare, donare, devolvere, versare) is devotion by itself; bringing or
/// handing out (portare, distribuire, consegnare) needs the devotion `DevotedService` reads (for
/// nothing, by choice, as a habit or for years), because "la polizia ha portato i migranti al
/// centro" is no gift. A public body as the giver (`DevotedService.institutions` before the verb)
/// or a report (a `NeutralMention` cue) gives nothing of its own: never evoked.
struct GiftToTheNeedy: Sendable {
    static let name = "GiftToTheNeedy"
    /// It starts from a giving verb (`evokedFrameCue`; see `SentenceClassSummary`).
    static let gate = SentenceRuleGate(anyWordClass: .evokedFrameCue)
    static let salience = 0.6
    /// Verbs of giving; `gifts` are the ones that are a gift by themselves.
    static let giving = LemmaBridge(lemmas: ["regalare", "donare", "devolvere", "portare", "distribuire", "consegnare", "offrire", "versare"])
    /// Paying money in ("ha versato 50 mila euro alle famiglie alluvionate") is a gift when the
    /// recipient is in need, as the others are.
    static let gifts: FormSet = ["regalare", "donare", "devolvere", "versare"]
    /// Places and bodies that serve people in need ("al dormitorio", "alla mensa dei poveri").
    static let needyPlaces: FormSet = [
        "dormitorio", "dormitori", "mensa", "mense", "caritas", "famiglia", "canonica", "parrocchia",
        "bisognosi", "bisognose", "indigenti", "terremotati", "sfollati", "alluvionati", "terremotate", "sfollate", "alluvionate",
        // Bodies that serve people in need ("all'ospedale pediatrico", "alla Protezione civile").
        "onlus", "ospedale", "protezione", "croce", "orfanotrofio", "hospice",
    ]

    /// The mission evoked by a gift to people in need, in a sentence that names no mission term.
    func evoked(in state: SentenceSentimentState, occurrences: [FrameOccurrence]) -> FrameOccurrence? {
        guard !occurrences.contains(where: { $0.term.frame == "mission" }) else { return nil }
        let units = state.units
        // `evokedFrameCue`: one bit test passes over every word that is no verb of giving.
        for index in units.indices where units[index].kind == .word && units[index].isIn(.evokedFrameCue) {
            // "ha devoluto": the irregular participle is a gift too.
            let devolved = GivenAwayMoney.devolved.contains(units[index].form)
            guard let entry = devolved ? LemmaBridge.Entry(lemma: "devolvere", derivation: .verbal) : Self.giving.entry(for: units[index].form),
                entry.derivation != .nominal
            else { continue }
            // The object may have complements before the recipient ("ha devoluto l'intero cachet
            // del concerto di Natale alla casa famiglia"): sixteen units.
            let end = min(state.clauseEnd(from: index), index + 17)
            let recipients = (index + 1)..<end
            guard recipients.contains(where: { Self.isInNeed(units[$0].form, after: $0, in: units) }) else { continue }
            // Bringing or handing out is a gift only with devotion; "regalare", "donare" are one.
            if !Self.gifts.contains(entry.lemma) && DevotedService.devotion(in: state) == nil { continue }
            // The giver, before the verb, must not be a public body (the recipient may be one:
            // "ha donato il premio all'ospedale").
            guard !units.contains(where: { $0.kind == .word && $0.isIn(.neutralMentionCue) }),
                !units[..<index].contains(where: { $0.kind == .word && DevotedService.institutions.contains($0.form) })
            else { continue }
            return FrameOccurrence(evoking: "mission", by: Self.name, weight: Self.salience, units: index..<end)
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
