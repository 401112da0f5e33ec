/// Frame rule for irony: praise that opens a complaint about pay means its opposite — "Che
/// generosità: dopo dieci anni ci hanno concesso un aumento di 18 euro lordi", "Meraviglioso il
/// mondo dell'editoria: redattori laureati a sette euro l'ora", "Che fortuna lavorare per
/// un'azienda con una missione così nobile: tre anni senza aumenti", "Ah, la passione! Quella che
/// ti fa lavorare tutti i sabati per quattrocento euro al mese", "Bella vocazione, pagata in pacche
/// sulle spalle". The frame fixture's guideline: irony is labelled by its intended meaning; the
/// ideal the praise holds up is debunked (−1) and the pay the complaint tells is poor (−1).
///
/// The opener is a short fragment (at most `maximumWords` words, no negation) before a colon —
/// "Che" and a word of praise (`exclaimed`: generosità, fortuna, bello, meraviglia…), or a word of
/// praise by itself (`openers`: meraviglioso, bravi, bravissimi, complimenti, grazie…), after an
/// optional "ah" / "oh" —, or a bare exclaimed ideal before "!" ("Ah, la passione!"). The sentence
/// after it must tell a grievance about pay (`tellsGrievance`): it names money or a reward in kind
/// (`FrameEvokingClasses.inKind`, `.pseudoPay`) and a mark of poor pay — a reward in kind, "solo"
/// or "nemmeno", unpaid work, a delay, toil ("dopo dieci anni", turni, straordinari, sabati), a
/// rate ("l'ora", "a consegna"), or a cut, an absence of perks, more hours or dismissals
/// (`BeliedByGrievance.isGrievance`). Then (`CrossSentenceFrames`) the opener's mission is −1 and a
/// mission it names only as the word of praise ("Che generosità") is none; the complaint's frames
/// that were only asserted, evaluated or mentioned are −1; a complaint that names a reward in kind
/// and no money term evokes money (−1: "ci hanno regalato una penna"). Within one sentence, a
/// mission term that a word of praise opens ("Bella vocazione, …") is −1 when what follows its
/// comma tells such a grievance.
enum IronicPraise {
    static let name = "IronicPraise"
    static let maximumWords = 14
    /// Words of praise after "Che".
    static let exclaimed: FormSet = [
        "generosità", "fortuna", "bello", "bella", "meraviglia", "gioia", "onore", "privilegio", "lusso", "spettacolo",
        "soddisfazione", "bellezza", "pacchia", "culo", "riconoscenza", "gratitudine", "signorilità", "classe", "figata",
    ]
    /// Words of praise that open a fragment by themselves.
    static let openers: FormSet = [
        "meraviglioso", "meravigliosa", "meravigliosi", "meravigliose", "bellissimo", "bellissima", "fantastico", "fantastica",
        "splendido", "splendida", "stupendo", "stupenda", "magnifico", "magnifica", "favoloso", "favolosa", "bravi", "bravo",
        "brava", "brave", "bravissimi", "bravissime", "bravissimo", "bravissima", "complimenti", "grazie", "evviva",
    ]
    /// Adjectives of praise that open a sentence right before a mission term ("Bella vocazione, …").
    static let praisingAdjectives: FormSet = ["bella", "bello", "bel", "bellissima", "bellissimo", "gran", "grande", "splendida", "meravigliosa"]
    /// Interjections that may come first ("Ah, che fortuna", "Oh, bravi").
    static let interjections: FormSet = ["ah", "oh", "eh"]
    /// Marks of poor pay in a complaint.
    static let poorPayWords: FormSet = [
        "solo", "soltanto", "appena", "nemmeno", "neanche", "neppure", "ritardo", "arretrati", "turni", "turno", "straordinari",
        "notti", "sabati", "domeniche", "festivi", "weekend",
    ]
    static let spans: FormSet = ["anni", "anno", "mesi", "mese"]

    /// Where the fragment's first word of substance is: past an interjection and its comma.
    private static func firstWord(of units: [SentimentUnit]) -> Int? {
        guard var first = units.firstIndex(where: { $0.kind == .word }) else { return nil }
        if interjections.contains(units[first].form), let next = units[(first + 1)...].firstIndex(where: { $0.kind == .word }) {
            first = next
        }
        return first
    }

    /// Whether the sentence is a fragment of praise that opens what follows it: before a colon, a
    /// word of praise; before "!", an exclaimed ideal ("Ah, la passione!").
    static func opensPraise(_ state: SentenceSentimentState, frames: [String: FrameScore], tokens: [Token]) -> Bool {
        guard let last = tokens.last?.text, last == ":" || last == "!" else { return false }
        let units = state.units
        let words = units.reduce(0) { $0 + ($1.kind == .word ? 1 : 0) }
        guard words <= maximumWords, !units.indices.contains(where: { state.modifierKind($0) == .negator }),
            let first = firstWord(of: units)
        else { return false }
        if last == "!" {
            // "Ah, la passione!": an interjection, an ideal and nothing else.
            return words <= 4 && interjections.contains(units[units.firstIndex { $0.kind == .word } ?? first].form) && frames["mission"] != nil
        }
        if units[first].form == "che" {
            let next = units[(first + 1)...].firstIndex { $0.kind == .word }
            return next.map { exclaimed.contains(units[$0].form) } ?? false
        }
        return openers.contains(units[first].form)
    }

    /// Whether the units of `region` tell a grievance about pay (see the type's comment).
    static func tellsGrievance(_ state: SentenceSentimentState, in region: Range<Int>, namesMoney: Bool) -> Bool {
        let units = state.units
        let region = region.clamped(to: units.indices)
        let reward = RewardInKind.holdsReward(region, in: state)
        guard namesMoney || reward else { return false }
        if reward { return true }
        for index in region where units[index].kind == .word {
            let form = units[index].form
            if poorPayWords.contains(form) || UnpaidWork.unpaidWords.contains(form) { return true }
            // "dopo dieci anni", "dopo un anno": toil before the pay.
            if form == "dopo", ((index + 1)..<min(region.upperBound, index + 4)).contains(where: { spans.contains(units[$0].form) }) { return true }
            // "a sette euro l'ora", "tre euro a consegna": a rate.
            if (form == "ora" && index > 0 && (units[index - 1].form == "l'" || units[index - 1].form == "all'"))
                || (form == "consegna" || form == "pezzo") && index > 0 && units[index - 1].form == "a"
            {
                return true
            }
            // "non pagati", "non retribuiti".
            if index > 0 && units[index - 1].form == "non" && (form.hasPrefix("pagat") || form.hasPrefix("retribuit")) { return true }
        }
        return BeliedByGrievance.isGrievance(state, outside: 0..<region.lowerBound)
    }

    /// The frames of the praise before a colon, once the complaint after it shows the praise to be
    /// ironic: a mission named only by the word of praise is dropped, the rest is debunked (−1),
    /// and money the praise named is poor (−1). Nil when there is nothing to change.
    static func judgePraise(_ frames: [String: FrameScore]) -> [String: FrameScore]? {
        guard !frames.isEmpty else { return nil }
        var result: [String: FrameScore] = [:]
        for (frame, score) in frames {
            guard frame == "mission" || frame == "money" else {
                result[frame] = score
                continue
            }
            let evidence = score.evidence.filter { !(frame == "mission" && exclaimed.contains($0.term)) }
            guard !evidence.isEmpty else { continue }
            result[frame] = FrameScore(salience: evidence.reduce(0) { $0 + $1.weight }, stance: -1, evidence: evidence.map {
                FrameEvidence(text: $0.text, term: $0.term, weight: $0.weight, scalars: $0.scalars, stance: -1, rule: name)
            })
        }
        return result
    }

    /// The frames of the complaint after the praise: what was only asserted, evaluated or mentioned
    /// is −1; a reward in kind evokes money (−1) where no money is named.
    static func judgeComplaint(_ frames: [String: FrameScore], state: SentenceSentimentState, tokens: [Token]) -> [String: FrameScore] {
        var result = frames
        for frame in ["mission", "money"] {
            guard let score = frames[frame], !score.evidence.isEmpty, score.evidence.allSatisfy({ VerdictFragment.replaceable.contains($0.rule) }) else { continue }
            result[frame] = FrameScore(salience: score.salience, stance: -1, evidence: score.evidence.map {
                FrameEvidence(text: $0.text, term: $0.term, weight: $0.weight, scalars: $0.scalars, stance: -1, rule: name)
            })
        }
        if result["money"] == nil, let first = tokens.first, let last = tokens.last {
            let text = state.units.filter { $0.kind == .word }.prefix(8).map(\.text).joined(separator: " ")
            let evidence = FrameEvidence(
                text: text, term: "(\(name))", weight: RewardInKind.salience,
                scalars: first.span.scalars.lowerBound..<last.span.scalars.upperBound, stance: -1, rule: name)
            result["money"] = FrameScore(salience: RewardInKind.salience, stance: -1, evidence: [evidence])
        }
        return result
    }

    /// A mission term that an adjective of praise opens at the start of the sentence ("Bella
    /// vocazione, pagata in pacche sulle spalle"), when what follows its comma tells a grievance: −1.
    static func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        guard occurrence.term.frame == "mission", occurrence.evokedBy == nil else { return nil }
        let state = context.state
        let units = state.units
        guard let first = firstWord(of: units), praisingAdjectives.contains(units[first].form), first < occurrence.head else { return nil }
        // Only an article may come between ("Bella la missione, …").
        guard ((first + 1)..<occurrence.head).allSatisfy({ units[$0].isIn(.article) }) else { return nil }
        let end = state.clauseEnd(from: occurrence.units.upperBound)
        guard end < units.count, units[end].form == "," else { return nil }
        let namesMoney = context.occurrences.contains { $0.term.frame == "money" && $0.head > end }
        return tellsGrievance(state, in: (end + 1)..<units.count, namesMoney: namesMoney) ? FrameStanceVerdict(stance: -1, rule: name) : nil
    }
}
