import Foundation
import XCTest

@testable import ItalianNLP

/// The claims corpus in Fixtures/ scored as `itnlp eval Fixtures` does. The thresholds are
/// committed here and sit just below the measured figures: a change that makes extraction worse
/// fails. (The targets are F1 ≥ 0.90 at 0.3 and source accuracy ≥ 0.90.)
final class ClaimFixtureThresholdTests: XCTestCase {
    static let fixtures = PackageFolders.fixtures.path

    func testFixtureScoresStayAboveTheCommittedThresholds() throws {
        let documents = try ClaimGoldDocument.loadFolder(Self.fixtures)
        XCTAssertGreaterThanOrEqual(documents.count, 80)
        let scores = ClaimEvaluation.evaluate(documents: documents, extractor: ClaimExtractor())
        let all = scores.all
        print("claims on Fixtures: F1@0.3 \(all.loose.f1), F1@0.8 \(all.strict.f1), cue \(all.cue.accuracy), source \(all.source.accuracy)")
        // Measured over 243 documents (dev d136–d151 added, written before the claims11 round
        // read or tuned any rule, and scored after it): F1@0.3 0.9593, F1@0.8 0.9543, source
        // 0.9185, cue 0.9841. Before that round's rules the same 243 measured 0.9537, 0.9486,
        // 0.9143, 0.9833. d001–d135 measure as before (0.9745 F1@0.3, 0.9577 source); the 92
        // held-out went from 0.9391 / 0.8630 to 0.9410 / 0.8653. The claims12 round (speaker
        // mentions: particle surnames, a full name's complement, "lo stesso", re-described
        // roles, titles before names) raised the same 243 to F1@0.3 0.9600, F1@0.8 0.9549,
        // source 0.9372, cue 0.9841; the 92 held-out to 0.9428 F1@0.3 and 0.8842 source.
        // Then b093–b108 (16 held-out documents, 152 claims, written blind and kept outside the
        // repository during the claims11 and claims12 rounds: 0.9536 F1@0.3 and 0.7917 source
        // before them, 0.9536 and 0.7778 after) joined: all 259 documents measure F1@0.3 0.9594,
        // F1@0.8 0.9542, source 0.9233, cue 0.9843. The source threshold falls with them: the new
        // held-out documents are scored, not tuned on.
        // Then dev d168–d183 (16 documents, 201 claims, mostly reported speech and according-to,
        // written before the claims14 round read the rules) joined: all 275 documents measured
        // F1@0.3 0.9499, F1@0.8 0.9447, source 0.9222, cue 0.9834 before that round's rules and
        // 0.9558, 0.9506, 0.9249, 0.9848 after them (d001–d151 0.9699 → 0.9700, the 108 held-out
        // 0.9451 → 0.9451). The F1 thresholds fall with the new, harder documents.
        // The claims13 round added dev d152–d167 (170 claims, written before it read the rules:
        // 92.68 F1@0.3 and 71.71 source on their own before it) and tuned speaker resolution on
        // them: all 275 documents measure F1@0.3 0.9621, F1@0.8 0.9573, source 0.9359, cue 0.9858
        // (0.9566, 0.9513, 0.9060, 0.9834 with the new documents and the rules before the round).
        // With both rounds merged (291 documents): F1@0.3 95.82 %, F1@0.8 95.34 %, source 93.57 %, cue 98.65 % (`itnlp eval Fixtures`).
        // The claims15 round added dev d184–d199 (140 claims, written before it read the rules: 76.32 F1@0.3 and 79.31
        // source on their own before it): all 307 documents measured F1@0.3 94.81 %, F1@0.8 94.31 %, source 92.97 %, cue
        // 98.57 % with the rules before the round, and 96.41 %, 95.96 %, 93.61 %, 98.61 % after it (d001–d183 96.29 → 96.82
        // F1@0.3; the 108 held-out 94.94 → 95.30 F1@0.3, source 88.18 → 88.13).
        // Then held-out b109–b124 (16 documents, 146 claims, by a writer who read no rule, kept
        // outside the repository while claims15 and frames12 were tuned; 92.91 F1@0.3 and 84.73
        // source before that round, 92.58 and 83.97 after it) joined: all 323 documents measure
        // F1@0.3 96.18 %, F1@0.8 95.68 %, source 93.11 %, cue 98.52 %. The thresholds fall only
        // because harder held-out text joined.
        // The claims16 round added dev d200–d215 (141 claims, written before it read the rules)
        // and raised all 339 documents to F1@0.3 96.32 %, source 93.67 %. Then held-out b125–b140
        // (16 documents, 160 claims, kept outside the repository during claims16, frames13 and
        // the speed rounds: 91.80 F1@0.3 and 77.14 source before them, 91.80 and 77.86 after)
        // joined: all 355 documents measure F1@0.3 96.06 %, F1@0.8 95.57 %, source 92.80 %,
        // cue 98.52 %. Again the thresholds fall only because harder held-out text joined.
        // Then held-out b141–b156 (16 documents, 177 claims, by a writer who read no rule; 90.00
        // F1@0.3 and 74.51 source on their own, measured before the claims17, claims18 and
        // quotes19 rounds) joined: all 371 documents measured F1@0.3 95.70 %, F1@0.8 95.13 %,
        // source 91.78 %, cue 98.46 %.
        // The claims17 round added dev d216–d231 (146 claims, written before it touched the rules:
        // 94.37 F1@0.3 and 79.85 source on their own) and its rules (institution names, the
        // name-prefix rule, the interviewee in the lead, coordination edges); the claims18 round
        // added dev d232–d243 (124 claims with acronyms, places named after saints, hedged rumours
        // and roles of named bodies, written before it touched the rules: 94.65 F1@0.3 and 66.09
        // source on their own) and its rules (spelled-out acronyms, saint names, rumours without a
        // source, institution complements). With both merged, all 399 documents measure F1@0.3
        // 95.91 %, F1@0.8 95.30 %, source 93.11 %, cue 98.53 % (b141–b156 alone: 90.00 F1@0.3 and
        // source 74.51 before the rounds, 90.00 and 81.70 after them, 83.01 after the name-tail fix).
        // The quotes19 round added dev d244–d253 (86 claims, 128 quotations of every role,
        // written before it touched the rules: 92.22 F1@0.3 and 71.88 quotation role accuracy on
        // their own) and its role rules; a fix kept organisation names from taking the words
        // after them ("ha chiesto alla Rete Gas Irpina tempi certi"). All 409 documents measure
        // F1@0.3 95.82 %, F1@0.8 95.20 %, source 93.20 %, cue 98.54 %, quotation role 97.20 %
        // (held-out 89.34 → 95.19 %; the new documents harder for claims than the rest).
        // The claims19 round added dev d254–d265 (131 claims with bodies of organisations, roles
        // named later and dropped subjects after quotations, written before it touched the rules:
        // 97.28 F1@0.3 and 74.40 source on their own) and its source rules; the claims20 round
        // added dev d266–d277 (127 claims: noun objects of speech-act verbs, heading lines, a live
        // blog, a wire; 88.10 F1@0.3 on their own before it) and its recall rules. With both
        // merged, all 433 documents measured F1@0.3 96.35 %, F1@0.8 95.75 %, source 93.42 %, cue
        // 98.59 %, quotation role 97.41 %. Held-out round 12 (b157–b172, 189 claims, written blind
        // and scored before these rounds: F1@0.3 88.83, source 83.65, role 88.97; after them 88.83,
        // 85.53, 88.97) then joined the corpus: all 449 documents measure 95.98 %, 95.27 %,
        // 93.06 %, 98.52 %, 96.81 %.
        // The claims21 round added dev d278–d289 (158 claims, mostly reported speech, written before
        // it read or changed any rule: 94.77 F1@0.3 on their own) and its rules for indirect speech;
        // all 461 documents went from F1@0.3 95.92 %, F1@0.8 95.24 %, source 92.95 %, cue 98.57 % to
        // 96.53 %, 95.85 %, 92.87 % (38 more right sources, among 44 more matched claims), 98.65 %;
        // the 172 held-out documents from 93.49 to 93.84 F1@0.3 (indirect 91.89 → 92.93).
        // With claims22 (dev d290–d301, source rules) merged too, all 473 measured 96.60 %,
        // 95.95 %, 93.20 %, 98.75 %. Held-out round 13 (b173–b188, 200 claims, written blind and
        // scored before these rounds: F1@0.3 96.18, source 86.77; after them 96.73, 86.98) then
        // joined: all 489 documents measure 96.61 %, 95.91 %, 92.90 %, 98.71 %, role 96.89 %.
        // The source threshold falls with the new held-out text.
        XCTAssertGreaterThanOrEqual(all.loose.f1, 0.962)
        XCTAssertGreaterThanOrEqual(all.strict.f1, 0.955)
        XCTAssertGreaterThanOrEqual(all.source.accuracy, 0.926)
        XCTAssertGreaterThanOrEqual(all.cue.accuracy, 0.983)
        XCTAssertGreaterThanOrEqual(all.quotations.role.accuracy, 0.966)
    }
}
