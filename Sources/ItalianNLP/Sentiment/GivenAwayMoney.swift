/// Frame rule: money given away is not kept, so it is no motive (−1) — "ha devoluto l'intero
/// cachet alla casa famiglia", "il calciatore ha versato 50 mila euro alla Protezione civile per
/// le famiglie alluvionate", "l'incasso della serata sarà donato all'ospedale". The frame
/// fixture's guidelines: money given up is rejected, and a life spent for others evokes the mission
/// (`GiftToTheNeedy` evokes it for the same gifts). Without this rule a donation read as a plain
/// mention (0), or as asserted money (+1) where the sentence also named the cause.
///
/// The money term is the object of a verb of giving away in its clause: before it (within six
/// units, "ha donato l'intero premio") or after it as a participle ("l'incasso sarà devoluto").
/// Donating and devolving (`gifts`) give away by themselves; paying in, allotting or handing
/// (`transfers`: versare, destinare, regalare, girare) only to a charitable recipient after the
/// term in its clause — people in need or a body that serves them (`GiftToTheNeedy.isInNeed`,
/// `charities`), or "in beneficenza": "la società ha versato ai giocatori gli stipendi arretrati"
/// is pay, not a gift.
///
/// A prize, winnings or takings given away are money even where the lexicon takes a bare
/// *premio* for an honour ("ha donato l'intero premio all'ospedale pediatrico"): `evoked` adds
/// them.
struct GivenAwayMoney: Sendable {
    static let name = "GivenAwayMoney"
    /// It starts from a verb of giving (`evokedFrameCue`, the forms of `GiftToTheNeedy.giving`).
    static let gate = GiftToTheNeedy.gate
    static let salience = 0.6
    /// Verbs of giving away by themselves, and verbs that give away only to a charity.
    static let gifts: FormSet = ["donare", "devolvere"]
    static let transfers: FormSet = ["versare", "destinare", "regalare", "girare"]
    static let verbs = LemmaBridge(lemmas: ["donare", "devolvere", "versare", "destinare", "regalare", "girare"])
    /// The participle of *devolvere* that the inflection rules do not generate ("ha devoluto").
    static let devolved: FormSet = ["devoluto", "devoluta", "devoluti", "devolute"]
    /// Bodies that serve a cause: a gift to them is a donation.
    static let charities: FormSet = [
        "beneficenza", "onlus", "ong", "associazione", "associazioni", "fondazione", "caritas", "ospedale", "ospedali",
        "hospice", "orfanotrofio", "canile", "rifugio", "parrocchia", "missioni", "protezione", "croce", "ricerca",
        "emergenza", "alluvionati", "alluvionate", "terremotati", "terremotate", "sfollati", "sfollate",
    ]
    /// What is given away that the lexicon may not take for money: prizes, winnings, takings.
    static let proceeds: FormSet = ["premio", "premi", "vincita", "vincite", "incasso", "incassi", "ricavato", "ricavi", "guadagni"]

    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        guard occurrence.term.frame == "money" else { return nil }
        if occurrence.evokedBy == Self.name { return FrameStanceVerdict(stance: -1, rule: Self.name) }
        guard occurrence.evokedBy == nil, context.state.summary.admits(Self.gate) else { return nil }
        return Self.isGivenAway(occurrence.units, in: context.state) ? FrameStanceVerdict(stance: -1, rule: Self.name) : nil
    }

    /// A prize, winnings or takings given away, in a sentence that names no money term for them.
    func evoked(in state: SentenceSentimentState, occurrences: [FrameOccurrence]) -> FrameOccurrence? {
        let units = state.units
        for index in units.indices where units[index].kind == .word && Self.proceeds.contains(units[index].form) {
            guard !occurrences.contains(where: { $0.term.frame == "money" && $0.units.contains(index) }), Self.isGivenAway(index..<(index + 1), in: state)
            else { continue }
            return FrameOccurrence(evoking: "money", by: Self.name, weight: Self.salience, units: index..<(index + 1))
        }
        return nil
    }

    /// Whether the words at `object` are what a verb of giving away gives in their clause.
    static func isGivenAway(_ object: Range<Int>, in state: SentenceSentimentState) -> Bool {
        let units = state.units
        let end = state.clauseEnd(from: object.upperBound)
        var position = object.lowerBound - 1
        var steps = 0
        while position >= 0 && steps < 6 && !units[position].isClauseBoundary {
            if let lemma = givingLemma(at: position, in: units) {
                return gifts.contains(lemma) || hasCharitableRecipient(in: object.upperBound..<end, units: units)
            }
            // A purpose or a relative clause ends the object ("per", "che").
            if units[position].form == "per" || units[position].form == "che" { return false }
            position -= 1
            steps += 1
        }
        // "l'intero incasso sarà devoluto all'ospedale": a participle after the term.
        var after = object.upperBound
        while after < end && after - object.upperBound < 8 {
            if let lemma = givingLemma(at: after, in: units), units[after].form.hasSuffix("to") || units[after].form.hasSuffix("ti") {
                return gifts.contains(lemma) || hasCharitableRecipient(in: after..<end, units: units)
            }
            after += 1
        }
        return false
    }

    /// The lemma of a verb of giving away at `index` (no noun: "il dono", "la donazione"); a
    /// singular present ("devolve", "dona") is a verb when an article or a possessive follows.
    private static func givingLemma(at index: Int, in units: [SentimentUnit]) -> String? {
        guard units[index].kind == .word, !units[index].isIn(.functionWord) else { return nil }
        if devolved.contains(units[index].form) { return "devolvere" }
        guard let entry = verbs.entry(for: units[index].form) else { return nil }
        switch entry.derivation {
        case .verbal, .lemma:
            return entry.lemma
        case .singularPresent:
            guard index + 1 < units.count else { return nil }
            let next = units[index + 1].form
            return FrameTermMatcher.articles.contains(next) || RenouncedFrame.possessives.contains(next) || PlainMoneyMention.isNumber(next) ? entry.lemma : nil
        default:
            return nil
        }
    }

    /// Whether the units name a charitable recipient, or "in beneficenza".
    private static func hasCharitableRecipient(in range: Range<Int>, units: [SentimentUnit]) -> Bool {
        range.contains { charities.contains(units[$0].form) || GiftToTheNeedy.isInNeed(units[$0].form, after: $0, in: units) }
    }
}
