/// Frame rule for irony: a claim granted with "Certo," or "Già," and followed by a consequence
/// that mocks it is the claim turned around (−1) — "Ma certo, i cuochi lo fanno per passione,
/// quindi perché pagare gli straordinari?", "Già, nei call center tutti lavorano per vocazione: è
/// per questo che il turnover è del 60%". Irony is labelled by its intended meaning (the frame
/// fixture's guideline); the granted claim is what the consequence debunks, so only the frame
/// terms before the consequence are turned around and what follows it keeps its own stance.
///
/// The shape: the sentence opens with "Certo," (`IronyMarker.opensWithCertainly`) or "Già,"
/// (`opensWithAgreement`), and a later clause opens with a consequence (`consequence`: "quindi",
/// "dunque", "ecco perché", "è per questo che", "per questo"). Across a colon, where the
/// splitter ends the sentence, `opensWithConsequence` tells `CrossSentenceFrames` that the
/// sentence after the colon is such a consequence.
enum SarcasticConsequence {
    static let name = "SarcasticConsequence"

    /// Whether the sentence opens with "Già," ("Eh, già," and "Ah, già," too).
    static func opensWithAgreement(_ state: SentenceSentimentState) -> Bool {
        // Called for every sentence: the first two words are found without listing them all.
        let units = state.units
        guard let first = units.firstIndex(where: { $0.kind == .word }) else { return false }
        var index = first
        let opening = units[first].form
        if opening == "eh" || opening == "ah" || opening == "oh",
            let second = units[(first + 1)...].firstIndex(where: { $0.kind == .word })
        {
            index = second
        }
        return units[index].form == "già" && index + 1 < units.count && units[index + 1].form == ","
    }

    /// Where a consequence opens at `index` (the index after the marker), if one does.
    static func consequence(at index: Int, in units: [SentimentUnit]) -> Bool {
        let form = units[index].form
        func next(_ offset: Int) -> String { index + offset < units.count ? units[index + offset].form : "" }
        if form == "quindi" || form == "dunque" { return true }
        if form == "ecco" && next(1) == "perché" { return true }
        if form == "è" && next(1) == "per" && next(2) == "questo" && next(3) == "che" { return true }
        if form == "per" && next(1) == "questo" && (next(2) == "che" || index == 0 || units[index - 1].isClauseBoundary) { return true }
        return false
    }

    /// Whether the sentence opens with a consequence (the sentence after the colon of a granted claim).
    static func opensWithConsequence(_ state: SentenceSentimentState) -> Bool {
        guard let first = state.units.firstIndex(where: { $0.kind == .word }) else { return false }
        return consequence(at: first, in: state.units)
    }

    /// The stance of a frame term granted before a mocking consequence in the same sentence.
    static func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        let state = context.state
        guard IronyMarker.opensWithCertainly(state) || opensWithAgreement(state) else { return nil }
        let units = state.units
        // The consequence opens a later clause: after a comma, a colon or a semicolon.
        guard let marker = ((occurrence.units.upperBound)..<units.count).first(where: {
            units[$0].kind == .word && $0 > 0 && units[$0 - 1].isClauseBoundary && consequence(at: $0, in: units)
        }) else { return nil }
        return marker > occurrence.head ? FrameStanceVerdict(stance: -1, rule: name) : nil
    }
}

extension SarcasticConsequence {
    /// The frames of a granted claim turned around, credited to this rule.
    static func reverse(_ frames: [String: FrameScore]) -> [String: FrameScore] {
        frames.mapValues { score in
            FrameScore(salience: score.salience, stance: -score.stance, evidence: score.evidence.map {
                FrameEvidence(text: $0.text, term: $0.term, weight: $0.weight, scalars: $0.scalars, stance: -$0.stance, rule: name)
            })
        }
    }
}
