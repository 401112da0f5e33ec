/// Frame rule: work done for other people or for a place without pay, or at one's own cost,
/// evokes both frames where no frame word is written — the mission it serves (+1) and the money
/// it goes without (−1): "aggiusta senza compenso le reti dei pescatori del borgo", "ridipinge a
/// sue spese l'aula dei bambini", "tiene aperto il forno del paese anche se ci rimette". The frame
/// fixture's guideline: mission covers serving others, named or only evoked; unpaid work is about
/// pay, and pay given up is rejected.
///
/// A phrase of the `unpaid` class of `FrameEvokingClasses` ("senza compenso", "senza farsi
/// pagare", "a sue spese", "di tasca sua", "ci rimette", "in perdita", "gratis") in a sentence that
/// also holds a noun of people served, a community or a heritage (`servedNoun`). The mission is
/// evoked where no mission term is written, the money where no money term is; a money term inside
/// the phrase or right after it ("senza compenso", "senza farsi dare un euro") is judged −1 by
/// `verdict`. A public body or a report (`DevotedService.institutions`, a `NeutralMention` cue) is
/// no gift: "il comune ha chiuso il bilancio in perdita" evokes nothing.
struct UnpaidForOthers: Sendable {
    static let name = "UnpaidForOthers"
    /// It needs a word of an unpaid phrase (`unpaidCue`) and a served noun (`servedNoun`).
    static let gate = SentenceRuleGate(anyWordClass: .unpaidCue)
    static let servedGate = SentenceRuleGate(anyWordClass: .servedNoun)
    static let salience = 0.6
    /// How far after the phrase a money term is still the pay it goes without ("senza farsi dare un euro").
    static let reach = 3

    /// The unpaid phrase of a sentence that serves others, if any.
    static func unpaidPhrase(in state: SentenceSentimentState) -> Range<Int>? {
        let units = state.units
        guard units.contains(where: { $0.kind == .word && $0.isIn(.servedNoun) }),
            !units.contains(where: { $0.kind == .word && ($0.isIn(.neutralMentionCue) || DevotedService.institutions.contains($0.form)) }),
            let found = FrameEvokingClasses.firstPhrase(of: FrameEvokingClasses.shared.unpaid, in: units)
        else { return nil }
        return found.units
    }

    /// The frames evoked by unpaid work for others: the mission where no mission term is written,
    /// the money where no money term is.
    func evoked(in state: SentenceSentimentState, occurrences: [FrameOccurrence]) -> [FrameOccurrence] {
        guard let phrase = Self.unpaidPhrase(in: state) else { return [] }
        var evoked: [FrameOccurrence] = []
        if !occurrences.contains(where: { $0.term.frame == "mission" }) {
            evoked.append(FrameOccurrence(evoking: "mission", by: Self.name, weight: Self.salience, units: phrase))
        }
        if !occurrences.contains(where: { $0.term.frame == "money" }) {
            evoked.append(FrameOccurrence(evoking: "money", by: Self.name, weight: Self.salience, units: phrase))
        }
        return evoked
    }

    /// The stance of what the rule evoked: the mission asserted unless a contrast demotes it, the
    /// money gone without.
    func verdict(forEvoked occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict {
        if occurrence.term.frame == "money" { return FrameStanceVerdict(stance: -1, rule: Self.name) }
        if let contrasted = ContrastedFrame().verdict(for: occurrence, in: context), contrasted.stance < 0 {
            return FrameStanceVerdict(stance: -1, rule: Self.name)
        }
        return FrameStanceVerdict(stance: 1, rule: Self.name)
    }

    /// A money term inside an unpaid phrase of work for others, or right after it ("senza
    /// compenso", "senza farsi dare un euro"): pay gone without, −1.
    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        guard occurrence.term.frame == "money", occurrence.evokedBy == nil,
            let phrase = Self.unpaidPhrase(in: context.state),
            occurrence.head >= phrase.lowerBound && occurrence.head < phrase.upperBound + Self.reach
        else { return nil }
        return FrameStanceVerdict(stance: -1, rule: Self.name)
    }
}
