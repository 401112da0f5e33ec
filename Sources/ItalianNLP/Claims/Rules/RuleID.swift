/// The attribution rules. Each `rule` string on a ``Claim`` is one of these raw values, and the
/// rule lives in `Sources/ItalianNLP/Claims/Rules/<RuleName>.swift`.
enum RuleID: String, CaseIterable {
    /// «…», ha detto X. / «…» dice X. / «…», ha spiegato. (dropped subject)
    case invertedCueAfterQuotation = "InvertedCueAfterQuotation"
    /// X ha detto: «…» / X ha spiegato che «…»
    case cueBeforeQuotation = "CueBeforeQuotation"
    /// X: «…» (no verb)
    case colonQuotation = "ColonQuotation"
    /// X: P. — the same without quotation marks, in a sentence of the text.
    case colonStatement = "ColonStatement"
    /// «A», dice X, «B»: the second part of a split quotation.
    case splitQuotation = "SplitQuotation"
    /// «A – ha aggiunto X – B»: one quotation with a dash incise.
    case dashInciseInQuotation = "DashInciseInQuotation"
    /// «B» right after a claimed quotation, with no cue of its own: same speaker.
    case quotationContinuation = "QuotationContinuation"
    /// A paragraph that is one quotation without a cue, in a dialogue whose last two turns were
    /// A then B: A speaks again.
    case dialogueTurn = "DialogueTurn"
    /// «…». Così X ha commentato: the sentence after the quotation opens with "Così" and names
    /// its speaker.
    case cosiAfterQuotation = "CosiAfterQuotation"
    /// «…». A parlare è X / Così X / È la denuncia di X / Lo ha detto X: a quotation that is a
    /// sentence of its own, attributed by the sentence after it.
    case attributionInNextSentence = "AttributionInNextSentence"
    /// «…» after a colon that opens its sentence with a connective and names nobody ("E ancora:
    /// «…»", "Poi, più duro: «…»"): the speaker of the claim just before goes on.
    case colonContinuation = "ColonContinuation"
    /// A paragraph that is one quotation without a cue, right after a paragraph whose last
    /// sentence reported a person's words: that person speaks on.
    case quotationParagraphAfterSpeaker = "QuotationParagraphAfterSpeaker"
    /// A paragraph that is one quotation without a cue, after the interviewer's question: the
    /// interviewee's answer.
    case interviewAnswer = "InterviewAnswer"
    /// An interview laid out as questions and answers without quotation marks ("D: … R: …", or a
    /// question line then the answer): each answer paragraph is the interviewee's.
    case unmarkedInterviewAnswer = "UnmarkedInterviewAnswer"
    /// A quotation without a cue right after a person became the subject: "Rossi è rimasto
    /// scettico: «…»", "Il sindaco non si arrende. «…»".
    case quotationAfterSubject = "QuotationAfterSubject"
    /// X punta sulla promessa di «…»: a quotation tied to its sentence's subject.
    case quotationTiedToSubject = "QuotationTiedToSubject"
    /// X ha detto che P / X ha promesso di P / Ha sottolineato che P (dropped subject).
    case subjectCueClause = "SubjectCueClause"
    /// X ha accusato la giunta di P / invita i cittadini a P / ha avvertito l'aula che P: the
    /// addressee as a direct object before the clause.
    case objectBeforeClause = "ObjectBeforeClause"
    /// P, ha spiegato X.
    case postposedCue = "PostposedCue"
    /// A, sostiene X, B / Alla fine, sostiene X, … (parenthetical incise)
    case parentheticalCue = "ParentheticalCue"
    /// È stato annunciato da X che P.
    case passiveAgent = "PassiveAgent"
    /// Secondo X, P / P, secondo X / per X, P / a detta di X / stando a X / come riferito da X.
    case accordingTo = "AccordingTo"
    /// "Per il sindaco la partita si giocherà in tribunale": "per X" with no comma, a clause
    /// opening right after the speaker (part of ``accordingTo``'s phrase search).
    case perWithoutComma = "PerWithoutComma"
    /// "Lo scrive il Times of India." after the sentence it attributes.
    case anaphoricCue = "AnaphoricCue"
    /// "A dirlo è X", "È quanto ha dichiarato X": the sentence before is X's.
    case cleftAttribution = "CleftAttribution"
    /// la dichiarazione di X: «…» / l'annuncio di X che P.
    case nounCue = "NounCue"
    /// "Otto anni per il costruttore. Sono le richieste della pm X": the sentence before is X's.
    case cleftNounAttribution = "CleftNounAttribution"
    /// X ha rivolto un appello ai cittadini: P / X ha lanciato l'allarme: P.
    case supportVerbNounCue = "SupportVerbNounCue"
    /// «…», si legge nel comunicato di X / in una nota: a quotation read in a written statement.
    case readInDocument = "ReadInDocument"
}
