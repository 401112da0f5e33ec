/// The classes of words that the sentiment and frame rules test on every sentence, as bits.
///
/// A rule that asks "is this word a function word?" or "is this 'come'?" of every unit of every
/// sentence compared Strings each time (hashing for a set, a Unicode-aware comparison for a
/// literal). The classes of a form are worked out once per distinct form (`SentimentWordTable`
/// remembers them), so that the rules test a bit; a class that names words a rule looks for lets
/// the rule skip, by one bit test, every unit that cannot be one of them. Each class is computed
/// with the same String comparison or set the rule uses, so the answers are the same.
struct SentimentWordClasses: OptionSet, Sendable {
    let rawValue: UInt64

    /// `SentimentFunctionWords`.
    static let functionWord = SentimentWordClasses(rawValue: 1 << 0)
    /// The words that open an irony marker (`IronyMarker`): come, eh, figuriamoci, figurarsi (and
    /// "figuriamo", "figurar" of their split clitic forms), and the "sì" of "ma sì, tanto".
    static let ironyCue = SentimentWordClasses(rawValue: 1 << 1)
    /// The words that open a plain corrective of comparison (`CorrectiveConstruction`): rispetto,
    /// oltre, più.
    static let comparisonCue = SentimentWordClasses(rawValue: 1 << 2)

    /// The cues of a report (`NeutralMention.cues`, or a form of `NeutralMention.cueLemmas`).
    static let neutralMentionCue = SentimentWordClasses(rawValue: 1 << 3)

    /// Forms of the verbs *pagare* and *riempire* (not the noun *paga*): `BillsNotPaid.payVerb`, not nominal.
    static let payVerb = SentimentWordClasses(rawValue: 1 << 4)
    /// `BillsNotPaid.bills`.
    static let bill = SentimentWordClasses(rawValue: 1 << 5)
    /// The forms that can make a step of `ReasonToLeave`'s backward scan do anything: its causes,
    /// "che", "per", a verb of leaving or closing (`ReasonToLeave.isLeaving`), "." and ";".
    static let reasonToLeaveWord = SentimentWordClasses(rawValue: 1 << 6)
    /// `PlainMoneyMention.personal`.
    static let personal = SentimentWordClasses(rawValue: 1 << 7)
    /// `PlainMoneyMention.motiveMarkers`.
    static let motiveMarker = SentimentWordClasses(rawValue: 1 << 8)
    /// What makes a money term a motive in `PlainMoneyMention`: a form of `motiveWords`, of
    /// `volere` or of `andare`.
    static let moneyMotive = SentimentWordClasses(rawValue: 1 << 9)

    /// `DebunkedFrame.cuesBefore`.
    static let debunkCueBefore = SentimentWordClasses(rawValue: 1 << 10)
    /// `DebunkedFrame.missionCuesBefore`.
    static let debunkMissionCueBefore = SentimentWordClasses(rawValue: 1 << 11)
    /// `DebunkedFrame.cuesAfter`.
    static let debunkCueAfter = SentimentWordClasses(rawValue: 1 << 12)
    /// Forms of `NegatedComparison.verbs` that are not nominal.
    static let comparisonVerb = SentimentWordClasses(rawValue: 1 << 13)

    /// `DismissiveFragment.cues`.
    static let dismissiveCue = SentimentWordClasses(rawValue: 1 << 14)
    /// The forms at which a term of the built-in frame lexicon (`FrameLexicon.default`) may start.
    static let builtInFrameStart = SentimentWordClasses(rawValue: 1 << 15)

    /// `FrameSenseRules.priceCues`.
    static let priceCue = SentimentWordClasses(rawValue: 1 << 16)
    /// `FrameSenseRules.payCues`.
    static let payCue = SentimentWordClasses(rawValue: 1 << 17)

    /// Where `RefusedSuitor` may find a refusal: "no", and the forms of `RefusedSuitor.refusing`
    /// that are not nominal.
    static let refusalCue = SentimentWordClasses(rawValue: 1 << 18)

    /// The words that may mark a before or an after of `OutgrownFrame`: "a" and "da" of an age,
    /// "fa", "tempo", "prima", the imperfects of wanting, the words of now and of ending up.
    static let lifeTimeCue = SentimentWordClasses(rawValue: 1 << 19)

    /// Forms of `DevotedService.serving` that are not nominal (insegna, cura, porta…), and
    /// `DevotedService.servingNouns` (lezioni, ripetizioni).
    static let servingVerb = SentimentWordClasses(rawValue: 1 << 20)

    /// `FrameTermMatcher.articles`.
    static let article = SentimentWordClasses(rawValue: 1 << 21)

    /// The words at which `GiftToTheNeedy`, `GivenAwayMoney`, `StayingBeside`, `MultipliedPay`, `LucrativeCareer` and `ForTheirSake` may find a frame
    /// evoked without a frame word: the forms of `GiftToTheNeedy.giving` and `GivenAwayMoney.verbs` that are not nominal,
    /// `StayingBeside.alone` and `.beside`, `MultipliedPay.multiples`, `LucrativeCareer.careers`, `ForTheirSake.beneficiaries`.
    static let evokedFrameCue = SentimentWordClasses(rawValue: 1 << 22)

    /// `PocoLitotes.words` (poco, poca, pochissimo, scarsamente).
    static let litotesWord = SentimentWordClasses(rawValue: 1 << 23)

    /// "peccato", which opens a `RegretClause`.
    static let regretCue = SentimentWordClasses(rawValue: 1 << 24)

    /// `ReportedClaim.sayingVerbs` ("dicono", "sostiene", "pensano"…).
    static let reportingVerb = SentimentWordClasses(rawValue: 1 << 25)

    /// The forms of the built-in frame lexicon's term words (`FrameLexicon.default.termWordForms`):
    /// only a unit of this class can match a term word through an inflection (`FrameLexicon.hasKey`).
    static let builtInFrameWordForm = SentimentWordClasses(rawValue: 1 << 26)

    /// What every verdict of `RenouncedFrame` needs: a form of its verbs (`RenouncedFrame.verbBridge`),
    /// the "no" of "ha detto no", or a form opening with "prefer" ("ha preferito X a Y").
    static let renouncingCue = SentimentWordClasses(rawValue: 1 << 27)
    /// What `WhatGoodIsIt` asks about: `WhatGoodIsIt.serving`, `.making` and "bisogno".
    static let whatGoodCue = SentimentWordClasses(rawValue: 1 << 28)
    /// The words of a ranking in `SecondPlace`: `SecondPlace.coming`, `.secondary`, "secondo", "primo".
    static let rankingCue = SentimentWordClasses(rawValue: 1 << 29)
    /// `PayProtest.protests`.
    static let protestCue = SentimentWordClasses(rawValue: 1 << 30)
    /// The forms of `CompatibleFrames.exclusion` and `CompatibleFrames.compatibility`.
    static let compatibilityCue = SentimentWordClasses(rawValue: 1 << 31)
    /// The forms of `ComplainedPay.complaints`.
    static let complaintCue = SentimentWordClasses(rawValue: 1 << 32)
    /// The forms of `SupplantedFrame.participles` that its cue accepts (the lemma or a nominal form).
    static let supplantingCue = SentimentWordClasses(rawValue: 1 << 33)
    /// The forms of `LessPayChosen.choosing` that are not nominal.
    static let choosingVerb = SentimentWordClasses(rawValue: 1 << 34)
    /// "più" and "meno", the comparatives of `ComparativeMotive`.
    static let comparative = SentimentWordClasses(rawValue: 1 << 35)
    /// `DebunkedFrame.copulas` and `DebunkedFrame.weary`, which its backward scan asks of every
    /// unit: one bit test passes over the units that are neither.
    static let debunkStepWord = SentimentWordClasses(rawValue: 1 << 36)
    /// The forms of `GoalForOthers.aiming` and `.purpose`, where its goal must begin.
    static let goalCue = SentimentWordClasses(rawValue: 1 << 37)
    /// "casa" and "tasca", where `TakeHomePay` finds its cue ("porto a casa", "in tasca").
    static let takeHomeCue = SentimentWordClasses(rawValue: 1 << 38)
    /// `ComparedTakings.taking` ("prende", "prendono"…), where its comparison must begin.
    static let takingVerb = SentimentWordClasses(rawValue: 1 << 39)
    /// "senza", which opens every phrase of `AskingNothing`.
    static let withoutCue = SentimentWordClasses(rawValue: 1 << 40)
    /// The people served, communities and heritages of `FrameEvokingClasses`, where
    /// `PurposeForOthers` must find its noun and `UnpaidForOthers` its beneficiary.
    static let servedNoun = SentimentWordClasses(rawValue: 1 << 41)
    /// The cue word of each unpaid phrase of `FrameEvokingClasses` (`FrameEvokingClasses.cueWords`).
    static let unpaidCue = SentimentWordClasses(rawValue: 1 << 42)
    /// The cue word of each scarcity phrase of `FrameEvokingClasses` (`FrameEvokingClasses.cueWords`).
    static let scarcityCue = SentimentWordClasses(rawValue: 1 << 43)
    /// The first word of each phrase of things given in kind and of pay that is none
    /// (`FrameEvokingClasses.inKind`, `.pseudoPay`), where `RewardInKind` must find one.
    static let rewardStart = SentimentWordClasses(rawValue: 1 << 44)
    /// The forms of `LikedWork.liking` that are not nominal, "piace" and its forms
    /// (`LikedWork.pleasing`) and "amore", where `LikedWork` must find its liking.
    static let likingCue = SentimentWordClasses(rawValue: 1 << 45)

    /// The classes of a form: one probe of a table. (A form that is in no class is in no entry.)
    static func of(_ form: String) -> SentimentWordClasses {
        let classes = table[form] ?? []
        // A prefix, which no list of forms holds: `RenouncedFrame` tests it as written.
        return form.hasPrefix("prefer") ? classes.union(.renouncingCue) : classes
    }

    /// `byForm`, probed through a `FormTable` (the same answers).
    static let table = FormTable(byForm)

    /// Every form of every class, with its classes. Each class lists exactly the forms that pass
    /// the rule's own test — the members of its set, the words it compares with, the forms of its
    /// lemma bridge that the rule accepts — so a probe answers as the test would.
    static let byForm: [String: SentimentWordClasses] = {
        var table: [String: SentimentWordClasses] = [:]
        func add<Forms: Sequence<String>>(_ forms: Forms, to classes: SentimentWordClasses) {
            for form in forms { table[form, default: []].insert(classes) }
        }
        /// The forms of a bridge whose entry passes `accepts`.
        func forms(of bridge: LemmaBridge, where accepts: (LemmaBridge.Entry) -> Bool = { _ in true }) -> [String] {
            bridge.allEntries.compactMap { accepts($0.value) ? $0.key : nil }
        }
        add(SentimentFunctionWords.words, to: .functionWord)
        add(["come", "eh", "figuriamoci", "figurarsi", "figuriamo", "figurar", "sì"], to: .ironyCue)
        add(["rispetto", "oltre", "più"], to: .comparisonCue)
        add(NeutralMention.cues, to: .neutralMentionCue)
        add(forms(of: NeutralMention.cueLemmas), to: .neutralMentionCue)
        add(forms(of: BillsNotPaid.payVerb) { $0.derivation != .nominal }, to: .payVerb)
        add(BillsNotPaid.bills, to: .bill)
        // `ReasonToLeave`: causes, "che", "per", the verbs of leaving (`isLeaving`), ".", ";".
        add(ReasonToLeave.causes, to: .reasonToLeaveWord)
        add(["che", "per", ".", ";"], to: .reasonToLeaveWord)
        add(ReasonToLeave.irregular, to: .reasonToLeaveWord)
        add(ReasonToLeave.closing, to: .reasonToLeaveWord)
        add(forms(of: ReasonToLeave.leaving) { $0.derivation != .nominal }, to: .reasonToLeaveWord)
        add(PlainMoneyMention.personal, to: .personal)
        add(PlainMoneyMention.motiveMarkers, to: .motiveMarker)
        add(forms(of: PlainMoneyMention.motiveWords), to: .moneyMotive)
        add(PlainMoneyMention.volere, to: .moneyMotive)
        add(PlainMoneyMention.andare, to: .moneyMotive)
        add(DebunkedFrame.cuesBefore, to: .debunkCueBefore)
        add(DebunkedFrame.missionCuesBefore, to: .debunkMissionCueBefore)
        add(DebunkedFrame.cuesAfter, to: .debunkCueAfter)
        add(forms(of: NegatedComparison.verbs) { $0.derivation != .nominal }, to: .comparisonVerb)
        add(DismissiveFragment.cues, to: .dismissiveCue)
        add(FrameSenseRules.priceCues, to: .priceCue)
        add(FrameSenseRules.payCues, to: .payCue)
        add(FrameLexicon.default.firstForms, to: .builtInFrameStart)
        add(FrameTermMatcher.articles, to: .article)
        add(["no"], to: .refusalCue)
        add(forms(of: RefusedSuitor.refusing) { $0.derivation != .nominal }, to: .refusalCue)
        add(["a", "da", "fa", "tempo", "prima"], to: .lifeTimeCue)
        add(OutgrownFrame.pastIntentions, to: .lifeTimeCue)
        add(OutgrownFrame.nowWords, to: .lifeTimeCue)
        add(OutgrownFrame.endingUp, to: .lifeTimeCue)
        add(OutgrownFrame.findingOnly, to: .lifeTimeCue)
        add(forms(of: DevotedService.serving) { $0.derivation != .nominal }, to: .servingVerb)
        add(DevotedService.servingNouns, to: .servingVerb)
        add(forms(of: GiftToTheNeedy.giving) { $0.derivation != .nominal }, to: .evokedFrameCue)
        add(forms(of: GivenAwayMoney.verbs) { $0.derivation != .nominal }, to: .evokedFrameCue)
        add(GivenAwayMoney.devolved, to: .evokedFrameCue)
        add(StayingBeside.alone, to: .evokedFrameCue)
        add(StayingBeside.beside, to: .evokedFrameCue)
        add(MultipliedPay.multiples, to: .evokedFrameCue)
        add(LucrativeCareer.careers, to: .evokedFrameCue)
        add(ForTheirSake.beneficiaries, to: .evokedFrameCue)
        add(PocoLitotes.words, to: .litotesWord)
        add(["peccato"], to: .regretCue)
        add(ReportedClaim.sayingVerbs, to: .reportingVerb)
        add(FrameLexicon.default.termWordForms, to: .builtInFrameWordForm)
        add(forms(of: RenouncedFrame.verbBridge), to: .renouncingCue)
        add(["no"], to: .renouncingCue)
        add(WhatGoodIsIt.serving, to: .whatGoodCue)
        add(WhatGoodIsIt.making, to: .whatGoodCue)
        add(["bisogno"], to: .whatGoodCue)
        add(SecondPlace.coming, to: .rankingCue)
        add(SecondPlace.secondary, to: .rankingCue)
        add(["secondo", "primo"], to: .rankingCue)
        add(PayProtest.protests, to: .protestCue)
        add(forms(of: CompatibleFrames.exclusion), to: .compatibilityCue)
        add(forms(of: CompatibleFrames.compatibility), to: .compatibilityCue)
        add(forms(of: ComplainedPay.complaints), to: .complaintCue)
        add(forms(of: SupplantedFrame.participles) { $0.derivation == .lemma || $0.derivation == .nominal }, to: .supplantingCue)
        add(forms(of: LessPayChosen.choosing) { $0.derivation != .nominal }, to: .choosingVerb)
        add(["più", "meno"], to: .comparative)
        add(DebunkedFrame.copulas, to: .debunkStepWord)
        add(DebunkedFrame.weary, to: .debunkStepWord)
        add(GoalForOthers.aiming, to: .goalCue)
        add(GoalForOthers.purpose, to: .goalCue)
        add(["casa", "tasca"], to: .takeHomeCue)
        add(ComparedTakings.taking, to: .takingVerb)
        add(["senza"], to: .withoutCue)
        let evoking = FrameEvokingClasses.shared
        add(evoking.served, to: .servedNoun)
        add(evoking.community, to: .servedNoun)
        add(evoking.heritage, to: .servedNoun)
        add(FrameEvokingClasses.cueWords(of: evoking.unpaid), to: .unpaidCue)
        add(FrameEvokingClasses.cueWords(of: evoking.scarcity), to: .scarcityCue)
        add(evoking.inKind.compactMap(\.words.first), to: .rewardStart)
        add(evoking.pseudoPay.compactMap(\.words.first), to: .rewardStart)
        add(forms(of: LikedWork.liking) { $0.derivation != .nominal }, to: .likingCue)
        add(LikedWork.pleasing, to: .likingCue)
        add(["amore"], to: .likingCue)
        return table
    }()
}
