/// Finds the frames of a sentence and decides each one's salience and stance.
///
/// Each term occurrence gets its stance from the first rule that decides it, in this order:
/// `CorrectiveFrameRole`, `GivenAwayMoney`, `SarcasticConsequence`, `DeniedClaim`, `IronicPraise`, `RegretClause`, `DoubtingQuestion`, `WhyBother`, `WhatGoodIsIt`, `SecondPlace`, `UntilClause`, `CounterfactualMotive`, `ComparativeMotive`, `PretextFrame`, `BillsNotPaid`,
/// `LivingOnIdeals`, `CompatibleFrames`, `ReasonToLeave`, `NegatedComparison`, `PricelessFrame`, `NotALuxury`, `InsufficientPay`, `ScarcePay`, `ResumedSubject`, `UndisclosedFigure`, `RefusedUnpaidWork`, `NecessaryMeans`, `KeptFrame`, `DeniedFault`, `NegatedFrame`, `ParentheticalNegation`, `DeclinedOffer`, `RenouncedFrame`, `LessPayChosen`, `SupplantedFrame`,
/// `DebunkedFrame`, `BelyingFact`, `BeliedByGrievance`, `ConcessiveWith`, `OutgrownFrame`, `ContrastedFrame`, `PricedIdeal`, `PayProtest`, `ComplainedPay`, `RewardInKind`, `PaidInKind`, `ComparedPay`, `ToilForPay`,
/// `TakeHomePay`, `UnpaidWork`, `UnpaidForOthers`, `PredicateEvaluation`, `TopicOfPredicate`,
/// `MockingEmoji`, `NeutralMention`, `EvaluatedFrame`, `PlainMoneyMention`, `AssertedFrame`.
/// Before them `RefusedSuitor` may evoke the money of a refused offer (−1) and `LivingOnIdeals`
/// the money one lives on (+1: "non si vive di sola passione"), and `DevotedService` the mission
/// of devoted service (+1: "da trent'anni cura gratuitamente i migranti"), `GiftToTheNeedy` the
/// mission of a gift to people in need (+1), `StayingBeside` the mission of staying with them (+1:
/// "per non lasciare soli i pazienti") and `MultipliedPay` the money of a multiple of pay ("per il
/// triplo": −1 when not taken), `ForTheirSake` the mission of work done for people ("lo fa per i
/// bambini"), `GoalForOthers` the mission of a goal whose good goes to others ("vuole aprire la
/// palestra ai ragazzi"), `UnpaidForOthers` the mission and the money of unpaid work for others
/// ("aggiusta senza compenso le reti del borgo": +1 / −1), `PurposeForOthers` the mission of a
/// purpose that serves people, a community or a craft ("per non far morire un mestiere"),
/// `ScarcePay` the money of an idiom of being broke ("ho il conto in rosso", −1), `TakeHomePay` the money of a take-home figure ("ne porto a casa 900"),
/// `ComparedTakings` takings weighed against another's pay ("prende meno di un cameriere"),
/// `AskingNothing` unpaid work ("senza chiedere nulla in cambio", −1) — these four only where
/// their cue word is (`SentimentWordClasses`; the word classes of the frames14 rules are data,
/// `FrameEvokingClasses`) —, `LucrativeCareer` the money of a career left or taken ("ha
/// mollato la JP Morgan"), `GivenAwayMoney` the money of a prize or takings given away
/// ("ha donato l'intero premio all'ospedale", −1), `RewardInKind` the money of a reward in kind
/// ("si premia con una pacca sulla spalla", −1), `LikedWork` the mission of liking one's work in a
/// sentence that names money ("mi piace insegnare, ma…"), `BeliedPromise` the mission of an ideal
/// claimed and then belied ("promette di rivoluzionare le assicurazioni, ma…", −1); `InsufficientPay` (pay that "non basta", −1) comes before
/// `NegatedFrame`; after them
/// `AlternativeMotive` may evoke the frame opposed to a rejected one.
/// A frame's salience is the sum of its occurrences' weights; its stance is their mean weighted
/// by term weight and by contrast (× 0.5 before a contrast marker, × 1.5 after: the clause after
/// "ma" is what the sentence stands for).
struct FrameDetector: Sendable {
    let matcher: FrameTermMatcher
    let renounced = RenouncedFrame()

    /// Whether the lexicon has the money frame, and the mission frame (asked of every sentence:
    /// worked out once, not by a search of the lexicon's frames each time).
    let hasMoney: Bool
    let hasMission: Bool

    init(lexicon: FrameLexicon) {
        matcher = FrameTermMatcher(lexicon: lexicon)
        hasMoney = lexicon.frames.contains("money")
        hasMission = lexicon.frames.contains("mission")
    }

    /// The frames of a sentence. `carried` are alternatives that the previous sentence left open
    /// (see `AlternativeMotive`); the second result is what this sentence leaves open.
    /// The units' `tokenIndex` are indices of `tokens` (see `SentenceSentimentScorer.analyze(_:into:)`).
    func frames(of state: SentenceSentimentState, tokens: ArraySlice<Token>, carried: [(frame: String, alternativeTo: String)] = []) -> (frames: [String: FrameScore], carried: [(frame: String, alternativeTo: String)]) {
        var occurrences = matcher.occurrences(in: state)
        // The rules that evoke a frame without a frame word run only in a sentence that holds
        // their cue words (`SentenceClassSummary`): most sentences hold none.
        let summary = state.summary
        // "ha detto no a Google": the money of a refused offer (where the lexicon has money).
        if summary.admits(RefusedSuitor.gate), hasMoney, let refused = RefusedSuitor().evoked(in: state, occurrences: occurrences) { occurrences.append(refused) }
        // "Non si vive di sola passione": the money one lives on (a mission term comes first).
        if !occurrences.isEmpty, hasMoney, let lived = LivingOnIdeals().evoked(in: state, occurrences: occurrences) { occurrences.append(lived) }
        // "Da trent'anni cura gratuitamente i migranti": devoted service is a mission.
        if summary.admits(DevotedService.gate), hasMission, let served = DevotedService().evoked(in: state, occurrences: occurrences) { occurrences.append(served) }
        // "Regalano l'olio alle famiglie seguite dalla Caritas": a gift to people in need.
        if summary.admits(GiftToTheNeedy.gate), hasMission, let given = GiftToTheNeedy().evoked(in: state, occurrences: occurrences) { occurrences.append(given) }
        // "Per non lasciare soli i pazienti": staying with people in need.
        if summary.admits(StayingBeside.gate), hasMission, let stayed = StayingBeside().evoked(in: state, occurrences: occurrences) { occurrences.append(stayed) }
        // "Poteva andare negli Emirati per il triplo": a multiple of pay.
        if summary.admits(MultipliedPay.gate), hasMoney, let multiple = MultipliedPay().evoked(in: state, occurrences: occurrences) { occurrences.append(multiple) }
        // "Lo fa per i bambini": work done for the people it serves.
        if summary.admits(ForTheirSake.gate), hasMission, let served = ForTheirSake().evoked(in: state, occurrences: occurrences) { occurrences.append(served) }
        // "Vuole aprire la palestra ai ragazzi disabili": a goal for other people.
        if summary.admits(GoalForOthers.gate), hasMission, let goal = GoalForOthers().evoked(in: state, occurrences: occurrences) { occurrences.append(goal) }
        // "Aggiusta senza compenso le reti dei pescatori del borgo": unpaid work for others.
        if summary.admits(UnpaidForOthers.gate), summary.admits(UnpaidForOthers.servedGate), hasMission, hasMoney {
            occurrences.append(contentsOf: UnpaidForOthers().evoked(in: state, occurrences: occurrences))
        }
        // "Per non far morire un mestiere", "perché nessun bambino resti senza": a purpose for others.
        if summary.admits(PurposeForOthers.gate), hasMission, let purpose = PurposeForOthers().evoked(in: state, occurrences: occurrences) { occurrences.append(purpose) }
        // "Il ventotto ho già il conto in rosso": an idiom of being broke is money.
        if summary.admits(ScarcePay.gate), hasMoney, let broke = ScarcePay().evoked(in: state, occurrences: occurrences) { occurrences.append(broke) }
        // "Ne porto a casa 980": a take-home figure is money.
        if summary.admits(TakeHomePay.gate), hasMoney, let takeHome = TakeHomePay().evoked(in: state, occurrences: occurrences) { occurrences.append(takeHome) }
        // "Prende meno di un cameriere": takings weighed against someone else's pay.
        if summary.admits(ComparedTakings.gate), hasMoney, let compared = ComparedTakings().evoked(in: state, occurrences: occurrences) { occurrences.append(compared) }
        // "Senza chiedere nulla in cambio": unpaid work is money, not the motive.
        if summary.admits(AskingNothing.gate), hasMoney, let unpaid = AskingNothing().evoked(in: state, occurrences: occurrences) { occurrences.append(unpaid) }
        // "Ha mollato la JP Morgan per aprire una scuola": a move out of a career of money.
        if summary.admits(LucrativeCareer.gate), hasMoney, let career = LucrativeCareer().evoked(in: state, occurrences: occurrences) { occurrences.append(career) }
        // "Il merito si premia con una pacca sulla spalla": a reward in kind is poor pay.
        if summary.admits(RewardInKind.gate), hasMoney, let reward = RewardInKind().evoked(in: state, occurrences: occurrences) { occurrences.append(reward) }
        // "Mi piace insegnare, ma con questo stipendio…": liking the work, weighed against money.
        if summary.admits(LikedWork.gate), hasMission, let liked = LikedWork().evoked(in: state, occurrences: occurrences) { occurrences.append(liked) }
        // "Promette di rivoluzionare le assicurazioni, ma…": an ideal claimed, then belied.
        if summary.admits(BeliedPromise.gate), hasMission, let belied = BeliedPromise().evoked(in: state, occurrences: occurrences) { occurrences.append(belied) }
        // "Ha donato l'intero premio all'ospedale": a prize or takings given away are money.
        if summary.admits(GivenAwayMoney.gate), hasMoney, let given = GivenAwayMoney().evoked(in: state, occurrences: occurrences) { occurrences.append(given) }
        var verdicts: [FrameStanceVerdict] = []
        var leftOpen: [(frame: String, alternativeTo: String)] = []
        // The contrast sides of the units (`ContrastClause.sides`, a function of the state alone),
        // worked out once for the verdicts and the weights below.
        var sides: [Int8]?
        if !occurrences.isEmpty {
            let context = FrameStanceContext(state: state, occurrences: occurrences)
            sides = context.sides
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
        let contrastSides = sides ?? ContrastClause.sides(of: state)
        // Per frame, in order of first occurrence: a sentence names a frame or two, so a short
        // array searched by name does what four dictionaries keyed by it did, without hashing.
        var sums: [(frame: String, salience: Double, weighted: Double, totalWeight: Double, evidence: [FrameEvidence])] = []
        for (occurrence, verdict) in zip(occurrences, verdicts) {
            let frame = occurrence.term.frame
            let side = contrastSides[occurrence.head]
            let contrastWeight = side < 0 ? 0.5 : side > 0 ? 1.5 : 1.0
            let weight = occurrence.term.weight * contrastWeight
            let slot: Int
            if let found = sums.firstIndex(where: { $0.frame == frame }) {
                slot = found
            } else {
                slot = sums.count
                sums.append((frame, 0, 0, 0, []))
            }
            sums[slot].salience += occurrence.term.weight
            sums[slot].weighted += weight * verdict.stance
            sums[slot].totalWeight += weight
            // Spans read in place: copying a Token out of the array retains all its strings.
            let lower = tokens[state.units[occurrence.units.lowerBound].tokenIndex].span.scalars.lowerBound
            let upper = tokens[state.units[occurrence.units.upperBound - 1].tokenIndex].span.scalars.upperBound
            let text = occurrence.evokedBy != nil
                ? state.units[occurrence.units].filter { $0.kind == .word }.prefix(8).map(\.text).joined(separator: " ")
                : occurrence.units.count == 1 ? state.units[occurrence.units.lowerBound].text
                : state.units[occurrence.units].map(\.text).joined(separator: " ")
            sums[slot].evidence.append(FrameEvidence(
                text: text, term: occurrence.term.phrase, weight: occurrence.term.weight,
                scalars: lower..<upper, stance: verdict.stance, rule: verdict.rule))
        }
        var result: [String: FrameScore] = [:]
        result.reserveCapacity(sums.count)
        for sum in sums {
            let stance = sum.totalWeight > 0 ? sum.weighted / sum.totalWeight : 0
            result[sum.frame] = FrameScore(salience: sum.salience, stance: max(-1, min(1, stance)), evidence: sum.evidence)
        }
        return (result, leftOpen)
    }

    func stance(of occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict {
        if occurrence.evokedBy == RefusedSuitor.name { return FrameStanceVerdict(stance: -1, rule: RefusedSuitor.name) }
        if occurrence.evokedBy == LivingOnIdeals.name { return FrameStanceVerdict(stance: 1, rule: LivingOnIdeals.name) }
        if occurrence.evokedBy == DevotedService.name { return FrameStanceVerdict(stance: 1, rule: DevotedService.name) }
        if occurrence.evokedBy == GiftToTheNeedy.name { return FrameStanceVerdict(stance: 1, rule: GiftToTheNeedy.name) }
        if occurrence.evokedBy == StayingBeside.name { return FrameStanceVerdict(stance: 1, rule: StayingBeside.name) }
        if occurrence.evokedBy == MultipliedPay.name { return MultipliedPay().verdict(in: context.state) }
        if occurrence.evokedBy == ForTheirSake.name { return ForTheirSake().verdict(for: occurrence, in: context) }
        if occurrence.evokedBy == GoalForOthers.name { return GoalForOthers().verdict(for: occurrence, in: context) }
        if occurrence.evokedBy == UnpaidForOthers.name { return UnpaidForOthers().verdict(forEvoked: occurrence, in: context) }
        if occurrence.evokedBy == PurposeForOthers.name { return PurposeForOthers().verdict(for: occurrence, in: context) }
        if occurrence.evokedBy == ScarcePay.name { return FrameStanceVerdict(stance: -1, rule: ScarcePay.name) }
        if occurrence.evokedBy == ComparedTakings.name { return ComparedTakings().verdict(for: occurrence, in: context) }
        if occurrence.evokedBy == AskingNothing.name { return FrameStanceVerdict(stance: -1, rule: AskingNothing.name) }
        if occurrence.evokedBy == TakeHomePay.name, let verdict = TakeHomePay().verdict(for: occurrence, in: context) { return verdict }
        if occurrence.evokedBy == LucrativeCareer.name { return LucrativeCareer().verdict(for: occurrence, in: context.state) }
        if occurrence.evokedBy == RewardInKind.name { return FrameStanceVerdict(stance: -1, rule: RewardInKind.name) }
        if occurrence.evokedBy == LikedWork.name { return LikedWork().verdict(for: occurrence, in: context) }
        if occurrence.evokedBy == BeliedPromise.name { return FrameStanceVerdict(stance: -1, rule: BeliedPromise.name) }
        if let verdict = CorrectiveFrameRole().verdict(for: occurrence, in: context) { return verdict }
        if let verdict = GivenAwayMoney().verdict(for: occurrence, in: context) { return verdict }
        // "Ma certo, lo fanno per vocazione, quindi perché pagarli?": a claim granted and mocked.
        if let verdict = SarcasticConsequence.verdict(for: occurrence, in: context) { return verdict }
        // "Non è vero che pensano solo ai soldi": a frame inside a claim called untrue.
        if let verdict = DeniedClaim().verdict(for: occurrence, in: context) { return verdict }
        // "Bella vocazione, pagata in pacche sulle spalle": praise that opens a complaint about pay.
        if let verdict = IronicPraise.verdict(for: occurrence, in: context) { return verdict }
        // Rules with a gate run only where the sentence holds what they look for (`SentenceClassSummary`).
        let summary = context.state.summary
        if summary.admits(RegretClause.gate), let verdict = RegretClause().verdict(for: occurrence, in: context) { return verdict }
        if let verdict = DoubtingQuestion().verdict(for: occurrence, in: context) { return verdict }
        if let verdict = WhyBother().verdict(for: occurrence, in: context) { return verdict }
        if summary.admits(WhatGoodIsIt.gate), let verdict = WhatGoodIsIt().verdict(for: occurrence, in: context) { return verdict }
        if summary.admits(SecondPlace.gate), let verdict = SecondPlace().verdict(for: occurrence, in: context) { return verdict }
        if let verdict = UntilClause().verdict(for: occurrence, in: context) { return verdict }
        if let verdict = CounterfactualMotive().verdict(for: occurrence, in: context) { return verdict }
        if summary.admits(ComparativeMotive.gate), let verdict = ComparativeMotive().verdict(for: occurrence, in: context) { return verdict }
        if let verdict = PretextFrame().verdict(for: occurrence, in: context) { return verdict }
        if let verdict = BillsNotPaid().verdict(for: occurrence, in: context) { return verdict }
        if let verdict = LivingOnIdeals().verdict(for: occurrence, in: context) { return verdict }
        if summary.admits(CompatibleFrames.gate), let verdict = CompatibleFrames().verdict(for: occurrence, in: context) { return verdict }
        if let verdict = ReasonToLeave().verdict(for: occurrence, in: context) { return verdict }
        if summary.admits(NegatedComparison.gate), let verdict = NegatedComparison().verdict(for: occurrence, in: context) { return verdict }
        if summary.admits(PricelessFrame.gate), let verdict = PricelessFrame().verdict(for: occurrence, in: context) { return verdict }
        if summary.admits(NotALuxury.gate), let verdict = NotALuxury().verdict(for: occurrence, in: context) { return verdict }
        if let verdict = InsufficientPay().verdict(for: occurrence, in: context) { return verdict }
        // "Dello stipendio non resta nulla": pay that does not last the month.
        if summary.admits(ScarcePay.gate), let verdict = ScarcePay().verdict(for: occurrence, in: context) { return verdict }
        // "I soldi non fanno la felicità, ma aiutano": the subject goes on into the promoted clause.
        if summary.admits(ResumedSubject.gate), let verdict = ResumedSubject().verdict(for: occurrence, in: context) { return verdict }
        if summary.admits(NegatedFrame.gate) {
            // "lo stipendio non è stato reso noto": the negation is the disclosing verb's.
            if let verdict = UndisclosedFigure().verdict(for: occurrence, in: context) { return verdict }
            // "Non lavoro gratis": unpaid work refused is pay wanted.
            if let verdict = RefusedUnpaidWork().verdict(for: occurrence, in: context) { return verdict }
            // "senza fatturato non si paga nessuno": what nothing can be done without is wanted.
            if let verdict = NecessaryMeans().verdict(for: occurrence, in: context) { return verdict }
            // "non ha mai perso la passione": a negated loss keeps the frame, before the negation alone rejects it.
            if let verdict = KeptFrame().verdict(for: occurrence, in: context) { return verdict }
            // "il profitto non è una parolaccia": a fault denied defends the frame.
            if let verdict = DeniedFault().verdict(for: occurrence, in: context) { return verdict }
            if let verdict = NegatedFrame().verdict(for: occurrence, in: context) { return verdict }
            // "Lo stipendio, che pure arriva puntuale, non è mai stato il motivo…"
            if let verdict = ParentheticalNegation().verdict(for: occurrence, in: context) { return verdict }
        }
        if summary.admits(DeclinedOffer.gate), let verdict = DeclinedOffer().verdict(for: occurrence, in: context) { return verdict }
        if summary.admits(RenouncedFrame.gate), let verdict = renounced.verdict(for: occurrence, in: context) { return verdict }
        if summary.admits(LessPayChosen.gate), let verdict = LessPayChosen().verdict(for: occurrence, in: context) { return verdict }
        if summary.admits(SupplantedFrame.gate), let verdict = SupplantedFrame().verdict(for: occurrence, in: context) { return verdict }
        if let verdict = DebunkedFrame().verdict(for: occurrence, in: context) { return verdict }
        if let verdict = BelyingFact().verdict(for: occurrence, in: context) { return verdict }
        if let verdict = BeliedByGrievance().verdict(for: occurrence, in: context) { return verdict }
        if let verdict = ConcessiveWith().verdict(for: occurrence, in: context) { return verdict }
        if let verdict = OutgrownFrame().verdict(for: occurrence, in: context) { return verdict }
        if let verdict = ContrastedFrame().verdict(for: occurrence, in: context) { return verdict }
        if let verdict = PricedIdeal().verdict(for: occurrence, in: context) { return verdict }
        if summary.admits(PayProtest.gate), let verdict = PayProtest().verdict(for: occurrence, in: context) { return verdict }
        if summary.admits(ComplainedPay.gate), let verdict = ComplainedPay().verdict(for: occurrence, in: context) { return verdict }
        // "un rimborso spese e tanta visibilità": pay followed by what is no pay.
        if let verdict = RewardInKind().verdict(for: occurrence, in: context) { return verdict }
        if let verdict = PaidInKind().verdict(for: occurrence, in: context) { return verdict }
        if let verdict = ComparedPay().verdict(for: occurrence, in: context) { return verdict }
        if let verdict = ToilForPay().verdict(for: occurrence, in: context) { return verdict }
        if let verdict = TakeHomePay().verdict(for: occurrence, in: context) { return verdict }
        if let verdict = UnpaidWork().verdict(for: occurrence, in: context) { return verdict }
        // "Allena senza compenso i ragazzi del rione": pay gone without for others.
        if summary.admits(UnpaidForOthers.gate), summary.admits(UnpaidForOthers.servedGate), let verdict = UnpaidForOthers().verdict(for: occurrence, in: context) { return verdict }
        if let verdict = PredicateEvaluation().verdict(for: occurrence, in: context) { return verdict }
        // "Quella dei bonus ai manager è una vergogna": the predicate of the topic's subject.
        if let verdict = TopicOfPredicate().verdict(for: occurrence, in: context) { return verdict }
        if let verdict = MockingEmoji().verdict(for: occurrence, in: context) { return verdict }
        if let verdict = NeutralMention().verdict(for: occurrence, in: context) { return verdict }
        if let verdict = EvaluatedFrame().verdict(for: occurrence, in: context) { return verdict }
        if let verdict = PlainMoneyMention().verdict(for: occurrence, in: context) { return verdict }
        return AssertedFrame().verdict(for: occurrence, in: context)
    }
}
