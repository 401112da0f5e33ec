import Foundation
import XCTest
@testable import ItalianNLP

/// The per-sentence summary that gates the rules: it holds what the sentence holds, and a rule
/// skipped because its gate is closed would have changed nothing had it run.
final class SentenceClassSummaryTests: XCTestCase {
    /// Sentences that reach every gated rule, and some that reach none.
    static let handWritten = [
        "Non è bello.", "Non mi piace per niente, ma il finale è splendido.", "Anche se costoso, è bellissimo.",
        "Un film poco riuscito.", "È un film molto bello e davvero emozionante.", "Bellissimo 😍", "Che noia 🙄",
        "Un farmaco per ridurre il dolore e combattere la malattia.", "Non per i soldi ma per passione.",
        "Più che la scienza, gli interessano i soldi.", "L'impegno per l'innovazione rispetto agli incentivi finanziari.",
        "Non è forse vero?", "Bella la missione, peccato che il contratto sia a 800 euro.", "Eh già, come no.",
        "La vocazione c'è, i soldi no.", "Ha detto no a Google per restare in Italia.",
        "Da trent'anni cura gratuitamente i migranti.", "Regalano l'olio alle famiglie seguite dalla Caritas.",
        "Per non lasciare soli i pazienti è rimasta in reparto.", "Poteva andare negli Emirati per il triplo.",
        "Lo stipendio non basta.", "Il comune ha approvato il bilancio.", "Oggi piove a Roma.", "Figuriamoci se lo fanno per passione.",
        "Non lo faccio per la paga: lo faccio perché credo che ogni bambino meriti una scuola decente.",
        "Guadagna bene, però non è felice.", "MAI vista una cosa così BELLA", "Il treno parte alle otto.",
        // Superlatives in -issimo, so that every gate opens without ../shared (a user's clone).
        "Un film bellissimo, con un finale tristissimo.", "È stata una giornata lunghissima e faticosissima.",
    ]

    /// The hand-written sentences, the frame fixture's development sentences (never the blind
    /// ones), and the first SENTIPOLC tweets when ../shared is present.
    static func texts() -> [String] {
        var texts = handWritten
        let frames = SentimentTesting.packageRoot.appendingPathComponent("Fixtures/frames")
        for number in ["", "2", "3", "4", "5", "6", "7", "8", "9", "10"] {
            let url = frames.appendingPathComponent("dev\(number).jsonl")
            guard let content = try? String(contentsOf: url, encoding: .utf8) else { continue }
            for line in content.split(separator: "\n") {
                if let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], let text = object["text"] as? String {
                    texts.append(text)
                }
            }
        }
        let sentipolc = SentimentTesting.packageRoot.appendingPathComponent("../shared/data/sentiment/sentipolc2016/train.csv")
        if let content = try? String(contentsOf: sentipolc, encoding: .utf8) {
            // The text is the last field; a rough split is enough for varied input.
            for line in content.split(separator: "\n").dropFirst().prefix(1500) {
                if let start = line.range(of: ",\"", options: .backwards) { texts.append(String(line[start.upperBound...].dropLast())) }
            }
        }
        return texts
    }

    /// The sentences of the texts, tokenised.
    static func sentences() -> [[Token]] {
        let tokenizer = Tokenizer()
        return texts().flatMap { tokenizer.tokenize($0).sentences.map(\.tokens) }
    }

    func testAdmitsReadsEveryPart() {
        var summary = SentenceClassSummary()
        XCTAssertTrue(summary.admits(.always))
        XCTAssertFalse(summary.admits(NegationScope.gate))
        XCTAssertFalse(summary.admits(PocoLitotes.gate))
        summary.findings.insert(.negator)
        XCTAssertTrue(summary.admits(NegationScope.gate))
        // PocoLitotes needs a word of its class and a polarity word.
        summary.wordClasses.insert(.litotesWord)
        XCTAssertFalse(summary.admits(PocoLitotes.gate))
        summary.findings.insert(.polarityWord)
        XCTAssertTrue(summary.admits(PocoLitotes.gate))
        // Either an any-class or an any-finding opens CorrectiveConstruction's gate.
        XCTAssertTrue(SentenceClassSummary(wordClasses: .comparisonCue).admits(CorrectiveConstruction.gate))
        XCTAssertTrue(SentenceClassSummary(findings: .corrective).admits(CorrectiveConstruction.gate))
        XCTAssertFalse(SentenceClassSummary(wordClasses: .functionWord, findings: .booster).admits(CorrectiveConstruction.gate))
        XCTAssertTrue(SentenceClassSummary.admittingEverything.admits(HarmReduction.gate))
    }

    /// What the scorer gathers as it goes is what the scored state holds.
    func testSummaryMatchesTheScoredState() {
        let scorer = SentenceSentimentScorer.shared
        var state = SentenceSentimentState(units: [])
        var withNegator = 0
        for tokens in Self.sentences() {
            scorer.analyze(tokens, into: &state)
            XCTAssertEqual(state.summary, SentenceClassSummary.recomputed(from: state), tokens.map(\.text).joined(separator: " "))
            if state.summary.findings.contains(.negator) { withNegator += 1 }
        }
        XCTAssertGreaterThan(withNegator, 0)
        // A fresh state gathers the classes of the units it is made with.
        let units = SentimentUnit.units(
            of: Tokenizer().tokenize("Non è lo stipendio, ma la missione.").tokens, hashtags: scorer.hashtags, words: scorer.words)
        XCTAssertTrue(SentenceSentimentState(units: units).summary.wordClasses.contains(.builtInFrameStart))
    }

    /// A unit outside `builtInFrameWordForm` is no inflection of a term word, so the matcher
    /// skips the bridge for it; and the sentences that hold no saying verb hold no claim.
    func testFrameWordFormsAndReportingVerbs() {
        let scorer = SentenceSentimentScorer.shared
        var state = SentenceSentimentState(units: [])
        var inflected = 0
        for tokens in Self.sentences() {
            scorer.analyze(tokens, into: &state)
            for unit in state.units where unit.kind == .word {
                let keys = FrameLexicon.default.keys(unit.form)
                if keys.contains(where: { $0 != unit.form }) {
                    XCTAssertTrue(unit.isIn(.builtInFrameWordForm), unit.form)
                    inflected += 1
                }
            }
            if !state.summary.wordClasses.contains(.reportingVerb) {
                var ungated = state
                ungated.summary = .admittingEverything
                XCTAssertNil(ReportedClaim.claimEnd(in: ungated))
            }
        }
        XCTAssertGreaterThan(inflected, 0)
    }

    /// `renouncingCue` holds the forms that open with "prefer" (a prefix, not a list), the forms
    /// of the renouncing verbs and "no"; the other new cue classes hold their rules' words.
    /// The evoking rules of the frames13 round run only where their cue word is: each class holds
    /// exactly the words its rule starts from, and a sentence with the cue still gets the frame.
    func testCueClassesOfEvokingRules() {
        for form in GoalForOthers.aiming.members.union(GoalForOthers.purpose.members) {
            XCTAssertTrue(SentimentWordClasses.of(form).contains(.goalCue), form)
        }
        for form in ComparedTakings.taking.members { XCTAssertTrue(SentimentWordClasses.of(form).contains(.takingVerb), form) }
        XCTAssertTrue(SentimentWordClasses.of("casa").contains(.takeHomeCue))
        XCTAssertTrue(SentimentWordClasses.of("tasca").contains(.takeHomeCue))
        XCTAssertTrue(SentimentWordClasses.of("senza").contains(.withoutCue))
        XCTAssertFalse(SentimentWordClasses.of("stipendio").contains(.takeHomeCue))
        let evoking = FrameEvokingClasses.shared
        for form in evoking.served.members.union(evoking.community.members).union(evoking.heritage.members) {
            XCTAssertTrue(SentimentWordClasses.of(form).contains(.servedNoun), form)
        }
        for form in FrameEvokingClasses.cueWords(of: evoking.unpaid) { XCTAssertTrue(SentimentWordClasses.of(form).contains(.unpaidCue), form) }
        for form in FrameEvokingClasses.cueWords(of: evoking.scarcity) { XCTAssertTrue(SentimentWordClasses.of(form).contains(.scarcityCue), form) }
        XCTAssertEqual(FrameEvokingClasses.cueWords(of: evoking.unpaid).count, evoking.unpaid.count)
        XCTAssertFalse(SentimentWordClasses.of("stipendio").contains(.servedNoun))
        var options = SentimentAnalyzer.Options()
        options.explain = true
        let analyzer = SentimentAnalyzer(options: options)
        let evoked = [
            ("Dopo dodici ore di consegne ne porto a casa 900.", TakeHomePay.name),
            ("Lavora nel rifugio senza chiedere nulla in cambio.", AskingNothing.name),
            ("Ha riaperto la latteria per non far morire il paese.", PurposeForOthers.name),
            ("Cura a sue spese l'orto dei bambini della scuola.", UnpaidForOthers.name),
            ("A fine mese sono sempre al verde.", ScarcePay.name),
        ]
        for (sentence, rule) in evoked {
            let frames = analyzer.analyze(sentence).sentences.first?.frames ?? [:]
            XCTAssertTrue(frames.values.contains { $0.evidence.contains { $0.rule == rule } }, "\(sentence): \(frames)")
        }
    }

    func testCueClassesOfStanceRules() {
        XCTAssertTrue(SentimentWordClasses.of("preferito").contains(.renouncingCue))
        XCTAssertTrue(SentimentWordClasses.of("preferirei").contains(.renouncingCue))
        XCTAssertTrue(SentimentWordClasses.of("rinunciato").contains(.renouncingCue))
        XCTAssertTrue(SentimentWordClasses.of("no").contains(.renouncingCue))
        XCTAssertFalse(SentimentWordClasses.of("prefetto").contains(.renouncingCue))
        XCTAssertTrue(SentimentWordClasses.of("servono").contains(.whatGoodCue))
        XCTAssertTrue(SentimentWordClasses.of("bisogno").contains(.whatGoodCue))
        XCTAssertTrue(SentimentWordClasses.of("vengono").contains(.rankingCue))
        XCTAssertTrue(SentimentWordClasses.of("secondaria").contains(.rankingCue))
        XCTAssertTrue(SentimentWordClasses.of("scioperano").contains(.protestCue))
        XCTAssertTrue(SentimentWordClasses.of("conciliare").contains(.compatibilityCue))
        XCTAssertTrue(SentimentWordClasses.of("lamentano").contains(.complaintCue))
        XCTAssertTrue(SentimentWordClasses.of("sostituito").contains(.supplantingCue))
        XCTAssertTrue(SentimentWordClasses.of("scelto").contains(.choosingVerb))
        XCTAssertTrue(SentimentWordClasses.of("meno").contains(.comparative))
        XCTAssertTrue(SentimentWordClasses.of("rimane").contains(.debunkStepWord))
        XCTAssertTrue(SentimentWordClasses.of("stufi").contains(.debunkStepWord))
        XCTAssertFalse(SentimentWordClasses.of("parole").contains(.debunkStepWord))
        XCTAssertTrue(SentimentWordClasses.of("stipendio").isDisjoint(with: [.renouncingCue, .whatGoodCue, .rankingCue, .protestCue, .compatibilityCue]))
        // A gated rule still decides in a sentence that holds its cue.
        let analyzer = SentimentAnalyzer()
        XCTAssertEqual(analyzer.analyze("Ha rinunciato a uno stipendio altissimo.").frames["money"]?.stance, -1)
        XCTAssertEqual(analyzer.analyze("I lavoratori scioperano per il salario.").frames["money"]?.stance, 1)
    }

    func testSummaryOfSimpleSentences() {
        let scorer = SentenceSentimentScorer.shared
        let plain = scorer.analyze(Tokenizer().tokenize("Il treno parte alle otto.").tokens)
        XCTAssertFalse(plain.summary.findings.contains(.negator))
        XCTAssertFalse(plain.summary.admits(ContrastClause.gate))
        let negated = scorer.analyze(Tokenizer().tokenize("Non è bello, ma è utile 😍").tokens)
        XCTAssertTrue(negated.summary.findings.isSuperset(of: [.negator, .contrastAfter, .polarityWord, .symbol]))
    }

    /// Scoring with the gates gives the state, the sentiment and the frames that running every
    /// rule gives; and the gates do turn sentences away (else this would test nothing).
    func testGatedRulesChangeNoAnswer() {
        let scorer = SentenceSentimentScorer.shared
        let detector = FrameDetector(lexicon: .default)
        var gated = SentenceSentimentState(units: [])
        var ungated = SentenceSentimentState(units: [])
        var closed: [String: Int] = [:]
        let gates: [(String, SentenceRuleGate)] = [
            ("EmoticonPolarity", EmoticonPolarity.gate), ("SuperlativeIssimo", SuperlativeIssimo.gate), ("PocoLitotes", PocoLitotes.gate),
            ("BoosterDampener", BoosterDampener.gate), ("CorrectiveConstruction", CorrectiveConstruction.gate),
            ("RhetoricalNegativeQuestion", RhetoricalNegativeQuestion.gate), ("NegationScope", NegationScope.gate),
            ("HarmReduction", HarmReduction.gate), ("ContrastClause", ContrastClause.gate), ("RefusedSuitor", RefusedSuitor.gate),
            ("DevotedService", DevotedService.gate), ("GiftToTheNeedy", GiftToTheNeedy.gate), ("NegatedFrame", NegatedFrame.gate),
            ("RegretClause", RegretClause.gate), ("RenouncedFrame", RenouncedFrame.gate), ("WhatGoodIsIt", WhatGoodIsIt.gate),
            ("SecondPlace", SecondPlace.gate), ("PayProtest", PayProtest.gate), ("CompatibleFrames", CompatibleFrames.gate),
            ("ComplainedPay", ComplainedPay.gate), ("SupplantedFrame", SupplantedFrame.gate), ("LessPayChosen", LessPayChosen.gate),
            ("ComparativeMotive", ComparativeMotive.gate), ("DeclinedOffer", DeclinedOffer.gate),
            ("NegatedComparison", NegatedComparison.gate), ("NotALuxury", NotALuxury.gate), ("PricelessFrame", PricelessFrame.gate),
            ("RewardInKind", RewardInKind.gate), ("LikedWork", LikedWork.gate),
        ]
        var opened: [String: Int] = [:]
        for tokens in Self.sentences() {
            let text = tokens.map(\.text).joined(separator: " ")
            scorer.analyze(tokens, into: &gated)
            let first = scorer.sums(&gated, tokens: tokens, explain: true)
            scorer.analyze(tokens, into: &ungated, gated: false)
            let all = scorer.sums(&ungated, tokens: tokens, explain: true)
            XCTAssertEqual(first.positive, all.positive, text)
            XCTAssertEqual(first.negative, all.negative, text)
            XCTAssertEqual(first.explanation, all.explanation, text)
            XCTAssertEqual(Array(gated.valence), Array(ungated.valence), text)
            XCTAssertEqual(Array(gated.rules), Array(ungated.rules), text)
            XCTAssertEqual(Array(gated.negatedBy), Array(ungated.negatedBy), text)
            XCTAssertEqual(gated.corrective.map { $0.map { "\($0)" } }, ungated.corrective.map { $0.map { "\($0)" } }, text)
            XCTAssertEqual(gated.consumedNegators, ungated.consumedNegators, text)
            XCTAssertEqual(gated.consumedContrasts, ungated.consumedContrasts, text)
            XCTAssertEqual(ContrastClause.sides(of: gated), ContrastClause.sides(of: ungated), text)
            XCTAssertEqual(IronyMarker.isIronic(gated), IronyMarker.isIronic(ungated), text)
            let gatedFrames = detector.frames(of: gated, tokens: tokens[...])
            let ungatedFrames = detector.frames(of: ungated, tokens: tokens[...])
            XCTAssertEqual(gatedFrames.frames, ungatedFrames.frames, text)
            XCTAssertEqual(gatedFrames.carried.map(\.frame), ungatedFrames.carried.map(\.frame), text)
            for (name, gate) in gates {
                if gated.summary.admits(gate) { opened[name, default: 0] += 1 } else { closed[name, default: 0] += 1 }
            }
        }
        for (name, _) in gates {
            XCTAssertGreaterThan(closed[name] ?? 0, 0, "\(name)'s gate never closed")
            XCTAssertGreaterThan(opened[name] ?? 0, 0, "\(name)'s gate never opened")
        }
    }

    /// The frames15 rules: `RewardInKind` starts from the first word of a phrase in kind or of pay
    /// that is none, `LikedWork` from a liking.
    func testCueClassesOfTheRewardAndLikingRules() {
        let evoking = FrameEvokingClasses.shared
        for phrase in evoking.inKind + evoking.pseudoPay {
            XCTAssertTrue(SentimentWordClasses.of(phrase.words[0]).contains(.rewardStart), phrase.words.joined(separator: " "))
        }
        for form in ["piace", "piaceva", "amore", "amo", "adora", "amavano"] { XCTAssertTrue(SentimentWordClasses.of(form).contains(.likingCue), form) }
        XCTAssertFalse(SentimentWordClasses.of("stipendio").contains(.rewardStart))
        XCTAssertFalse(SentimentWordClasses.of("stipendio").contains(.likingCue))
        let analyzer = SentimentAnalyzer()
        let evoked = [
            ("Al festival i musicisti vengono ricompensati con tanta visibilità.", RewardInKind.name),
            ("Mi piace insegnare, ma con questa paga non si vive.", LikedWork.name),
        ]
        for (sentence, rule) in evoked {
            let frames = analyzer.analyze(sentence).sentences.first?.frames ?? [:]
            XCTAssertTrue(frames.values.contains { $0.evidence.contains { $0.rule == rule } }, "\(sentence): \(frames)")
        }
    }
}
