import Foundation
import XCTest
@testable import ItalianNLP

/// The claims JSON contract and the HTML page, on a hand-made result.
final class ClaimJSONTests: XCTestCase {
    /// An emoji (one scalar, four UTF-8 bytes, two UTF-16 units) before the claim, so that scalar
    /// offsets differ from both byte and UTF-16 offsets.
    private let text = "🎉 Mario Rossi ha detto: «Il piano è pronto». Secondo fonti vicine al governo, si vota a maggio."

    private func span(_ string: String) -> TextSpan {
        ClaimGoldDocument.span(of: string, in: text)!
    }

    private func result() -> ClaimExtractionResult {
        let content = span("Il piano è pronto")
        let direct = Claim(
            kind: .direct, source: "Mario Rossi", speaker: span("Mario Rossi"), cue: span("ha detto"), content: content,
            rule: "CueBeforeQuotation", confidence: 0.875, cueLemma: "dire", stance: "neutral")
        let according = Claim(
            kind: .according, source: nil, speaker: nil, cue: nil, content: span("si vota a maggio"),
            negated: true, hedged: true, rule: "AccordingTo", confidence: 0.5)
        let quotation = Quotation(
            content: content, opening: span("«"), closing: span("»"), depth: 0, role: .speech, claim: 0)
        return ClaimExtractionResult(
            text: text, claims: [direct, according], quotations: [quotation], tokenized: Tokenizer().tokenize(text))
    }

    /// The scalar offset of `string` in the text.
    private func scalarOffset(_ string: String) -> Int {
        text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: text.range(of: string)!.lowerBound)
    }

    private func parse(_ json: JSONBuffer) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(json.bytes))
        return try XCTUnwrap(object as? [String: Any])
    }

    func testClaimJSONContract() throws {
        var json = JSONBuffer()
        result().writeJSON(to: &json)
        let object = try parse(json)
        let claims = try XCTUnwrap(object["claims"] as? [[String: Any]])
        XCTAssertEqual(claims.count, 2)

        let direct = claims[0]
        XCTAssertEqual(direct["kind"] as? String, "direct")
        XCTAssertEqual(direct["source"] as? String, "Mario Rossi")
        XCTAssertEqual(direct["negated"] as? Bool, false)
        XCTAssertEqual(direct["hedged"] as? Bool, false)
        XCTAssertEqual(direct["rule"] as? String, "CueBeforeQuotation")
        XCTAssertEqual(direct["confidence"] as? Double, 0.875)
        XCTAssertEqual(direct["cueLemma"] as? String, "dire")
        XCTAssertEqual(direct["stance"] as? String, "neutral")
        let speaker = try XCTUnwrap(direct["speaker"] as? [String: Any])
        XCTAssertEqual(speaker["text"] as? String, "Mario Rossi")
        // 🎉 is scalar 0 and a space scalar 1: "Mario" starts at 2 (byte 5, UTF-16 unit 3).
        XCTAssertEqual(speaker["start"] as? Int, 2)
        XCTAssertEqual(speaker["end"] as? Int, 13)
        let cue = try XCTUnwrap(direct["cue"] as? [String: Any])
        XCTAssertEqual(cue["text"] as? String, "ha detto")
        XCTAssertEqual(cue["start"] as? Int, scalarOffset("ha detto"))
        let content = try XCTUnwrap(direct["content"] as? [String: Any])
        XCTAssertEqual(content["text"] as? String, "Il piano è pronto")
        let start = try XCTUnwrap(content["start"] as? Int)
        let end = try XCTUnwrap(content["end"] as? Int)
        XCTAssertEqual(start, scalarOffset("Il piano"))
        XCTAssertEqual(end - start, "Il piano è pronto".unicodeScalars.count)
        // The offsets select the content from the text's scalars.
        let scalars = Array(text.unicodeScalars)
        XCTAssertEqual(String(String.UnicodeScalarView(scalars[start..<end])), "Il piano è pronto")

        let according = claims[1]
        XCTAssertEqual(according["kind"] as? String, "according")
        XCTAssertTrue(according["source"] is NSNull)
        XCTAssertTrue(according["speaker"] is NSNull)
        XCTAssertTrue(according["cue"] is NSNull)
        XCTAssertEqual(according["negated"] as? Bool, true)
        XCTAssertEqual(according["hedged"] as? Bool, true)
        XCTAssertTrue(according["cueLemma"] is NSNull)

        let quotations = try XCTUnwrap(object["quotations"] as? [[String: Any]])
        XCTAssertEqual(quotations.count, 1)
        XCTAssertEqual(quotations[0]["role"] as? String, "speech")
        XCTAssertEqual(quotations[0]["text"] as? String, "Il piano è pronto")
        XCTAssertEqual(quotations[0]["start"] as? Int, start)
        XCTAssertEqual(quotations[0]["end"] as? Int, end)
        XCTAssertEqual(quotations[0]["claim"] as? Int, 0)
        XCTAssertEqual(quotations[0]["depth"] as? Int, 0)
        XCTAssertEqual((quotations[0]["opening"] as? [String: Any])?["text"] as? String, "«")
        XCTAssertNotNil(object["warnings"] as? [Any])
    }

    func testLineBrokenJSONIsTheSameObject() throws {
        var compact = JSONBuffer()
        result().writeJSON(to: &compact)
        XCTAssertFalse(compact.bytes.contains(0x0A))
        var broken = JSONBuffer()
        result().writeJSON(to: &broken, lineBreaks: true)
        XCTAssertTrue(broken.bytes.contains(0x0A))
        XCTAssertEqual(try parse(compact) as NSDictionary, try parse(broken) as NSDictionary)
    }

    func testBatchMembersAndEmptyResult() throws {
        // The batch mode wraps the members with an id.
        var json = JSONBuffer()
        json.raw("{\"id\":7,")
        result().writeJSONMembers(to: &json)
        json.raw("}")
        let object = try parse(json)
        XCTAssertEqual(object["id"] as? Int, 7)
        XCTAssertEqual((object["claims"] as? [Any])?.count, 2)
        XCTAssertEqual((object["quotations"] as? [Any])?.count, 1)
        XCTAssertNil(object["warnings"])

        let empty = ClaimExtractionResult(text: "", claims: [], quotations: [], tokenized: Tokenizer().tokenize(""))
        var emptyJSON = JSONBuffer()
        empty.writeJSON(to: &emptyJSON, lineBreaks: true)
        let emptyObject = try parse(emptyJSON)
        XCTAssertEqual((emptyObject["claims"] as? [Any])?.count, 0)
        XCTAssertEqual((emptyObject["quotations"] as? [Any])?.count, 0)
    }

    func testHTMLEscapesTextAndKeepsParagraphs() {
        let text = "Rossi ha detto che <script>alert(\"x\") & 'y'</script> è falso.\nSecondo Bianchi, 1 < 2."
        let content = ClaimGoldDocument.span(of: "<script>alert(\"x\") & 'y'</script> è falso", in: text)!
        let claim = Claim(
            kind: .indirect, source: "Rossi <b>&</b>", speaker: ClaimGoldDocument.span(of: "Rossi", in: text),
            cue: ClaimGoldDocument.span(of: "ha detto", in: text), content: content, rule: "Rule<1>", confidence: 0.7)
        let result = ClaimExtractionResult(text: text, claims: [claim], quotations: [], tokenized: Tokenizer().tokenize(text))
        let html = ClaimHTMLRenderer.render(result, title: "Prova <&>")

        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"))
        XCTAssertFalse(html.contains("<script>alert"))
        XCTAssertFalse(html.contains("<b>&</b>"))
        XCTAssertFalse(html.contains("Rule<1>"))
        XCTAssertTrue(html.contains("&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;"))
        XCTAssertTrue(html.contains("Rossi &lt;b&gt;&amp;&lt;/b&gt;"))
        XCTAssertTrue(html.contains("<title>Prova &lt;&amp;&gt;</title>"))
        XCTAssertTrue(html.contains("1 &lt; 2."))
        // Two lines, two paragraphs in the document.
        let article = html.components(separatedBy: "<article class=\"document\">")[1].components(separatedBy: "</article>")[0]
        XCTAssertEqual(article.components(separatedBy: "<p>").count - 1, 2)
        // Content, cue and speaker are marked, with the claim's number for the hover outline.
        XCTAssertTrue(article.contains("class=\"sp\" data-c=\"0\""))
        XCTAssertTrue(article.contains("class=\"cue\" data-c=\"0\""))
        XCTAssertTrue(article.contains("class=\"ct\" data-c=\"0\""))
        XCTAssertTrue(article.contains("class=\"tag k-indirect\""))
        // Only the page's own script element.
        XCTAssertEqual(html.components(separatedBy: "<script>").count - 1, 1)
    }

    func testHTMLMarksQuotationsByRoleAndNestedContents() {
        let text = "«Il cosiddetto “decreto sicurezza” non passerà», ha detto Rossi."
        let outer = ClaimGoldDocument.span(of: "Il cosiddetto “decreto sicurezza” non passerà", in: text)!
        let inner = ClaimGoldDocument.span(of: "decreto sicurezza", in: text)!
        let claims = [
            Claim(kind: .direct, source: "Rossi", speaker: nil, cue: nil, content: outer, rule: "a", confidence: 1),
            Claim(kind: .direct, source: "Rossi", speaker: nil, cue: nil, content: inner, rule: "b", confidence: 1),
        ]
        let quotations = [
            Quotation(content: outer, opening: ClaimGoldDocument.span(of: "«", in: text)!, closing: nil, depth: 0, role: .speech, claim: 0),
            Quotation(content: inner, opening: ClaimGoldDocument.span(of: "“", in: text)!, closing: nil, depth: 1, role: .scare),
        ]
        let html = ClaimHTMLRenderer.render(
            ClaimExtractionResult(text: text, claims: claims, quotations: quotations, tokenized: Tokenizer().tokenize(text)))
        XCTAssertTrue(html.contains("class=\"ct ct2 q-scare qo-speech\""))
        XCTAssertTrue(html.contains("class=\"ct q-speech\""))
    }
}
