/// Finds the frames of a sentence and decides each one's salience and stance.
///
/// Each term occurrence gets its stance from the first rule that decides it, in this order:
/// `CorrectiveFrameRole`, `RegretClause`, `DoubtingQuestion`, `WhyBother`, `CounterfactualMotive`, `ComparativeMotive`, `PretextFrame`, `BillsNotPaid`,
/// `LivingOnIdeals`, `CompatibleFrames`, `ReasonToLeave`, `NegatedComparison`, `PricelessFrame`, `NotALuxury`, `NegatedFrame`, `DeclinedOffer`, `RenouncedFrame`, `LessPayChosen`, `SupplantedFrame`,
/// `DebunkedFrame`, `ConcessiveWith`, `OutgrownFrame`, `ContrastedFrame`, `UnpaidWork`, `PredicateEvaluation`,
/// `MockingEmoji`, `NeutralMention`, `EvaluatedFrame`, `PlainMoneyMention`, `AssertedFrame`.
/// Before them `RefusedSuitor` may evoke the money of a refused offer (−1) and `LivingOnIdeals`
/// the money one lives on (+1: "non si vive di sola passione"), and `DevotedService` the mission
/// of devoted service (+1: "da trent'anni cura gratuitamente i migranti"); after them
/// `AlternativeMotive` may evoke the frame opposed to a rejected one.
/// A frame's salience is the sum of its occurrences' weights; its stance is their mean weighted
/// by term weight and by contrast (× 0.5 before a contrast marker, × 1.5 after: the clause after
/// "ma" is what the sentence stands for).
struct FrameDetector: Sendable {
    let matcher: FrameTermMatcher
    let renounced = RenouncedFrame()

    init(lexicon: FrameLexicon) {
        matcher = FrameTermMatcher(lexicon: lexicon)
    }

    /// The frames of a sentence. `carried` are alternatives that the previous sentence left open
    /// (see `AlternativeMotive`); the second result is what this sentence leaves open.
    func frames(of state: SentenceSentimentState, tokens: [Token], carried: [(frame: String, alternativeTo: String)] = []) -> (frames: [String: FrameScore], carried: [(frame: String, alternativeTo: String)]) {
        var occurrences = matcher.occurrences(in: state)
        // "ha detto no a Google": the money of a refused offer (where the lexicon has money).
        if matcher.lexicon.frames.contains("money"), let refused = RefusedSuitor().evoked(in: state, occurrences: occurrences) { occurrences.append(refused) }
        // "Non si vive di sola passione": the money one lives on.
        if matcher.lexicon.frames.contains("money"), let lived = LivingOnIdeals().evoked(in: state, occurrences: occurrences) { occurrences.append(lived) }
        // "Da trent'anni cura gratuitamente i migranti": devoted service is a mission.
        if matcher.lexicon.frames.contains("mission"), let served = DevotedService().evoked(in: state, occurrences: occurrences) { occurrences.append(served) }
        var verdicts: [FrameStanceVerdict] = []
        var leftOpen: [(frame: String, alternativeTo: String)] = []
        if !occurrences.isEmpty {
            let context = FrameStanceContext(state: state, occurrences: occurrences)
            verdicts = occurrences.map { stance(of: $0, in: context) }
            let alternatives = AlternativeMotive().evoked(occurrences: occurrences, verdicts: verdicts, context: context)
            for evoked in alternatives.here {
                occurrences.append(evoked)
                verdicts.append(FrameStanceVerdict(stance: 1, rule: AlternativeMotive.name))
            }
            leftOpen = alternatives.carried
        }
        if !carried.isEmpty {
            // "Bel discorso sul bene comune, signor sindaco; intanto la giunta si è aumentata
            // l'indennità": the alternative the previous sentence left open is named here, asserted.
            for (index, occurrence) in occurrences.enumerated()
            where carried.contains(where: { $0.frame == occurrence.term.frame }) && AlternativeMotive.upgradable.contains(verdicts[index].rule) {
                verdicts[index] = FrameStanceVerdict(stance: 1, rule: AlternativeMotive.name)
            }
            for evoked in AlternativeMotive().carriedOver(carried, occurrences: occurrences, verdicts: verdicts, state: state) {
                occurrences.append(evoked)
                verdicts.append(FrameStanceVerdict(stance: 1, rule: AlternativeMotive.name))
            }
        }
        guard !occurrences.isEmpty else { return ([:], leftOpen) }
        let context = FrameStanceContext(state: state, occurrences: occurrences)
        var salience: [String: Double] = [:]
        var weighted: [String: Double] = [:]
        var totalWeight: [String: Double] = [:]
        var evidence: [String: [FrameEvidence]] = [:]
        for (occurrence, verdict) in zip(occurrences, verdicts) {
            let frame = occurrence.term.frame
            let side = context.sides[occurrence.head]
            let contrastWeight = side < 0 ? 0.5 : side > 0 ? 1.5 : 1.0
            let weight = occurrence.term.weight * contrastWeight
            salience[frame, default: 0] += occurrence.term.weight
            weighted[frame, default: 0] += weight * verdict.stance
            totalWeight[frame, default: 0] += weight
            let first = tokens[state.units[occurrence.units.lowerBound].tokenIndex]
            let last = tokens[state.units[occurrence.units.upperBound - 1].tokenIndex]
            let text = occurrence.evokedBy != nil
                ? state.units[occurrence.units].filter { $0.kind == .word }.prefix(8).map(\.text).joined(separator: " ")
                : state.units[occurrence.units].map(\.text).joined(separator: " ")
            evidence[frame, default: []].append(FrameEvidence(
                text: text, term: occurrence.term.phrase, weight: occurrence.term.weight,
                scalars: first.span.scalars.lowerBound..<last.span.scalars.upperBound, stance: verdict.stance, rule: verdict.rule))
        }
        var result: [String: FrameScore] = [:]
        for (frame, value) in salience {
            let total = totalWeight[frame] ?? 0
            let stance = total > 0 ? (weighted[frame] ?? 0) / total : 0
            result[frame] = FrameScore(salience: value, stance: max(-1, min(1, stance)), evidence: evidence[frame] ?? [])
        }
        return (result, leftOpen)
    }

    func stance(of occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict {
        if occurrence.evokedBy == RefusedSuitor.name { return FrameStanceVerdict(stance: -1, rule: RefusedSuitor.name) }
        if occurrence.evokedBy == LivingOnIdeals.name { return FrameStanceVerdict(stance: 1, rule: LivingOnIdeals.name) }
        if occurrence.evokedBy == DevotedService.name { return FrameStanceVerdict(stance: 1, rule: DevotedService.name) }
        if let verdict = CorrectiveFrameRole().verdict(for: occurrence, in: context) { return verdict }
        if let verdict = RegretClause().verdict(for: occurrence, in: context) { return verdict }
        if let verdict = DoubtingQuestion().verdict(for: occurrence, in: context) { return verdict }
        if let verdict = WhyBother().verdict(for: occurrence, in: context) { return verdict }
        if let verdict = CounterfactualMotive().verdict(for: occurrence, in: context) { return verdict }
        if let verdict = ComparativeMotive().verdict(for: occurrence, in: context) { return verdict }
        if let verdict = PretextFrame().verdict(for: occurrence, in: context) { return verdict }
        if let verdict = BillsNotPaid().verdict(for: occurrence, in: context) { return verdict }
        if let verdict = LivingOnIdeals().verdict(for: occurrence, in: context) { return verdict }
        if let verdict = CompatibleFrames().verdict(for: occurrence, in: context) { return verdict }
        if let verdict = ReasonToLeave().verdict(for: occurrence, in: context) { return verdict }
        if let verdict = NegatedComparison().verdict(for: occurrence, in: context) { return verdict }
        if let verdict = PricelessFrame().verdict(for: occurrence, in: context) { return verdict }
        if let verdict = NotALuxury().verdict(for: occurrence, in: context) { return verdict }
        if let verdict = NegatedFrame().verdict(for: occurrence, in: context) { return verdict }
        if let verdict = DeclinedOffer().verdict(for: occurrence, in: context) { return verdict }
        if let verdict = renounced.verdict(for: occurrence, in: context) { return verdict }
        if let verdict = LessPayChosen().verdict(for: occurrence, in: context) { return verdict }
        if let verdict = SupplantedFrame().verdict(for: occurrence, in: context) { return verdict }
        if let verdict = DebunkedFrame().verdict(for: occurrence, in: context) { return verdict }
        if let verdict = ConcessiveWith().verdict(for: occurrence, in: context) { return verdict }
        if let verdict = OutgrownFrame().verdict(for: occurrence, in: context) { return verdict }
        if let verdict = ContrastedFrame().verdict(for: occurrence, in: context) { return verdict }
        if let verdict = UnpaidWork().verdict(for: occurrence, in: context) { return verdict }
        if let verdict = PredicateEvaluation().verdict(for: occurrence, in: context) { return verdict }
        if let verdict = MockingEmoji().verdict(for: occurrence, in: context) { return verdict }
        if let verdict = NeutralMention().verdict(for: occurrence, in: context) { return verdict }
        if let verdict = EvaluatedFrame().verdict(for: occurrence, in: context) { return verdict }
        if let verdict = PlainMoneyMention().verdict(for: occurrence, in: context) { return verdict }
        return AssertedFrame().verdict(for: occurrence, in: context)
    }
}
