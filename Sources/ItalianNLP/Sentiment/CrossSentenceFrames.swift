/// The frame rules that join a sentence to the one before it across a colon, where the sentence
/// splitter ends a sentence: `VerdictFragment` ("…in nero: vergognoso.", "Ottima notizia: …") and
/// `IronyMarker` ("Certo, come no: …"); and across a full stop, `ClosingVerdict` ("… Vergogna.")
/// and `ReportedClaim` ("Dicono che… . Io vedo…"); across ";" and ":", `OutgrownFrame` ("tre anni
/// fa guadagnava il triplo; oggi fa il maestro"); across a question mark, `AnsweredTermQuestion`
/// ("Vocazione? Io la chiamo sfruttamento."); across any of them, `BelyingFact` ("…dei «valori».
/// Lo stesso giorno ha venduto le sue azioni") and `BeliedByGrievance` ("…un'azienda con una
/// missione così nobile: tre anni senza aumenti"); across a colon or "!", `IronicPraise` ("Che
/// generosità: | un aumento di 18 euro dopo dieci anni"). The analyzer feeds it the sentences in order; it keeps
/// what a fragment before a colon left pending.
struct CrossSentenceFrames: Sendable {
    private var afterColon = false
    private var pendingVerdict: Double?
    private var pendingIrony = false
    /// Whether the sentence before opened with "Certo," (`IronyMarker.opensWithCertainly`).
    private var previousOpensWithCertainly = false
    /// Whether the sentence before opened with "Certo," or "Già," (`SarcasticConsequence`).
    private var previousGrantsClaim = false
    /// Whether the sentence before was a reported claim running to its end (`ReportedClaim`).
    private var previousIsOpenClaim = false
    /// Whether the sentence before was the before of a life told as before and after, ending at
    /// ";" or ":" (`OutgrownFrame`).
    private var previousBefore: OutgrownFrame.Before?
    /// Whether the sentence before was a bare question about a frame (`AnsweredTermQuestion`).
    private var previousIsTermQuestion = false
    /// Whether the sentence before named a company's mission (`BeliedByGrievance`).
    private var previousNamesCompanyMission = false
    /// Whether the sentence before was a fragment of praise before a colon or "!" (`IronicPraise`).
    private var previousPraises = false

    /// Adjusts `frames`, the current sentence's, and returns the previous sentence's frames when a
    /// verdict in the current sentence judges them (nil when they stay as they are).
    mutating func join(
        _ frames: inout [String: FrameScore], previous: [String: FrameScore]?, sentiment: Sentiment,
        state: SentenceSentimentState, tokens: [Token], words: Int
    ) -> [String: FrameScore]? {
        var judgedPrevious: [String: FrameScore]?
        let verdict = VerdictFragment.verdict(sentiment, state: state, frames: frames, words: words)
        if afterColon {
            if let pendingVerdict, !frames.isEmpty {
                frames = VerdictFragment.judge(frames, verdict: pendingVerdict)
            } else if let verdict, let previous, !previous.isEmpty {
                judgedPrevious = VerdictFragment.judge(previous, verdict: verdict)
            }
        } else if let previous, !previous.isEmpty,
            let closing = ClosingVerdict.verdict(sentiment, state: state, frames: frames, words: words)
        {
            // "… per raccogliere pomodori. Vergogna.": a bare verdict after a full stop.
            judgedPrevious = VerdictFragment.judge(previous, verdict: closing, rule: ClosingVerdict.name)
        }
        // "Che generosità: | dopo dieci anni un aumento di 18 euro lordi": praise that opens a
        // complaint about pay is irony.
        if previousPraises, IronicPraise.tellsGrievance(state, in: 0..<state.units.count, namesMoney: frames["money"] != nil) {
            frames = IronicPraise.judgeComplaint(frames, state: state, tokens: tokens)
            if judgedPrevious == nil, let previous, let judged = IronicPraise.judgePraise(previous) { judgedPrevious = judged }
        }
        // "Stipendi fermi da quindici anni: | i giovani se ne vanno": the money is why they leave.
        if afterColon, judgedPrevious == nil, frames.isEmpty, let previous, previous["money"] != nil, ReasonToLeave.leaves(state) {
            judgedPrevious = ReasonToLeave.reasonBefore(previous)
        }
        // Asked once of every sentence: both the irony here and the next sentence's retort need it.
        let opensWithCertainly = IronyMarker.opensWithCertainly(state)
        let ironic = IronyMarker.isIronic(state) || IronyMarker.isIronicCertainly(state, opensWithCertainly: opensWithCertainly)
        // "Certo, … per passione: | mica per i soldi.": both sides of the colon are turned around.
        // "Ma certo, … per passione. | Mica per i soldi.": after a full stop only "mica" retorts
        // ("Certo, … per vocazione. Infatti …" may agree).
        let retort = previousOpensWithCertainly && (afterColon ? IronyMarker.answersCertainly(state) : IronyMarker.opensWithMica(state))
        if retort, judgedPrevious == nil, let previous, !previous.isEmpty {
            judgedPrevious = IronyMarker.reverse(previous)
        }
        if !frames.isEmpty && (ironic || retort || afterColon && pendingIrony) {
            frames = IronyMarker.reverse(frames)
        }
        // "Già, tutti lavorano per passione: | è per questo che …": the consequence mocks the claim before.
        if afterColon, previousGrantsClaim, !retort, judgedPrevious == nil, let previous, !previous.isEmpty, SarcasticConsequence.opensWithConsequence(state) {
            judgedPrevious = SarcasticConsequence.reverse(previous)
        }
        previousGrantsClaim = opensWithCertainly || SarcasticConsequence.opensWithAgreement(state)
        previousOpensWithCertainly = opensWithCertainly && !ironic
        // "Dicono che i giovani non abbiano più ideali. | Io vedo ragazzi che…": the claim before
        // is turned around.
        if previousIsOpenClaim, judgedPrevious == nil, let previous, !previous.isEmpty, ReportedClaim.rebuts(from: 0, in: state) {
            judgedPrevious = ReportedClaim.reverse(previous)
            frames = ReportedClaim.assertRebuttal(frames)
            // "Qualcuno pensa che si resti per la tredicesima: | io sono rimasto per le persone": the
            // rebuttal of a claimed motive is the other motive.
            if let claimed = judgedPrevious {
                frames = AlternativeMotive.evokedInReply(to: claimed, rejectedBy: ReportedClaim.name, in: frames, state: state, tokens: tokens, mustFit: true)
            }
        }
        previousIsOpenClaim = ReportedClaim.isOpenClaim(state)
        // "Tre anni fa guadagnava diecimila euro al mese; | oggi fa il maestro": the before is outgrown.
        if let before = previousBefore, judgedPrevious == nil, let previous, !previous.isEmpty,
            let after = OutgrownFrame.openingAfter(state, ages: before == .age)
        {
            let outgrown = OutgrownFrame.outgrow(previous, after: frames, change: OutgrownFrame.isChange(before, after))
            judgedPrevious = outgrown
            frames = OutgrownFrame.evokeAfter(outgrown: outgrown, in: frames, state: state, tokens: tokens)
        }
        previousBefore = OutgrownFrame.endingBefore(state, tokens: tokens)
        // "Vocazione? | Io la chiamo sfruttamento.": the answer judges the question's frames.
        if previousIsTermQuestion, judgedPrevious == nil, let previous, let answer = AnsweredTermQuestion.verdict(of: sentiment, frames: frames) {
            judgedPrevious = VerdictFragment.judge(previous, verdict: answer, rule: AnsweredTermQuestion.name)
        } else if previousIsTermQuestion, judgedPrevious == nil, let previous, let restated = AnsweredTermQuestion.restated(previous, by: frames) {
            judgedPrevious = restated
        } else if previousIsTermQuestion, judgedPrevious == nil, let previous, let rebutted = AnsweredTermQuestion.rebutted(previous, by: frames, state: state) {
            // "Il premio partita? | Fa piacere, ma ci vado per i tifosi.": the other motive answers it.
            judgedPrevious = rebutted
        }
        previousIsTermQuestion = AnsweredTermQuestion.isTermQuestion(state, frames: frames)
        // "…dei «valori che ci uniscono». | Lo stesso giorno ha venduto le sue azioni": the ideal is belied.
        if judgedPrevious == nil, let previous, previous["mission"] != nil, BelyingFact.belies(state, frames: frames) {
            judgedPrevious = BelyingFact.belie(previous)
        }
        // "…un'azienda con una missione così nobile: | tre anni senza aumenti": the grievance belies it.
        if judgedPrevious == nil, previousNamesCompanyMission, let previous, frames["mission"] == nil, BeliedByGrievance.isGrievance(state) {
            judgedPrevious = BelyingFact.belie(previous).map { Self.renamed($0, frame: "mission", rule: BeliedByGrievance.name) }
        }
        previousNamesCompanyMission = BeliedByGrievance.namesCompanyMission(state, frames: frames)
        previousPraises = IronicPraise.opensPraise(state, frames: frames, tokens: tokens)
        afterColon = VerdictFragment.endsWithColon(tokens)
        pendingVerdict = afterColon && VerdictFragment.judgesForward(state) ? verdict : nil
        pendingIrony = afterColon && ironic && frames.isEmpty
        return judgedPrevious
    }

    /// The frames with one frame's evidence credited to another rule.
    private static func renamed(_ frames: [String: FrameScore], frame: String, rule: String) -> [String: FrameScore] {
        guard let score = frames[frame] else { return frames }
        var result = frames
        result[frame] = FrameScore(salience: score.salience, stance: score.stance, evidence: score.evidence.map {
            FrameEvidence(text: $0.text, term: $0.term, weight: $0.weight, scalars: $0.scalars, stance: $0.stance, rule: rule)
        })
        return result
    }
}
