import XCTest

@testable import ItalianNLP

/// The word-class bits and the fast paths behind them must answer exactly what the lists and the
/// String operations they stand for answer: the rules decide with them.
final class ClaimWordClassesTests: XCTestCase {
    /// Forms to probe: every word of every list, and forms that are in none of them.
    private var probes: [String] {
        var forms: Set<String> = ["", "rossi", "governo", "ha", "detto", "dichiarazione", "dichiarazioni", "ministra", "ministro",
            "lombardo", "bresciana", "olandese", "industrializzati", "curatore", "settore", "analisti", "insegnante",
            "pediatra", "psicologa", "scrittrice", "vicine", "tedesche", "ambiente", "e'", "é", ":", ",", "«", "x̀ale",
            "disse", "dicendolo", "fatto", "sapere", "secondo", "zuckerberg", "ex", "neo", "next"]
        forms.formUnion(SpeakerMentionFinder.articles)
        forms.formUnion(SpeakerMentionFinder.pronouns.keys)
        forms.formUnion(SpeakerMentionFinder.notNames)
        forms.formUnion(SpeakerMentionFinder.nameParticles)
        forms.formUnion(SpeakerMentionFinder.complementPrepositions)
        forms.formUnion(SpeakerMentionFinder.roleAdjectives)
        forms.formUnion(SpeakerMentionFinder.otherAdjectives)
        forms.formUnion(SpeakerMentionFinder.inanimateLookalikes)
        forms.formUnion(SpeakerLexicons.shared.roleFirstWords)
        forms.formUnion(CueFinder.clitics)
        forms.formUnion(SpeakerMentionFinder.sameAdjectives)
        forms.formUnion(CueFinder.interveningAdverbs)
        forms.formUnion(CueFinder.supportVerbs)
        forms.formUnion(CueFinder.determiners)
        forms.formUnion(CueFinder.firstWords)
        forms.formUnion(AttributionContext.phraseFirstWords)
        forms.formUnion(AttributionContext.clauseOpeners)
        forms.formUnion(AttributionContext.locativePrepositions)
        forms.formUnion(AttributionContext.fusedPrepositions)
        forms.formUnion(ReportingVerbLexicon.auxiliaryForms)
        forms.formUnion(ReportingVerbLexicon.shared.claimNounForms)
        forms.formUnion(ReportingVerbLexicon.shared.forms(ofLemma: "dire"))
        return forms.sorted()
    }

    func testEveryBitIsItsList() {
        let lexicon = ReportingVerbLexicon.shared
        for form in probes {
            let classes = ClaimWordClasses.of(form)
            let expected: [(ClaimWordClasses, Bool)] = [
                (.article, SpeakerMentionFinder.articles.contains(form)),
                (.roleFirstWord, SpeakerLexicons.shared.roleFirstWords.contains(form)),
                (.pronoun, SpeakerMentionFinder.pronouns[form] != nil),
                (.notName, SpeakerMentionFinder.notNames.contains(form)),
                (.nameParticle, SpeakerMentionFinder.nameParticles.contains(form)),
                (.complementPreposition, SpeakerMentionFinder.complementPrepositions.contains(form)),
                (.roleAdjective, SpeakerMentionFinder.roleAdjectives.contains(form)),
                (.clitic, CueFinder.clitics.contains(form)),
                (.interveningAdverb, CueFinder.interveningAdverbs.contains(form)),
                (.supportVerb, CueFinder.supportVerbs.contains(form)),
                (.determiner, CueFinder.determiners.contains(form)),
                (.multiwordCueStart, CueFinder.headForms.contains(form) || CueFinder.firstWords.contains(form)),
                (.attributionPhraseStart, AttributionContext.phraseFirstWords.contains(form)),
                (.definiteArticle, AttributionContext.definiteArticles.contains(form)),
                (.clauseOpener, AttributionContext.clauseOpeners.contains(form)),
                (.fusedPreposition, AttributionContext.fusedPrepositions.contains(form)),
                (.locativePreposition, AttributionContext.locativePrepositions.contains(form)),
                (.cueForm, !lexicon.cueForms(form).isEmpty),
                (.auxiliary, ReportingVerbLexicon.auxiliary(form) != nil),
                (.claimNoun, lexicon.claimNoun(form) != nil),
                (.clauseJoiner, AttributionContext.clauseJoiners.contains(form) || form == ":"),
                (.colon, form == ":"),
                (.rolePrefix, form == "ex" || form == "neo"),
                (.singleCharacter, form.count == 1),
                (.commonWord, CommonWords.contains(form)),
                (.placePreposition, form == "a" || form == "in" || form == "ad"),
                (.sameAdjective, SpeakerMentionFinder.sameAdjectives.contains(form)),
                (.prepositionParticle, SpeakerMentionFinder.prepositionParticles.contains(form)),
            ]
            for (bit, member) in expected {
                XCTAssertEqual(classes.contains(bit), member, "\(form) \(bit.rawValue)")
            }
        }
        XCTAssertEqual(ClaimWordClasses.of(""), [])
    }

    /// The suffix tests with their byte pre-check against plain `hasSuffix`.
    func testSuffixTestsAgreeWithHasSuffix() {
        func slowAdjective(_ form: String) -> Bool {
            if SpeakerMentionFinder.otherAdjectives.contains(form) || SpeakerMentionFinder.roleAdjectives.contains(form) { return true }
            guard form.count >= 5, SpeakerMentionFinder.adjectiveEndings.contains(where: { form.hasSuffix($0) }) else { return false }
            if SpeakerMentionFinder.notNames.contains(form) || SpeakerMentionFinder.articles.contains(form)
                || CueFinder.interveningAdverbs.contains(form) || AttributionContext.clauseOpeners.contains(form)
                || MultiwordExpansion.infinitives.contains(form)
            {
                return false
            }
            return ReportingVerbLexicon.shared.cueForms(form).isEmpty && ReportingVerbLexicon.auxiliary(form) == nil
        }
        func slowPersonSuffix(_ form: String) -> (Bool, Bool)? {
            guard form.count >= 6, !SpeakerMentionFinder.inanimateLookalikes.contains(form) else { return nil }
            for (suffix, plural) in SpeakerMentionFinder.personSuffixes where form.hasSuffix(suffix) {
                return (plural, suffix.hasSuffix("trice") || suffix.hasSuffix("trici"))
            }
            return nil
        }
        // Decomposed accents before and inside an ending, and a combining mark after it.
        // A Prepend mark (U+0600) joins the ending's first letter into one Character.
        let extra = ["romane\u{0300}", "lombardo\u{0301}", "citta\u{0300}", "ita\u{0300}liana", "italiana", "curatrice", "curatrici",
            "xx\u{0600}ale", "roma\u{0600}ano", "cura\u{0600}tore", "ale", "tore"]
        for form in probes + extra {
            XCTAssertEqual(SpeakerMentionFinder.isAdjectiveLikeForm(form), slowAdjective(form), form)
            let fast = SpeakerMentionFinder.personSuffix(of: form)
            let slow = slowPersonSuffix(form)
            XCTAssertEqual(fast?.plural, slow?.0, form)
            XCTAssertEqual(fast?.feminine, slow?.1, form)
        }
    }

    func testLowercasedWordsAgreeWithSplitting() {
        let names = ["Mark Zuckerberg", "  Anna  Neri ", "Nicolò Barella", "ISTAT", "Times of India", "", " ", "Dott. Rossi",
            "A\u{0301} B", "Ca\r\nSa", "Maria  De Rossi ", "ÉLISE Dupont", "x"]
        for name in names {
            XCTAssertEqual(EntityRegistry.lowercasedWords(name), name.split(separator: " ").map { String($0).lowercased() }, name)
            let words = EntityRegistry.lowercasedWords(name)
            let joined = EntityRegistry.LowercasedName(name)
            XCTAssertEqual(joined.full, words.joined(separator: " "), name)
            XCTAssertEqual(joined.wordCount, words.count, name)
            XCTAssertEqual(joined.first, words.first, name)
            XCTAssertEqual(joined.last, words.last, name)
        }
    }

    /// `isHeading` and the quotation finder look for a line break with a byte scan where they
    /// asked `contains("\n")`: both must agree, carriage returns and combining marks included.
    func testLineFeedScanAgreesWithContains() {
        let texts = ["a b", "a\nb", "a\r\nb", "\r\n", "\r", "\n\u{0301}", " \n\u{0301} ", " \u{2028} ", "«\n»", "", "\n",
            "\n\n", " \r\n\t", "é\n", "\u{0301}\n"]
        for text in texts {
            let slice = text[...]
            XCTAssertEqual(ClaimDocument.containsLineFeed(slice), slice.contains("\n"), text.debugDescription)
        }
    }

    func testCommonWordsReadTheFirstColumnAsTheTableDoes() {
        let text = EmbeddedLexiconData.files["sentiment/polarity.tsv"] ?? ""
        XCTAssertFalse(text.isEmpty)
        let table = Set(TSVTable(text: text).rows.map { String($0.column(0)) })
        XCTAssertEqual(CommonWords.firstColumn(of: text), table)
        let sample = "# a\tb\nuno\tx\n\ndue\n#tre\tq\nquattro\t\tz\n"
        XCTAssertEqual(CommonWords.firstColumn(of: sample), Set(TSVTable(text: sample).rows.map { String($0.column(0)) }))
    }
}
