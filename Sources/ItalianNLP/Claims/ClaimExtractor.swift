/// Finds attributed claims and quotations in Italian text.
///
/// Build one and reuse it: it loads the lexicons once. It is a value that is safe to share
/// between tasks.
///
/// ```swift
/// let extractor = ClaimExtractor()
/// let result = extractor.extract(article)
/// for claim in result.claims {
///     print(claim.source ?? "?", claim.kind, article[claim.content.range])
/// }
/// ```
public struct ClaimExtractor: Sendable {
    /// Options for the extractor.
    public struct Options: Sendable, Hashable {
        /// Claims below this confidence are dropped.
        public var minimumConfidence: Double

        /// The defaults: every claim a rule is willing to report.
        public init(minimumConfidence: Double = 0.0) {
            self.minimumConfidence = minimumConfidence
        }
    }

    /// The options in force.
    public let options: Options
    let tokenizer: Tokenizer

    /// Creates an extractor.
    public init(options: Options = Options()) {
        self.options = options
        self.tokenizer = Tokenizer()
    }

    /// Finds the claims and quotations of `text`. Never fails; where it is unsure it says so
    /// through each claim's confidence.
    public func extract(_ text: String) -> ClaimExtractionResult {
        extract(tokenized: tokenizer.tokenize(text))
    }

    /// Finds the claims of an already tokenised text (to share one tokenisation with sentiment).
    public func extract(tokenized: TokenizedText) -> ClaimExtractionResult {
        ClaimPipeline(text: tokenized.text, tokenized: tokenized, options: options).run()
    }
}

/// The claims of `text`, found with the default ``ClaimExtractor``.
public func extractClaims(text: String) -> [Claim] {
    ClaimExtractor().extract(text).claims
}
