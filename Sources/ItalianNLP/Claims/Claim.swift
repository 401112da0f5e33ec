/// An attributed statement: who said what, how.
public struct Claim: Sendable, Hashable {
    /// How the claim is attributed.
    public var kind: ClaimKind
    /// The canonical name of who speaks ("Mark Zuckerberg" even where the text says only
    /// "Zuckerberg" or nothing), or nil when nobody can be identified.
    public var source: String?
    /// The mention of the speaker in the claim's own sentence, or nil when the subject is dropped.
    public var speaker: TextSpan?
    /// The reporting verb group, noun or locution ("ha detto", "secondo"), or nil for "X: «…»".
    public var cue: TextSpan?
    /// What is claimed: the words inside the marks for a direct quotation, the reported clause
    /// otherwise.
    public var content: TextSpan
    /// The reporting act is negated ("non ha detto che").
    public var negated: Bool
    /// The attribution is uncertain or second hand ("avrebbe detto", "secondo indiscrezioni").
    public var hedged: Bool
    /// The stable identifier of the rule that produced the claim (its file is named after it).
    public var rule: String
    /// How sure the rule is, in 0…1.
    public var confidence: Double
    /// The lemma of the reporting verb or noun, when there is one ("dire", "sostenere").
    public var cueLemma: String?
    /// The stance of the cue in the reporting-verb lexicon ("neutral", "assertive", "denial"…).
    public var stance: String?

    /// Creates a claim.
    public init(
        kind: ClaimKind, source: String?, speaker: TextSpan?, cue: TextSpan?, content: TextSpan,
        negated: Bool = false, hedged: Bool = false, rule: String, confidence: Double,
        cueLemma: String? = nil, stance: String? = nil
    ) {
        self.kind = kind
        self.source = source
        self.speaker = speaker
        self.cue = cue
        self.content = content
        self.negated = negated
        self.hedged = hedged
        self.rule = rule
        self.confidence = confidence
        self.cueLemma = cueLemma
        self.stance = stance
    }
}
