import Foundation
import XCTest
@testable import ItalianNLP

/// Hand-made gold documents and predictions for `ClaimGoldDocument` and `ClaimEvaluation`; the
/// expected figures are worked out in the comments.
final class ClaimEvaluationTests: XCTestCase {
    // MARK: - Helpers

    /// Three claims: an indirect one, a direct one with a dropped subject, an "according" one.
    private let text =
        "Il ministro Paolo Serra ha detto che la manovra non prevederà nuove tasse. "
        + "«Chi lo sostiene fa propaganda», ha aggiunto. Secondo l'Istat il PIL crescerà dell'uno per cento."

    private let goldJSON = """
        {
          "claims": [
            {"kind": "indirect", "source": "Paolo Serra", "speaker": "Paolo Serra", "cue": "ha detto",
             "content": "la manovra non prevederà nuove tasse", "negated": false, "hedged": false},
            {"kind": "direct", "source": "Paolo Serra", "speaker": null, "cue": "ha aggiunto",
             "content": "Chi lo sostiene fa propaganda", "negated": false, "hedged": false},
            {"kind": "according", "source": "Istat", "speaker": "l'Istat", "cue": "Secondo",
             "content": "il PIL crescerà dell'uno per cento", "negated": false, "hedged": false}
          ],
          "quotations": [ {"text": "Chi lo sostiene fa propaganda", "role": "speech"} ]
        }
        """

    private func gold(split: String = "dev") throws -> ClaimGoldDocument {
        try ClaimGoldDocument(name: "test", split: split, text: text, goldJSON: goldJSON)
    }

    private func span(_ string: String, _ occurrence: Int = 1) -> TextSpan {
        guard let span = ClaimGoldDocument.span(of: string, occurrence: occurrence, in: text) else {
            XCTFail("«\(string)» not in the test text")
            return ClaimGoldDocument.span(scalars: 0..<0, in: text)
        }
        return span
    }

    /// A prediction that copies a gold claim.
    private func copy(_ claim: ClaimGoldDocument.GoldClaim, kind: ClaimKind? = nil, source: String?? = nil) -> Claim {
        Claim(
            kind: kind ?? claim.kind, source: source ?? claim.source, speaker: claim.speaker, cue: claim.cue,
            content: claim.content, negated: claim.negated, hedged: claim.hedged, rule: "test", confidence: 0.9)
    }

    private func claim(_ content: TextSpan, kind: ClaimKind = .indirect, source: String? = "Paolo Serra", cue: TextSpan? = nil) -> Claim {
        Claim(kind: kind, source: source, speaker: nil, cue: cue, content: content, rule: "test", confidence: 0.5)
    }

    private func scores(_ document: ClaimGoldDocument, _ claims: [Claim], quotations: [Quotation] = []) -> ClaimScores {
        ClaimEvaluation.evaluate(documents: [document]) { _ in (claims, quotations) }
    }

    // MARK: - Loading

    func testGoldStringsResolveToScalarSpans() throws {
        let document = try gold()
        XCTAssertEqual(document.claims.count, 3)
        XCTAssertEqual(document.claims[0].kind, .indirect)
        XCTAssertEqual(String(text[document.claims[0].content.range]), "la manovra non prevederà nuove tasse")
        XCTAssertEqual(String(text[document.claims[0].speaker!.range]), "Paolo Serra")
        XCTAssertNil(document.claims[1].speaker)
        XCTAssertEqual(document.quotations, [.init(content: span("Chi lo sostiene fa propaganda"), role: .speech)])
        // "à" and "«" are one scalar but two UTF-8 bytes each: byte offsets run 2 ahead after them.
        let quotation = document.quotations[0].content
        XCTAssertEqual(quotation.scalars.lowerBound, text.unicodeScalars.distance(
            from: text.unicodeScalars.startIndex, to: text.range(of: "Chi lo")!.lowerBound))
        XCTAssertEqual(quotation.utf8.lowerBound, quotation.scalars.lowerBound + 2)
    }

    func testOccurrenceCountsEveryOccurrenceInTheFile() throws {
        let text = "😀 Rossi ha parlato. Poi Rossi ha detto che si vota. Rossi: «No»."
        let json = """
            {"claims": [{"kind": "indirect", "source": "Mario Rossi", "speaker": "Rossi", "speakerOccurrence": 2,
                         "cue": "ha detto", "content": "si vota"}],
             "quotations": [{"text": "No", "role": "speech", "occurrence": 1}]}
            """
        let document = try ClaimGoldDocument(name: "occ", split: "dev", text: text, goldJSON: json)
        let speaker = try XCTUnwrap(document.claims[0].speaker)
        // 😀 (1 scalar, 4 bytes) + " Rossi ha parlato. Poi " (23 scalars): the second Rossi starts at scalar 24.
        XCTAssertEqual(speaker.scalars, 24..<29)
        XCTAssertEqual(speaker.utf8, 27..<32)
        XCTAssertEqual(String(text[speaker.range]), "Rossi")
        // Defaults: negated and hedged false, occurrence 1.
        XCTAssertFalse(document.claims[0].negated)
        XCTAssertEqual(String(text[document.quotations[0].content.range]), "No")
        XCTAssertEqual(ClaimGoldDocument.span(of: "Rossi", occurrence: 3, in: text)?.scalars, 52..<57)
        XCTAssertNil(ClaimGoldDocument.span(of: "Rossi", occurrence: 4, in: text))
    }

    func testMissingStringThrows() {
        let missing = """
            {"claims": [{"kind": "indirect", "source": "X", "speaker": null, "cue": "ha detto",
                         "content": "questa frase non c'è"}]}
            """
        XCTAssertThrowsError(try ClaimGoldDocument(name: "bad", split: "dev", text: text, goldJSON: missing)) { error in
            guard case let ClaimGoldError.stringNotFound(document, field, item, string, _, found)? = error as? ClaimGoldError else {
                return XCTFail("unexpected error \(error)")
            }
            XCTAssertEqual(document, "bad")
            XCTAssertEqual(field, "content")
            XCTAssertEqual(item, 1)
            XCTAssertEqual(string, "questa frase non c'è")
            XCTAssertEqual(found, 0)
        }
        // The string is there once, but the second occurrence is asked for.
        let tooFew = """
            {"claims": [{"kind": "indirect", "source": "X", "speaker": null, "cue": "ha detto", "cueOccurrence": 2,
                         "content": "la manovra"}]}
            """
        XCTAssertThrowsError(try ClaimGoldDocument(name: "bad", split: "dev", text: text, goldJSON: tooFew)) { error in
            guard case let ClaimGoldError.stringNotFound(_, field, _, _, occurrence, found)? = error as? ClaimGoldError else {
                return XCTFail("unexpected error \(error)")
            }
            XCTAssertEqual(field, "cue")
            XCTAssertEqual(occurrence, 2)
            XCTAssertEqual(found, 1)
        }
        // Malformed JSON and an unknown kind are reported as invalid gold.
        for json in ["{\"claims\": [", "{\"claims\": [{\"kind\": \"rumour\", \"content\": \"la manovra\"}]}"] {
            XCTAssertThrowsError(try ClaimGoldDocument(name: "bad", split: "dev", text: text, goldJSON: json)) { error in
                guard case ClaimGoldError.invalidGold? = error as? ClaimGoldError else {
                    return XCTFail("unexpected error \(error)")
                }
            }
        }
    }

    func testLoadFolderWalksRecursivelyAndRemembersSplits() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("claimgold-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for split in ["dev", "blind"] {
            let folder = root.appendingPathComponent("claims").appendingPathComponent(split)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try text.write(to: folder.appendingPathComponent("\(split)-doc.txt"), atomically: true, encoding: .utf8)
            try goldJSON.write(to: folder.appendingPathComponent("\(split)-doc.json"), atomically: true, encoding: .utf8)
        }
        // Files that are not document pairs are ignored.
        try "# notes".write(to: root.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        try "{}".write(to: root.appendingPathComponent("claims/dev/orphan.json"), atomically: true, encoding: .utf8)

        let documents = try ClaimGoldDocument.loadFolder(root.path)
        XCTAssertEqual(documents.map(\.name).sorted(), ["blind-doc", "dev-doc"])
        XCTAssertEqual(Set(documents.map(\.split)), ["dev", "blind"])
        XCTAssertEqual(documents.first { $0.split == "dev" }?.claims.count, 3)

        let scores = ClaimEvaluation.evaluate(documents: documents) { ($0.extractionResult().claims, $0.extractionResult().quotations) }
        XCTAssertEqual(scores.splits.map(\.split), ["dev", "blind", "all"])
        XCTAssertEqual(scores[split: "all"]?.documents, 2)
        XCTAssertEqual(scores.all.gold, 6)
        XCTAssertEqual(scores[split: "dev"]?.gold, 3)
    }

    // MARK: - Matching

    func testExactMatchIsPerfect() throws {
        let document = try gold()
        let result = scores(document, document.claims.map { copy($0) }, quotations: document.extractionResult().quotations)
        let all = result.all
        XCTAssertEqual(all.loose.precision, 1)
        XCTAssertEqual(all.loose.recall, 1)
        XCTAssertEqual(all.loose.f1, 1)
        XCTAssertEqual(all.strict.f1, 1)
        XCTAssertEqual(all.cue.accuracy, 1)
        XCTAssertEqual(all.source.accuracy, 1)
        XCTAssertEqual(all.quotations.recall, 1)
        XCTAssertEqual(all.quotations.role.accuracy, 1)
        XCTAssertTrue(result.documents[0].isPerfect)
    }

    func testHalfCoverageCountsAtLooseThresholdOnly() throws {
        let document = try gold()
        let content = document.claims[0].content.scalars
        XCTAssertEqual(content.count % 2, 0, "the test needs an even length")
        // The first half of the gold content: coverage 0.5 ≥ 0.3 but < 0.8.
        let half = ClaimGoldDocument.span(scalars: content.lowerBound..<(content.lowerBound + content.count / 2), in: text)
        let result = scores(document, [claim(half)])
        XCTAssertEqual(result.all.loose.matchedGold, 1)
        XCTAssertEqual(result.all.loose.precision, 1)
        XCTAssertEqual(result.all.loose.recall, 1.0 / 3.0, accuracy: 1e-9)
        XCTAssertEqual(result.all.strict.matchedGold, 0)
        XCTAssertEqual(result.all.strict.precision, 0)
        let report = result.documents[0]
        XCTAssertEqual(report.partial.count, 1)
        XCTAssertEqual(report.partial[0].coverage, 0.5, accuracy: 1e-9)

        // A quarter of it is below 0.3: no match at all, one miss more and a spurious claim.
        let quarter = ClaimGoldDocument.span(scalars: content.lowerBound..<(content.lowerBound + content.count / 4), in: text)
        let low = scores(document, [claim(quarter)])
        XCTAssertEqual(low.all.loose.matchedGold, 0)
        XCTAssertEqual(low.documents[0].spurious.count, 1)
        XCTAssertEqual(low.documents[0].missed.count, 3)
    }

    func testLongerPredictionCoveringTheGoldMatchesAtBothThresholds() throws {
        let document = try gold()
        // The whole first sentence covers all of the gold content (coverage 1) although it is longer.
        let sentence = span("Il ministro Paolo Serra ha detto che la manovra non prevederà nuove tasse.")
        let result = scores(document, [claim(sentence)])
        XCTAssertEqual(result.all.loose.matchedGold, 1)
        XCTAssertEqual(result.all.strict.matchedGold, 1)
    }

    func testSpuriousPrediction() throws {
        let document = try gold()
        var predictions = document.claims.map { copy($0) }
        predictions.append(claim(span("Il ministro")))
        let result = scores(document, predictions)
        // 3 of 4 predictions match, all 3 gold claims are found.
        XCTAssertEqual(result.all.loose.precision, 0.75)
        XCTAssertEqual(result.all.loose.recall, 1)
        XCTAssertEqual(result.all.loose.f1, 2 * 0.75 / 1.75, accuracy: 1e-9)
        let spurious = result.documents[0].spurious
        XCTAssertEqual(spurious.map(\.content), ["Il ministro"])
        XCTAssertEqual(spurious.first?.rule, "test")
    }

    func testMissedGoldClaim() throws {
        let document = try gold()
        let result = scores(document, [copy(document.claims[0]), copy(document.claims[2])])
        XCTAssertEqual(result.all.loose.precision, 1)
        XCTAssertEqual(result.all.loose.recall, 2.0 / 3.0, accuracy: 1e-9)
        let missed = result.documents[0].missed
        XCTAssertEqual(missed.map(\.content), ["Chi lo sostiene fa propaganda"])
        XCTAssertEqual(missed.first?.kind, .direct)
        XCTAssertNil(missed.first?.rule)
        // Nothing predicted at all: precision and recall 0, F1 0.
        let none = scores(document, [])
        XCTAssertEqual(none.all.loose.precision, 0)
        XCTAssertEqual(none.all.loose.recall, 0)
        XCTAssertEqual(none.all.loose.f1, 0)
        XCTAssertEqual(none.all.cue.total, 0)
    }

    func testMatchingIsOneToOne() throws {
        let document = try gold()
        let content = document.claims[0].content
        // Two predictions on the same gold claim: one match, one spurious.
        let result = scores(document, [claim(content), claim(content)])
        XCTAssertEqual(result.all.loose.matchedGold, 1)
        XCTAssertEqual(result.all.loose.matchedPredicted, 1)
        XCTAssertEqual(result.all.loose.precision, 0.5)
        XCTAssertEqual(result.documents[0].spurious.count, 1)
        // One prediction spanning two gold claims matches only one of them.
        let both = ClaimGoldDocument.span(
            scalars: document.claims[0].content.scalars.lowerBound..<document.claims[1].content.scalars.upperBound, in: text)
        let wide = scores(document, [claim(both)])
        XCTAssertEqual(wide.all.loose.matchedGold, 1)
        XCTAssertEqual(wide.documents[0].missed.count, 2)
    }

    func testGreedyMatchingTakesBestCoverageFirst() {
        // The prediction covers 0.5 of gold 0 and all of gold 1: it goes to gold 1.
        XCTAssertEqual(
            ClaimEvaluation.match(gold: [0..<10, 10..<20], predicted: [5..<20], threshold: 0.3),
            [ClaimEvaluation.Match(gold: 1, predicted: 0, coverage: 1)])
        // Prediction 0 covers gold 0 fully and gold 1 at 0.4; prediction 1 covers only gold 0 at
        // 0.6. Best first: (g0, p0, 1.0), then (g0, p1) is blocked, then (g1, p0) is blocked.
        XCTAssertEqual(
            ClaimEvaluation.match(gold: [0..<10, 10..<20], predicted: [0..<14, 4..<10], threshold: 0.3),
            [ClaimEvaluation.Match(gold: 0, predicted: 0, coverage: 1)])
        // Equal coverage: the tighter prediction wins.
        XCTAssertEqual(
            ClaimEvaluation.match(gold: [10..<20], predicted: [0..<30, 10..<20], threshold: 0.8),
            [ClaimEvaluation.Match(gold: 0, predicted: 1, coverage: 1)])
        // Touching spans do not overlap.
        XCTAssertEqual(ClaimEvaluation.coverage(gold: 0..<10, predicted: 10..<20), 0)
        XCTAssertEqual(ClaimEvaluation.match(gold: [0..<10], predicted: [10..<20], threshold: 0), [])
    }

    // MARK: - Attributes

    func testSourceNormalisation() throws {
        XCTAssertEqual(ClaimEvaluation.normalizeSource("Il ministro  dell’Interno"), "ministro dell'interno")
        XCTAssertEqual(ClaimEvaluation.normalizeSource("  ministro dell'Interno "), "ministro dell'interno")
        XCTAssertEqual(ClaimEvaluation.normalizeSource("L'Istat"), "istat")
        XCTAssertEqual(ClaimEvaluation.normalizeSource("l’ Istat"), "istat")
        XCTAssertEqual(ClaimEvaluation.normalizeSource("la Repubblica"), "repubblica")
        XCTAssertEqual(ClaimEvaluation.normalizeSource("GLI   ambientalisti"), "ambientalisti")
        XCTAssertEqual(ClaimEvaluation.normalizeSource("una fonte"), "fonte")
        XCTAssertEqual(ClaimEvaluation.normalizeSource("Le"), "le")
        XCTAssertEqual(ClaimEvaluation.normalizeSource("Lega"), "lega")
        XCTAssertEqual(ClaimEvaluation.normalizeSource("Ilaria Rossi"), "ilaria rossi")
        XCTAssertTrue(ClaimEvaluation.sourceMatches(gold: nil, predicted: nil))
        XCTAssertFalse(ClaimEvaluation.sourceMatches(gold: "Istat", predicted: nil))
        XCTAssertFalse(ClaimEvaluation.sourceMatches(gold: nil, predicted: "Istat"))

        let document = try gold()
        // "paolo  SERRA" and "l'Istat" are right; "Serra" is not the canonical name.
        let predictions = [
            copy(document.claims[0], source: "paolo  SERRA"),
            copy(document.claims[1], source: "Serra"),
            copy(document.claims[2], source: "l'Istat"),
        ]
        let result = scores(document, predictions)
        XCTAssertEqual(result.all.source.correct, 2)
        XCTAssertEqual(result.all.source.total, 3)
        XCTAssertEqual(result.documents[0].attributes.map(\.problems), [["source"]])
    }

    func testCueAccuracy() throws {
        let document = try gold()
        let direct = document.claims[1]
        let nullCueGold = ClaimGoldDocument(
            name: "nullcue", split: "dev", text: text,
            claims: [ClaimGoldDocument.GoldClaim(kind: .direct, source: "Paolo Serra", speaker: nil, cue: nil, content: direct.content)])
        // Both nil: correct.
        XCTAssertEqual(scores(nullCueGold, [claim(direct.content, kind: .direct)]).all.cue.accuracy, 1)
        // Gold nil, predicted present: wrong.
        XCTAssertEqual(scores(nullCueGold, [claim(direct.content, kind: .direct, cue: span("ha aggiunto"))]).all.cue.accuracy, 0)
        // Overlapping cues are right ("detto" inside "ha detto"); a cue elsewhere is wrong; a missing one too.
        let indirect = document.claims[0]
        let predictions = [
            claim(indirect.content, cue: span("detto")),
            claim(direct.content, kind: .direct, cue: span("Secondo")),
            claim(document.claims[2].content, kind: .according, cue: nil),
        ]
        let result = scores(document, predictions)
        XCTAssertEqual(result.all.cue.correct, 1)
        XCTAssertEqual(result.all.cue.total, 3)
        XCTAssertEqual(result.all.kind.accuracy, 1)
    }

    /// A split decoded from JSON that lists only some kinds answers zeros for the others (the
    /// subscript force-unwrapped its search and trapped).
    func testKindMissingFromDecodedScoresIsZeroNotATrap() throws {
        let document = try gold()
        let all = scores(document, [copy(document.claims[0])]).all
        var object = try XCTUnwrap(JSONSerialization.jsonObject(with: JSONEncoder().encode(all)) as? [String: Any])
        let kinds = try XCTUnwrap(object["kinds"] as? [[String: Any]])
        object["kinds"] = kinds.filter { $0["kind"] as? String != ClaimKind.mixed.rawValue }
        let decoded = try JSONDecoder().decode(ClaimScores.Split.self, from: JSONSerialization.data(withJSONObject: object))
        XCTAssertEqual(decoded.kinds.count, ClaimKind.allCases.count - 1)
        XCTAssertEqual(decoded[.mixed].gold, 0)
        XCTAssertEqual(decoded[.mixed].loose.f1, 0)
        XCTAssertEqual(decoded[.indirect], all[.indirect])
    }

    func testPerKindFigures() throws {
        let document = try gold()
        // Gold: indirect, direct, according. Predictions: the indirect claim labelled direct, the
        // according claim right, and a spurious indirect claim.
        let predictions = [
            copy(document.claims[0], kind: .direct),
            copy(document.claims[2]),
            claim(span("Il ministro"), kind: .indirect),
        ]
        let all = scores(document, predictions).all
        // Indirect: 1 gold, found (recall 1); 1 predicted, spurious (precision 0).
        XCTAssertEqual(all[.indirect].loose.recall, 1)
        XCTAssertEqual(all[.indirect].loose.precision, 0)
        XCTAssertEqual(all[.indirect].loose.f1, 0)
        XCTAssertEqual(all[.indirect].kindAgreement.accuracy, 0)
        // Direct: 1 gold, missed (recall 0); 1 predicted, matched to the indirect gold (precision 1).
        XCTAssertEqual(all[.direct].gold, 1)
        XCTAssertEqual(all[.direct].predicted, 1)
        XCTAssertEqual(all[.direct].loose.recall, 0)
        XCTAssertEqual(all[.direct].loose.precision, 1)
        // According: right on both sides.
        XCTAssertEqual(all[.according].loose.f1, 1)
        XCTAssertEqual(all[.according].cue.accuracy, 1)
        // Mixed: nothing either side.
        XCTAssertEqual(all[.mixed].gold, 0)
        XCTAssertEqual(all[.mixed].loose.f1, 0)
        // Overall: 2 of 3 on both sides; one kind disagreement.
        XCTAssertEqual(all.loose.precision, 2.0 / 3.0, accuracy: 1e-9)
        XCTAssertEqual(all.loose.recall, 2.0 / 3.0, accuracy: 1e-9)
        XCTAssertEqual(all.kind.correct, 1)
        XCTAssertEqual(all.kinds.map(\.kind), ClaimKind.allCases)
    }

    func testQuotationRoleAccuracyAndRecall() throws {
        let text = "Il cosiddetto «decreto sicurezza» è «una follia», ha detto Rossi."
        let json = """
            {"claims": [], "quotations": [{"text": "decreto sicurezza", "role": "scare"}, {"text": "una follia", "role": "speech"}]}
            """
        let document = try ClaimGoldDocument(name: "q", split: "blind", text: text, goldJSON: json)
        func quotation(_ string: String, _ role: QuotationRole) -> Quotation {
            let content = ClaimGoldDocument.span(of: string, in: text)!
            let opening = ClaimGoldDocument.span(scalars: (content.scalars.lowerBound - 1)..<content.scalars.lowerBound, in: text)
            return Quotation(content: content, opening: opening, closing: nil, depth: 0, role: role)
        }
        // The first with the wrong role; the second with the wrong span (marks included).
        let predicted = [quotation("decreto sicurezza", .title), quotation("«una follia»", .speech)]
        let result = ClaimEvaluation.evaluate(documents: [document]) { _ in ([], predicted) }
        let quotations = result.all.quotations
        XCTAssertEqual(quotations.matched, 1)
        XCTAssertEqual(quotations.recall, 0.5)
        XCTAssertEqual(quotations.precision, 0.5)
        XCTAssertEqual(quotations.role.accuracy, 0)
        XCTAssertEqual(result[split: "blind"]?.quotations.gold, 2)
        let errors = result.documents[0].quotations
        XCTAssertEqual(errors.count, 3)  // a wrong role, a miss, a spurious quotation
        XCTAssertTrue(errors.contains { $0.gold == .scare && $0.predicted == .title })
        XCTAssertTrue(errors.contains { $0.text == "una follia" && $0.predicted == nil })
        XCTAssertTrue(errors.contains { $0.text == "«una follia»" && $0.gold == nil })
    }

    func testScoresAreCodable() throws {
        let document = try gold()
        let result = scores(document, [copy(document.claims[0])])
        let data = try JSONEncoder().encode(result)
        let decoded = try JSONDecoder().decode(ClaimScores.self, from: data)
        XCTAssertEqual(decoded, result)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let splits = try XCTUnwrap(object["splits"] as? [[String: Any]])
        XCTAssertEqual(splits.map { $0["split"] as? String }, ["dev", "all"])
    }

    // MARK: - The corpus

    func testFixturesLoadAndGoldScoresPerfectly() throws {
        let fixtures = PackageFolders.fixtures
        guard FileManager.default.fileExists(atPath: fixtures.appendingPathComponent("claims").path) else {
            throw XCTSkip("no Fixtures/claims folder")
        }
        let documents = try ClaimGoldDocument.loadFolder(fixtures.path)
        XCTAssertGreaterThan(documents.count, 0)
        XCTAssertEqual(Set(documents.map(\.split)), ["dev", "blind"])
        let result = ClaimEvaluation.evaluate(documents: documents) { document in
            let gold = document.extractionResult()
            return (gold.claims, gold.quotations)
        }
        XCTAssertEqual(result.all.documents, documents.count)
        XCTAssertEqual(result.all.strict.f1, 1)
        XCTAssertEqual(result.all.cue.accuracy, 1)
        XCTAssertEqual(result.all.source.accuracy, 1)
        XCTAssertEqual(result.all.quotations.role.accuracy, 1)
        XCTAssertEqual(result.all.quotations.recall, 1)
    }
}
