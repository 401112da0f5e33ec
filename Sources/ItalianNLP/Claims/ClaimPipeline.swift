/// Runs the quotation finder, the mention finder, the cue finder and the attribution rules over
/// one document, sentence by sentence, keeping the context that resolves dropped subjects.
struct ClaimPipeline {
    let text: String
    let tokenized: TokenizedText
    let options: ClaimExtractor.Options

    func run() -> ClaimExtractionResult {
        let document = ClaimDocument(text: text, tokenized: tokenized)
        var context = AttributionContext(document: document)
        context.run()
        let claims = context.claims.map(\.claim).filter { $0.confidence >= options.minimumConfidence }
        return ClaimExtractionResult(text: text, claims: claims, quotations: context.quotations(), tokenized: tokenized)
    }
}
