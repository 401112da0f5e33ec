/// How much a text invokes a frame and how it positions it.
public struct FrameScore: Sendable, Hashable, Codable {
    /// How much the frame is present: the summed weight of its terms (0 when absent). For a
    /// document, the sum over its sentences.
    public let salience: Double
    /// How the text positions the frame, −1…1: > 0 asserted as a motive or value or evaluated
    /// positively, < 0 rejected, denied, debunked or evaluated negatively, 0 mentioned neutrally.
    public let stance: Double
    /// The terms and rules behind the stance (empty for a document's aggregate).
    public let evidence: [FrameEvidence]

    /// Creates a frame score.
    public init(salience: Double, stance: Double, evidence: [FrameEvidence] = []) {
        self.salience = salience
        self.stance = stance
        self.evidence = evidence
    }

    /// Whether the frame counts as present (salience at or above `FrameScore.presenceThreshold`).
    public var isPresent: Bool { salience >= Self.presenceThreshold }

    /// The salience from which a frame counts as present.
    public static let presenceThreshold = 0.4
}

/// One occurrence of a frame term in a sentence and the rule that set its stance.
public struct FrameEvidence: Sendable, Hashable, Codable {
    /// The term as found in the text.
    public let text: String
    /// The lexicon term it matched.
    public let term: String
    /// The term's weight.
    public let weight: Double
    /// Where it is, in Unicode scalars.
    public let scalars: Range<Int>
    /// The stance this occurrence gives the frame, −1…1.
    public let stance: Double
    /// The rule that decided it ("CorrectiveRejection", "NegatedFrame", "EvaluatedFrame"…).
    public let rule: String

    /// Creates a piece of evidence from its parts.
    public init(text: String, term: String, weight: Double, scalars: Range<Int>, stance: Double, rule: String) {
        self.text = text
        self.term = term
        self.weight = weight
        self.scalars = scalars
        self.stance = stance
        self.rule = rule
    }
}
