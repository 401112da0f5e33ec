/// Frame stance rule: a frame that belonged to an earlier time of someone's life, set against
/// what they do now, is outgrown (−1) — "Idealista a vent'anni, broker a trenta" (mission −1),
/// "di ideali ne ho avuti tanti, a vent'anni; a quaranta preferisco una retribuzione sicura",
/// "tre anni fa guadagnava diecimila euro al mese; oggi fa il maestro" (money −1), "volevamo
/// salvare il mondo, ci siamo ritrovati a vendere polizze" (mission −1). A life told as a before
/// and an after demotes the before, as a contrast demotes what comes before "ma"; what the
/// after names instead is the alternative (`AlternativeMotive`).
///
/// The before is marked by an age ("a vent'anni", "a 20 anni", "da giovane", "da studente"), by
/// "anni fa", "un tempo", a sentence-initial "prima", or by an imperfect of wanting or believing
/// ("volevo", "sognavamo", "pensavo di"); the after, in a later clause, by "oggi", "adesso",
/// "ora", a second age ("a trenta", "a quarant'anni") or by ending up ("mi sono ritrovato a",
/// "sono finito a", "ho trovato solo"). Terms before the after's clause are outgrown. The splitter ends a sentence
/// at ";" and ":", so a before that ends its sentence there and an after that opens the next one
/// are joined by `CrossSentenceFrames` (`judgeAcross`).
struct OutgrownFrame: Sendable {
    static let name = "OutgrownFrame"

    /// Ages written with an elided number: "vent'", "trent'" + "anni", or one token "diciott'anni".
    static let elidedAges: Set<String> = [
        "vent'", "trent'", "quarant'", "cinquant'", "sessant'", "settant'", "diciott'", "ventott'", "trentott'",
        "vent'anni", "trent'anni", "quarant'anni", "cinquant'anni", "sessant'anni", "settant'anni", "diciott'anni",
    ]
    /// Number words of ages.
    static let ageNumbers: Set<String> = [
        "diciotto", "diciannove", "venti", "venticinque", "trenta", "trentacinque", "quaranta", "quarantacinque", "cinquanta",
        "sessanta", "settanta",
    ]
    /// Nouns of a stage of life after "da": "da giovane", "da studente".
    /// (Singular only: "fondato da ragazzi" is an agent, not an age.)
    static let lifeStages: Set<String> = [
        "giovane", "ragazzo", "ragazza", "studente", "studentessa", "bambino", "bambina", "piccolo", "piccola", "universitario",
        "universitaria",
    ]
    /// Imperfects of wanting, dreaming and believing that open a before.
    static let pastIntentions: Set<String> = [
        "volevo", "volevamo", "sognavo", "sognavamo", "pensavo", "pensavamo", "credevo", "credevamo", "speravo", "speravamo",
        "immaginavo", "immaginavamo", "cercavo", "cercavamo",
    ]
    /// Forms of finding that, before "solo", end up with less: "cercavo una causa in cui credere e
    /// ho trovato solo burocrazia".
    static let findingOnly: Set<String> = ["trovato", "trovata", "trovati", "trovate", "trovo", "troviamo"]
    /// Words that open an after.
    static let nowWords: Set<String> = ["oggi", "adesso", "ora", "ormai"]
    /// Forms of ending up somewhere: "ci siamo ritrovati a", "sono finito a".
    static let endingUp: Set<String> = [
        "ritrovato", "ritrovata", "ritrovati", "ritrovate", "ritrovo", "ritroviamo", "finito", "finita", "finiti", "finite",
    ]

    /// Whether an age begins at `index`: "a" + a number, an elided number or a number word
    /// ("a vent'anni", "a 30 anni", "a trenta"), or "da" + a stage of life.
    static func isAge(at index: Int, in state: SentenceSentimentState) -> Bool {
        let units = state.units
        guard index + 1 < units.count else { return false }
        let form = units[index].form
        let next = units[index + 1].form
        if StringIdentity.equals(form, "da") { return lifeStages.contains(next) }
        guard StringIdentity.equals(form, "a") else { return false }
        if elidedAges.contains(next) || ageNumbers.contains(next) { return true }
        // "a 30 anni": digits, then "anni".
        return next.first?.isNumber == true && index + 2 < units.count && StringIdentity.equals(units[index + 2].form, "anni")
    }

    /// What marks the before of a life told as before and after.
    enum Before: Sendable {
        /// An age: "a vent'anni", "da giovane".
        case age
        /// An imperfect of wanting or believing: "volevo", "sognavamo".
        case intention
        /// A time: "anni fa", "un tempo", "prima".
        case time
    }

    /// What marks the after.
    enum After: Sendable {
        /// A second age: "a trenta", "a quarant'anni" (only after an age).
        case age
        /// Ending up: "ci siamo ritrovati a", "sono finito a".
        case endingUp
        /// Now: "oggi", "adesso", "ora", "ormai".
        case now
    }

    /// Whether a before and an after tell a change by themselves: two ages set side by side
    /// ("idealista a vent'anni, broker a trenta"), or a wish that ended up elsewhere ("volevamo
    /// salvare il mondo, ci siamo ritrovati a vendere polizze"). "Da bambina smontava le radio…;
    /// oggi progetta reti quantistiche" tells a continuity: there the after must name the other
    /// frame.
    static func isChange(_ before: Before, _ after: After) -> Bool {
        switch (before, after) {
        case (.age, .age), (.intention, .endingUp): return true
        default: return false
        }
    }

    /// The first before marker in `range`, if there is one.
    static func beforeMarker(in range: Range<Int>, of state: SentenceSentimentState) -> (index: Int, kind: Before)? {
        let units = state.units
        for index in range where units[index].kind == .word && units[index].isIn(.lifeTimeCue) {
            let form = units[index].form
            if isAge(at: index, in: state) { return (index, .age) }
            if pastIntentions.contains(form) { return (index, .intention) }
            // "tre anni fa", "un tempo"
            if StringIdentity.equals(form, "fa") && index > 0 && StringIdentity.equals(units[index - 1].form, "anni") { return (index, .time) }
            if StringIdentity.equals(form, "tempo") && index > 0 && StringIdentity.equals(units[index - 1].form, "un") && (index == 1 || units[index - 2].isClauseBoundary) { return (index, .time) }
            // A sentence-initial "Prima, …" or "Prima lavoravo…" (not "prima di", "prima che").
            if StringIdentity.equals(form, "prima") && index == 0 && index + 1 < units.count
                && !["di", "del", "della", "dei", "che", "o", "la", "il", "i", "le", "gli", "lo", "l'"].contains(units[index + 1].form)
            {
                return (index, .time)
            }
        }
        return nil
    }

    /// The after marker at `index`, if there is one; a second age counts only after an age
    /// (`ages`): "a trenta" is a distance where no age came before.
    static func afterMarker(at index: Int, in state: SentenceSentimentState, ages: Bool = true) -> After? {
        let units = state.units
        guard units[index].kind == .word, units[index].isIn(.lifeTimeCue) else { return nil }
        let form = units[index].form
        if StringIdentity.equals(form, "ora") {
            // "quattro euro l'ora", "all'ora": the hour.
            let previous = index > 0 ? units[index - 1].form : ""
            return FrameTermMatcher.articles.contains(previous) || StringIdentity.equals(previous, "all'") || StringIdentity.equals(previous, "un'") || StringIdentity.equals(previous, "euro") ? nil : .now
        }
        if nowWords.contains(form) { return .now }
        if endingUp.contains(form) && index + 1 < units.count && StringIdentity.equals(units[index + 1].form, "a") { return .endingUp }
        if findingOnly.contains(form) && index + 1 < units.count && ["solo", "soltanto"].contains(units[index + 1].form) { return .endingUp }
        return ages && isAge(at: index, in: state) ? .age : nil
    }

    /// A before and, in a later clause of the same sentence, an after: where the after's clause
    /// starts, and whether the two tell a change by themselves (`isChange`).
    static func turn(in state: SentenceSentimentState) -> (afterStart: Int, change: Bool)? {
        let units = state.units
        guard let before = beforeMarker(in: 0..<units.count, of: state) else { return nil }
        let beforeClauseEnd = state.clauseEnd(from: before.index)
        var index = before.index + 1
        while index < units.count {
            if let after = afterMarker(at: index, in: state, ages: before.kind == .age) {
                if index > beforeClauseEnd { return (state.clauseStart(before: index), isChange(before.kind, after)) }
                // Ending up may follow in the same clause, after "e" or "ma": "cercavo una causa in
                // cui credere e ho trovato solo burocrazia".
                if after == .endingUp, let conjunction = (before.index..<index).last(where: { StringIdentity.equals(units[$0].form, "e") || StringIdentity.equals(units[$0].form, "ma") }) {
                    return (conjunction, isChange(before.kind, after))
                }
            }
            index += 1
        }
        return nil
    }

    /// Where the after starts (for `AlternativeMotive`).
    static func afterClause(in state: SentenceSentimentState) -> Int? {
        turn(in: state)?.afterStart
    }

    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        guard let turn = Self.turn(in: context.state), occurrence.units.upperBound <= turn.afterStart else { return nil }
        // The after must name no term of the outgrown frame ("a vent'anni sognava la ricerca, a
        // trenta ne ha fatto il suo mestiere" is no turn), and, where the markers alone tell no
        // change, it must name the other one.
        let afterFrames = Set(context.occurrences.filter { $0.head >= turn.afterStart }.map(\.term.frame))
        if afterFrames.contains(occurrence.term.frame) { return nil }
        if !turn.change && !AlternativeMotive.pairs.contains(where: { $0.0 == occurrence.term.frame && afterFrames.contains($0.1) }) { return nil }
        return FrameStanceVerdict(stance: -1, rule: Self.name)
    }

    // MARK: Across ";" and ":"

    /// The before of a sentence that the next sentence may answer: it has a before marker and no
    /// after, and ends with ";" or ":".
    static func endingBefore(_ state: SentenceSentimentState, tokens: [Token]) -> Before? {
        guard let last = tokens.last?.text, last == ";" || last == ":", turn(in: state) == nil else { return nil }
        return beforeMarker(in: 0..<state.units.count, of: state)?.kind
    }

    /// The after marker that opens a sentence ("oggi…", "a quaranta…"), if any.
    static func openingAfter(_ state: SentenceSentimentState, ages: Bool) -> After? {
        guard let first = state.units.firstIndex(where: { $0.kind == .word }) else { return nil }
        let start = ["e", "ma"].contains(state.units[first].form) ? first + 1 : first
        return start < state.units.count ? afterMarker(at: start, in: state, ages: ages) : nil
    }

    /// The frames of a before answered by an after: those only asserted, evaluated or mentioned
    /// are outgrown (−1) — where the markers tell no change by themselves (`change` false), only
    /// a frame whose opposite the after names, and never one the after names itself.
    static func outgrow(_ frames: [String: FrameScore], after: [String: FrameScore], change: Bool) -> [String: FrameScore] {
        var result = frames
        for (frame, score) in frames where after[frame] == nil {
            guard change || AlternativeMotive.pairs.contains(where: { $0.0 == frame && after[$0.1] != nil }) else { continue }
            guard !score.evidence.isEmpty, score.evidence.allSatisfy({ VerdictFragment.replaceable.contains($0.rule) }) else { continue }
            result[frame] = FrameScore(salience: score.salience, stance: -1, evidence: score.evidence.map {
                FrameEvidence(text: $0.text, term: $0.term, weight: $0.weight, scalars: $0.scalars, stance: -1, rule: name)
            })
        }
        return result
    }

    /// The after's frames: where the before's frame was outgrown and the after names neither it
    /// nor its opposite, the after evokes the opposite, asserted ("…, a vent'anni; | a quaranta
    /// faccio il broker").
    static func evokeAfter(outgrown previous: [String: FrameScore], in frames: [String: FrameScore], state: SentenceSentimentState, tokens: [Token]) -> [String: FrameScore] {
        AlternativeMotive.evokedInReply(to: previous, rejectedBy: name, in: frames, state: state, tokens: tokens, mustFit: false)
    }
}
