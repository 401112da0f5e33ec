/// Everything ItalianNLP reads in a text, in one call: tokens and sentences, quotations, claims
/// with their own sentiment and frames, and the document's sentiment and frames.
///
/// Build one and reuse it: it holds the tokenizer's ICU prototypes, the claim lexicons and the
/// sentiment lexicons, and it is `Sendable`, so one analyzer serves any number of tasks.
///
/// ```swift
/// let analyzer = Analyzer()
/// let document = analyzer.analyze(article)
/// for (claim, stance) in zip(document.claims, document.claimSentiments) {
///     print(claim.source ?? "?", article[claim.content.range], stance.sentiment.label)
/// }
/// ```
///
/// The text is tokenised once; the claim extractor and the sentiment analyzer both read those
/// tokens. This is what `itnlp analyze` prints.
public struct Analyzer: Sendable {
    /// What the analyzer finds and how much it explains.
    public struct Options: Sendable {
        /// The frames to score (the default: mission and money).
        public var frames: FrameLexicon
        /// Whether sentiment scores list the words and rules behind them (slower).
        public var explain: Bool
        /// Claims below this confidence are dropped.
        public var minimumConfidence: Double

        /// Creates options; the defaults score the default frames, explain every score and keep
        /// every claim.
        public init(frames: FrameLexicon = .default, explain: Bool = true, minimumConfidence: Double = 0.0) {
            self.frames = frames
            self.explain = explain
            self.minimumConfidence = minimumConfidence
        }
    }

    /// The options in force.
    public let options: Options
    let tokenizer: Tokenizer
    let claimExtractor: ClaimExtractor
    let sentimentAnalyzer: SentimentAnalyzer

    /// Creates an analyzer (loads the lexicons the first time any analyzer is made).
    public init(options: Options = Options()) {
        self.options = options
        tokenizer = Tokenizer()
        claimExtractor = ClaimExtractor(options: .init(minimumConfidence: options.minimumConfidence))
        sentimentAnalyzer = SentimentAnalyzer(options: .init(frames: options.frames, explain: options.explain))
    }

    /// Analyses `text`. Never fails: problems with the input come back as the document's warnings.
    public func analyze(_ text: String) -> AnalyzedDocument {
        analyze(tokenized: tokenizer.tokenize(text))
    }

    /// Analyses text that is already tokenised.
    public func analyze(tokenized: TokenizedText) -> AnalyzedDocument {
        let extraction = claimExtractor.extract(tokenized: tokenized)
        let document = sentimentAnalyzer.analyze(tokenized: tokenized)
        let claimSentiments = extraction.claims.map { claim in
            let scored = sentimentAnalyzer.analyze(tokenized: tokenized, range: claim.content.range)
            return ClaimSentiment(sentiment: scored.sentiment, frames: scored.frames)
        }
        return AnalyzedDocument(extraction: extraction, claimSentiments: claimSentiments, sentimentAnalysis: document)
    }
}
