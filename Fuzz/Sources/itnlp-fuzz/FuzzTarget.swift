// The whole analysis of arbitrary bytes, as `itnlp analyze` runs it (`Analyzer`): lenient UTF-8
// decoding, tokenisation, claims, sentiment for the document and for each claim, and the JSON output.
// Beyond crashes, hangs and memory blow-ups it checks the invariants the README promises, so a
// wrong offset is a finding too: every span lies inside the text and its three descriptions
// (String range, UTF-8, scalars) agree, tokens come in order, scores are finite and in −1…1,
// and the tokenizer's direct CoNLL-U writer agrees with the one over Token values.
import ItalianNLP

// Built once: the analyzers are immutable and meant to be reused across documents.
let tokenizer = Tokenizer()
let analyzer = Analyzer(options: .init(explain: true))

/// Stops the run with a message libFuzzer records as a crash.
func fail(_ message: String) -> Never {
    fatalError("invariant broken: \(message)")
}

/// The span lies inside `text` and its String range, UTF-8 and scalar offsets agree.
func check(_ span: TextSpan, in text: String, _ what: String) {
    let utf8Count = text.utf8.count
    guard span.utf8.lowerBound >= 0, span.utf8.upperBound <= utf8Count else {
        fail("\(what): UTF-8 range \(span.utf8) outside 0..<\(utf8Count)")
    }
    let start = text.utf8.distance(from: text.startIndex, to: span.range.lowerBound)
    let end = text.utf8.distance(from: text.startIndex, to: span.range.upperBound)
    guard start == span.utf8.lowerBound, end == span.utf8.upperBound else {
        fail("\(what): String range at UTF-8 \(start)..<\(end), offsets say \(span.utf8)")
    }
    let scalarStart = text.unicodeScalars.distance(from: text.startIndex, to: span.range.lowerBound)
    let scalarCount = text.unicodeScalars[span.range].count
    guard scalarStart == span.scalars.lowerBound, scalarStart + scalarCount == span.scalars.upperBound else {
        fail("\(what): scalars \(span.scalars), String range has \(scalarStart)..<\(scalarStart + scalarCount)")
    }
}

func check(_ value: Sentiment, _ what: String) {
    guard value.score.isFinite, value.score >= -1, value.score <= 1 else {
        fail("\(what): score \(value.score)")
    }
    guard value.positive.isFinite, value.negative.isFinite else { fail("\(what): not finite") }
}

func check(_ frames: [String: FrameScore], _ what: String) {
    for (name, frame) in frames {
        guard frame.salience.isFinite, frame.stance.isFinite else { fail("\(what): frame \(name) not finite") }
    }
}

/// One fuzzer input: the whole analysis of `count` bytes at `data`, with the invariants checked.
/// Exported under libFuzzer's conventional name too, so the target also links with libFuzzer's
/// own `main` when built outside SwiftPM (swiftc -sanitize=fuzzer -parse-as-library).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = data.map { UnsafeBufferPointer(start: $0, count: count) } ?? UnsafeBufferPointer(start: nil, count: 0)
    let text = DecodedText(utf8: bytes).text

    let tokenized = tokenizer.tokenize(text)
    var previousEnd = 0
    for sentence in tokenized.sentences {
        check(sentence.span, in: text, "sentence")
        for token in sentence.tokens {
            check(token.span, in: text, "token \(token.text.debugDescription)")
            guard token.span.utf8.lowerBound >= previousEnd else { fail("token \(token.text.debugDescription) out of order") }
            previousEnd = token.span.utf8.upperBound
        }
    }

    // The public one-call analysis, which `itnlp analyze` prints.
    let analysed = analyzer.analyze(tokenized: tokenized)
    let claims = analysed.extraction
    guard analysed.claimSentiments.count == claims.claims.count else { fail("one sentiment per claim") }
    for (claim, scored) in zip(claims.claims, analysed.claimSentiments) {
        check(claim.content, in: text, "claim content")
        if let cue = claim.cue { check(cue, in: text, "claim cue") }
        if let speaker = claim.speaker { check(speaker, in: text, "claim speaker") }
        guard claim.confidence.isFinite else { fail("claim confidence \(claim.confidence)") }
        check(scored.sentiment, "claim sentiment")
        check(scored.frames, "claim frames")
    }
    for quotation in claims.quotations {
        check(quotation.content, in: text, "quotation content")
        check(quotation.opening, in: text, "quotation opening")
        if let closing = quotation.closing { check(closing, in: text, "quotation closing") }
        if let index = quotation.claim, !claims.claims.indices.contains(index) { fail("quotation claim \(index)") }
    }

    let document = analysed.sentimentAnalysis
    check(document.sentiment, "document sentiment")
    check(document.frames, "document frames")
    for sentence in document.sentences {
        check(sentence.span, in: text, "sentiment sentence")
        check(sentence.sentiment, "sentence sentiment")
    }
    guard document.missionOverMoney.isFinite else { fail("missionOverMoney \(document.missionOverMoney)") }

    // The JSON the CLI writes.
    var json = JSONBuffer(reservingCapacity: count * 4)
    json.raw("{")
    json.key("sentences")
    tokenized.writeSentencesJSON(to: &json)
    json.raw(",")
    claims.writeJSONMembers(to: &json)
    json.raw("}")
    guard String(validating: json.bytes, as: UTF8.self) != nil else { fail("JSON output is not UTF-8") }

    // The direct CoNLL-U path (no Token values) writes the same bytes as the Token path.
    var viaTokens: [UInt8] = []
    tokenized.writeCoNLLU(to: &viaTokens)
    var direct: [UInt8] = []
    tokenizer.writeCoNLLU(of: text, to: &direct)
    guard viaTokens == direct else { fail("direct CoNLL-U differs from tokenize(...).writeCoNLLU") }
    return 0
}
