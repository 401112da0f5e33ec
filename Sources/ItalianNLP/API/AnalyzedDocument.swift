/// What an ``Analyzer`` found in a text: its tokens and sentences, quotations, claims with their
/// sentiment and frames, and the document's sentiment and frames.
public struct AnalyzedDocument: Sendable {
    /// The claims, quotations and tokens (``ClaimExtractionResult``), as ``ClaimExtractor`` gives them.
    public let extraction: ClaimExtractionResult
    /// The sentiment and frames of each claim's content, one per claim, in the order of ``claims``.
    public let claimSentiments: [ClaimSentiment]
    /// The document's sentiment and frames, and each sentence's, as ``SentimentAnalyzer`` gives them.
    public let sentimentAnalysis: SentimentAnalysis

    /// Creates a document from its parts.
    public init(extraction: ClaimExtractionResult, claimSentiments: [ClaimSentiment], sentimentAnalysis: SentimentAnalysis) {
        self.extraction = extraction
        self.claimSentiments = claimSentiments
        self.sentimentAnalysis = sentimentAnalysis
    }

    /// The text as analysed (after decoding; offsets point into it).
    public var text: String { extraction.text }
    /// The tokens and sentences.
    public var tokenized: TokenizedText { extraction.tokenized }
    /// The sentences, each with its tokens.
    public var sentences: [Sentence] { extraction.tokenized.sentences }
    /// Problems with the input (invalid UTF-8 replaced, and the like).
    public var warnings: [Warning] { extraction.tokenized.warnings }
    /// The attributed claims, in text order.
    public var claims: [Claim] { extraction.claims }
    /// Every pair of quotation marks, with its role and the claim it belongs to.
    public var quotations: [Quotation] { extraction.quotations }
    /// The document's sentiment: score, label and (with `explain`) the words behind it.
    public var sentiment: Sentiment { sentimentAnalysis.sentiment }
    /// Each sentence's sentiment and frames.
    public var sentenceSentiments: [SentenceSentiment] { sentimentAnalysis.sentences }
    /// The document's frames (mission, money, or your lexicon's), with salience and stance.
    public var frames: [String: FrameScore] { sentimentAnalysis.frames }
    /// −1…1: how far the text puts mission over money.
    public var missionOverMoney: Double { sentimentAnalysis.missionOverMoney }
}

/// The sentiment and frames of one claim's content.
public struct ClaimSentiment: Sendable, Hashable {
    /// The polarity of what is claimed.
    public let sentiment: Sentiment
    /// The frames the claim's content takes, with its stance towards each.
    public let frames: [String: FrameScore]

    /// Creates a claim's sentiment.
    public init(sentiment: Sentiment, frames: [String: FrameScore]) {
        self.sentiment = sentiment
        self.frames = frames
    }
}
