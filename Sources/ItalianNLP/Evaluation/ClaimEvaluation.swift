/// Scores claim extraction against the gold documents of the test corpus, as Fixtures/README.md
/// defines it.
///
/// - A predicted claim **matches** a gold claim when their contents overlap and the prediction
///   covers at least the threshold (0.3, and separately 0.8) of the gold content span, counted
///   in Unicode scalars. Matching is one-to-one and greedy, best coverage first (ties: the
///   tighter prediction, then document order).
/// - Precision, recall and F1 are over claims, at each threshold.
/// - On the claims matched at 0.3: **cue accuracy** (the cue spans overlap, or both are nil) and
///   **source accuracy** (equal after ``normalizeSource(_:)``, or both nil); also, beyond the
///   README, kind, negated and hedged accuracy.
/// - Per kind: recall by the gold claim's kind, precision by the predicted claim's kind, cue and
///   source accuracy by the gold claim's kind.
/// - Quotations: a gold quotation matches a predicted one with the identical content span; role
///   accuracy is over matched quotations.
public enum ClaimEvaluation {
    /// The loose threshold: a prediction must cover 30% of the gold content.
    public static let looseThreshold = 0.3
    /// The strict threshold: a prediction must cover 80% of the gold content.
    public static let strictThreshold = 0.8

    /// A gold claim (or quotation) matched to a predicted one.
    public struct Match: Sendable, Hashable, Codable {
        /// The index of the gold item in its document.
        public let gold: Int
        /// The index of the predicted item in its document.
        public let predicted: Int
        /// The share of the gold content the prediction covers, in 0…1.
        public let coverage: Double

        /// Creates a match.
        public init(gold: Int, predicted: Int, coverage: Double) {
            self.gold = gold
            self.predicted = predicted
            self.coverage = coverage
        }
    }

    // MARK: - Whole corpus

    /// Runs `extractor` on every document and scores its claims and quotations.
    public static func evaluate(documents: [ClaimGoldDocument], extractor: ClaimExtractor) -> ClaimScores {
        evaluate(documents: documents) { document in
            let result = extractor.extract(document.text)
            return (result.claims, result.quotations)
        }
    }

    /// Scores the claims and quotations `predict` returns for each document (spans must point
    /// into the document's text).
    public static func evaluate(
        documents: [ClaimGoldDocument],
        predict: (ClaimGoldDocument) throws -> (claims: [Claim], quotations: [Quotation])
    ) rethrows -> ClaimScores {
        var evaluations: [ClaimDocumentEvaluation] = []
        evaluations.reserveCapacity(documents.count)
        for document in documents {
            let (claims, quotations) = try predict(document)
            evaluations.append(evaluate(document: document, claims: claims, quotations: quotations))
        }
        return scores(evaluations)
    }

    /// Aggregates document evaluations into scores per split ("dev", "blind", any other split in
    /// alphabetical order, then "all").
    public static func scores(_ evaluations: [ClaimDocumentEvaluation]) -> ClaimScores {
        var bySplit: [String: Tally] = [:]
        var all = Tally()
        for evaluation in evaluations {
            bySplit[evaluation.document.split, default: Tally()].add(evaluation)
            all.add(evaluation)
        }
        let known = ["dev", "blind"]
        let others = bySplit.keys.filter { !known.contains($0) && $0 != "all" }.sorted()
        var splits: [ClaimScores.Split] = []
        for name in known + others {
            if let tally = bySplit[name] { splits.append(tally.scores(split: name)) }
        }
        splits.append(all.scores(split: "all"))
        return ClaimScores(
            thresholds: ClaimScores.Thresholds(loose: looseThreshold, strict: strictThreshold),
            splits: splits,
            documents: evaluations.map(\.report))
    }

    // MARK: - One document

    /// Matches the predictions of one document against its gold annotation.
    public static func evaluate(document: ClaimGoldDocument, claims: [Claim], quotations: [Quotation] = [])
        -> ClaimDocumentEvaluation
    {
        let goldContents = document.claims.map(\.content.scalars)
        let predictedContents = claims.map(\.content.scalars)
        let loose = match(gold: goldContents, predicted: predictedContents, threshold: looseThreshold)
        let strict = match(gold: goldContents, predicted: predictedContents, threshold: strictThreshold)
        let quotationMatches = matchQuotations(gold: document.quotations.map(\.content.scalars), predicted: quotations.map(\.content.scalars))
        return ClaimDocumentEvaluation(
            document: document, claims: claims, quotations: quotations, looseMatches: loose, strictMatches: strict,
            quotationMatches: quotationMatches)
    }

    // MARK: - The pieces of the metric

    /// The share of `gold` that `predicted` covers, in Unicode scalars: 0 when they do not
    /// overlap or `gold` is empty.
    public static func coverage(gold: Range<Int>, predicted: Range<Int>) -> Double {
        guard !gold.isEmpty else { return 0 }
        let overlap = min(gold.upperBound, predicted.upperBound) - max(gold.lowerBound, predicted.lowerBound)
        return overlap > 0 ? Double(overlap) / Double(gold.count) : 0
    }

    /// Greedy one-to-one matching of predicted content spans to gold content spans: every pair
    /// that overlaps with coverage ≥ `threshold` is a candidate; candidates are taken best
    /// coverage first (ties: the prediction with less text outside the gold span, then gold
    /// order, then prediction order), skipping any whose gold or prediction is already taken.
    /// The result is sorted by gold index.
    public static func match(gold: [Range<Int>], predicted: [Range<Int>], threshold: Double) -> [Match] {
        struct Candidate {
            let gold: Int
            let predicted: Int
            let coverage: Double
            let precision: Double
        }
        var candidates: [Candidate] = []
        for (goldIndex, goldSpan) in gold.enumerated() {
            for (predictedIndex, predictedSpan) in predicted.enumerated() {
                let covered = coverage(gold: goldSpan, predicted: predictedSpan)
                guard covered > 0, covered >= threshold else { continue }
                let precision = coverage(gold: predictedSpan, predicted: goldSpan)
                candidates.append(Candidate(gold: goldIndex, predicted: predictedIndex, coverage: covered, precision: precision))
            }
        }
        candidates.sort {
            if $0.coverage != $1.coverage { return $0.coverage > $1.coverage }
            if $0.precision != $1.precision { return $0.precision > $1.precision }
            if $0.gold != $1.gold { return $0.gold < $1.gold }
            return $0.predicted < $1.predicted
        }
        var goldTaken = Set<Int>()
        var predictedTaken = Set<Int>()
        var matches: [Match] = []
        for candidate in candidates where !goldTaken.contains(candidate.gold) && !predictedTaken.contains(candidate.predicted) {
            goldTaken.insert(candidate.gold)
            predictedTaken.insert(candidate.predicted)
            matches.append(Match(gold: candidate.gold, predicted: candidate.predicted, coverage: candidate.coverage))
        }
        return matches.sorted { $0.gold < $1.gold }
    }

    /// One-to-one matching of quotations with identical content spans.
    public static func matchQuotations(gold: [Range<Int>], predicted: [Range<Int>]) -> [Match] {
        var available: [Range<Int>: [Int]] = [:]
        for (index, span) in predicted.enumerated() { available[span, default: []].append(index) }
        var matches: [Match] = []
        for (index, span) in gold.enumerated() {
            guard var indices = available[span], !indices.isEmpty else { continue }
            matches.append(Match(gold: index, predicted: indices.removeFirst(), coverage: 1))
            available[span] = indices
        }
        return matches
    }

    /// Whether a predicted cue counts as correct: both nil, or both present and overlapping.
    public static func cueMatches(gold: TextSpan?, predicted: TextSpan?) -> Bool {
        switch (gold, predicted) {
        case (nil, nil): return true
        case let (gold?, predicted?): return coverage(gold: gold.scalars, predicted: predicted.scalars) > 0
        default: return false
        }
    }

    /// Whether a predicted source counts as correct: both nil, or equal once normalised.
    public static func sourceMatches(gold: String?, predicted: String?) -> Bool {
        switch (gold, predicted) {
        case (nil, nil): return true
        case let (gold?, predicted?): return normalizeSource(gold) == normalizeSource(predicted)
        default: return false
        }
    }

    /// A source name as it is compared: case folded, typographic apostrophes made straight,
    /// trimmed, without a leading article (il, lo, la, i, gli, le, l', un, una, un') and with
    /// runs of whitespace collapsed to one space. "Il ministro  dell’Interno" and
    /// "ministro dell'interno" both become "ministro dell'interno". An article that is the whole
    /// name stays.
    public static func normalizeSource(_ source: String) -> String {
        var folded = String.UnicodeScalarView()
        for scalar in source.lowercased().unicodeScalars {
            switch scalar {
            case "\u{2019}", "\u{2018}", "\u{02BC}", "\u{0060}", "\u{00B4}": folded.append("'")
            default: folded.append(scalar)
            }
        }
        var words = String(folded).split(whereSeparator: { $0.isWhitespace }).map(String.init)
        if let first = words.first, words.count > 1, ["il", "lo", "la", "i", "gli", "le", "un", "una"].contains(first) {
            words.removeFirst()
        } else if let first = words.first {
            for article in ["l'", "un'"] where first.hasPrefix(article) {
                let rest = String(first.dropFirst(article.count))
                if rest.isEmpty {
                    if words.count > 1 { words.removeFirst() }
                } else {
                    words[0] = rest
                }
                break
            }
        }
        return words.joined(separator: " ")
    }

    // MARK: - Aggregation

    /// Running counts for one split.
    struct Tally {
        struct Counts {
            var gold = 0
            var predicted = 0
            var looseGold = 0
            var loosePredicted = 0
            var strictGold = 0
            var strictPredicted = 0
            var matched = 0
            var cue = 0
            var source = 0
            var kind = 0
            var negated = 0
            var hedged = 0

            func prf(loose: Bool) -> ClaimScores.PRF {
                ClaimScores.PRF(
                    gold: gold, predicted: predicted, matchedGold: loose ? looseGold : strictGold,
                    matchedPredicted: loose ? loosePredicted : strictPredicted)
            }
        }

        var documents = 0
        var counts = Counts()
        var kinds: [ClaimKind: Counts] = [:]
        var quotationGold = 0
        var quotationPredicted = 0
        var quotationMatched = 0
        var quotationRole = 0

        mutating func add(_ evaluation: ClaimDocumentEvaluation) {
            documents += 1
            let gold = evaluation.document.claims
            let predicted = evaluation.claims
            counts.gold += gold.count
            counts.predicted += predicted.count
            for claim in gold { kinds[claim.kind, default: Counts()].gold += 1 }
            for claim in predicted { kinds[claim.kind, default: Counts()].predicted += 1 }
            for match in evaluation.looseMatches {
                let goldClaim = gold[match.gold]
                let predictedClaim = predicted[match.predicted]
                counts.looseGold += 1
                counts.loosePredicted += 1
                kinds[goldClaim.kind, default: Counts()].looseGold += 1
                kinds[predictedClaim.kind, default: Counts()].loosePredicted += 1
                let cue = ClaimEvaluation.cueMatches(gold: goldClaim.cue, predicted: predictedClaim.cue)
                let source = ClaimEvaluation.sourceMatches(gold: goldClaim.source, predicted: predictedClaim.source)
                counts.matched += 1
                kinds[goldClaim.kind, default: Counts()].matched += 1
                if cue {
                    counts.cue += 1
                    kinds[goldClaim.kind, default: Counts()].cue += 1
                }
                if source {
                    counts.source += 1
                    kinds[goldClaim.kind, default: Counts()].source += 1
                }
                if goldClaim.kind == predictedClaim.kind {
                    counts.kind += 1
                    kinds[goldClaim.kind, default: Counts()].kind += 1
                }
                if goldClaim.negated == predictedClaim.negated {
                    counts.negated += 1
                    kinds[goldClaim.kind, default: Counts()].negated += 1
                }
                if goldClaim.hedged == predictedClaim.hedged {
                    counts.hedged += 1
                    kinds[goldClaim.kind, default: Counts()].hedged += 1
                }
            }
            for match in evaluation.strictMatches {
                counts.strictGold += 1
                counts.strictPredicted += 1
                kinds[gold[match.gold].kind, default: Counts()].strictGold += 1
                kinds[predicted[match.predicted].kind, default: Counts()].strictPredicted += 1
            }
            quotationGold += evaluation.document.quotations.count
            quotationPredicted += evaluation.quotations.count
            quotationMatched += evaluation.quotationMatches.count
            for match in evaluation.quotationMatches
            where evaluation.document.quotations[match.gold].role == evaluation.quotations[match.predicted].role {
                quotationRole += 1
            }
        }

        func scores(split: String) -> ClaimScores.Split {
            func accuracies(_ counts: Counts) -> (cue: ClaimScores.Accuracy, source: ClaimScores.Accuracy) {
                (ClaimScores.Accuracy(correct: counts.cue, total: counts.matched),
                 ClaimScores.Accuracy(correct: counts.source, total: counts.matched))
            }
            let overall = accuracies(counts)
            let kindScores = ClaimKind.allCases.map { kind -> ClaimScores.KindScores in
                let kindCounts = kinds[kind] ?? Counts()
                let figures = accuracies(kindCounts)
                return ClaimScores.KindScores(
                    kind: kind, gold: kindCounts.gold, predicted: kindCounts.predicted,
                    loose: kindCounts.prf(loose: true), strict: kindCounts.prf(loose: false),
                    cue: figures.cue, source: figures.source,
                    kindAgreement: ClaimScores.Accuracy(correct: kindCounts.kind, total: kindCounts.matched))
            }
            return ClaimScores.Split(
                split: split, documents: documents, gold: counts.gold, predicted: counts.predicted,
                loose: counts.prf(loose: true), strict: counts.prf(loose: false),
                cue: overall.cue, source: overall.source,
                kind: ClaimScores.Accuracy(correct: counts.kind, total: counts.matched),
                negated: ClaimScores.Accuracy(correct: counts.negated, total: counts.matched),
                hedged: ClaimScores.Accuracy(correct: counts.hedged, total: counts.matched),
                kinds: kindScores,
                quotations: ClaimScores.Quotations(
                    gold: quotationGold, predicted: quotationPredicted, matched: quotationMatched,
                    role: ClaimScores.Accuracy(correct: quotationRole, total: quotationMatched)))
        }
    }
}

/// The predictions of one document matched against its gold annotation.
public struct ClaimDocumentEvaluation: Sendable {
    /// The gold document.
    public let document: ClaimGoldDocument
    /// The predicted claims.
    public let claims: [Claim]
    /// The predicted quotations.
    public let quotations: [Quotation]
    /// Gold and predicted claims matched at the loose threshold (0.3), by gold index.
    public let looseMatches: [ClaimEvaluation.Match]
    /// Gold and predicted claims matched at the strict threshold (0.8), by gold index.
    public let strictMatches: [ClaimEvaluation.Match]
    /// Gold and predicted quotations with identical content spans, by gold index.
    public let quotationMatches: [ClaimEvaluation.Match]

    /// Creates an evaluation from its matches.
    public init(
        document: ClaimGoldDocument, claims: [Claim], quotations: [Quotation], looseMatches: [ClaimEvaluation.Match],
        strictMatches: [ClaimEvaluation.Match], quotationMatches: [ClaimEvaluation.Match]
    ) {
        self.document = document
        self.claims = claims
        self.quotations = quotations
        self.looseMatches = looseMatches
        self.strictMatches = strictMatches
        self.quotationMatches = quotationMatches
    }

    /// The document's errors, for debugging rules.
    public var report: ClaimScores.DocumentReport {
        let text = document.text
        func summary(_ claim: ClaimGoldDocument.GoldClaim) -> ClaimScores.ClaimSummary {
            ClaimScores.ClaimSummary(
                kind: claim.kind, source: claim.source, speaker: claim.speaker.map { String(text[$0.range]) },
                cue: claim.cue.map { String(text[$0.range]) }, content: String(text[claim.content.range]),
                start: claim.content.scalars.lowerBound, end: claim.content.scalars.upperBound,
                negated: claim.negated, hedged: claim.hedged, rule: nil, confidence: nil)
        }
        func summary(_ claim: Claim) -> ClaimScores.ClaimSummary {
            ClaimScores.ClaimSummary(
                kind: claim.kind, source: claim.source, speaker: claim.speaker.map { String(text[$0.range]) },
                cue: claim.cue.map { String(text[$0.range]) }, content: String(text[claim.content.range]),
                start: claim.content.scalars.lowerBound, end: claim.content.scalars.upperBound,
                negated: claim.negated, hedged: claim.hedged, rule: claim.rule, confidence: claim.confidence)
        }

        let matchedGold = Set(looseMatches.map(\.gold))
        let matchedPredicted = Set(looseMatches.map(\.predicted))
        let missed = document.claims.indices.filter { !matchedGold.contains($0) }.map { summary(document.claims[$0]) }
        let spurious = claims.indices.filter { !matchedPredicted.contains($0) }.map { summary(claims[$0]) }

        var partial: [ClaimScores.MatchSummary] = []
        var attributes: [ClaimScores.MatchSummary] = []
        for match in looseMatches {
            let gold = document.claims[match.gold]
            let predicted = claims[match.predicted]
            if match.coverage < ClaimEvaluation.strictThreshold {
                partial.append(
                    ClaimScores.MatchSummary(gold: summary(gold), predicted: summary(predicted), coverage: match.coverage, problems: ["coverage"]))
            }
            var problems: [String] = []
            if !ClaimEvaluation.cueMatches(gold: gold.cue, predicted: predicted.cue) { problems.append("cue") }
            if !ClaimEvaluation.sourceMatches(gold: gold.source, predicted: predicted.source) { problems.append("source") }
            if gold.kind != predicted.kind { problems.append("kind") }
            if gold.negated != predicted.negated { problems.append("negated") }
            if gold.hedged != predicted.hedged { problems.append("hedged") }
            if !problems.isEmpty {
                attributes.append(
                    ClaimScores.MatchSummary(gold: summary(gold), predicted: summary(predicted), coverage: match.coverage, problems: problems))
            }
        }

        var quotationErrors: [ClaimScores.QuotationSummary] = []
        let quotationGold = Set(quotationMatches.map(\.gold))
        let quotationPredicted = Set(quotationMatches.map(\.predicted))
        for (index, quotation) in document.quotations.enumerated() where !quotationGold.contains(index) {
            quotationErrors.append(
                ClaimScores.QuotationSummary(
                    text: String(text[quotation.content.range]), start: quotation.content.scalars.lowerBound,
                    end: quotation.content.scalars.upperBound, gold: quotation.role, predicted: nil))
        }
        for (index, quotation) in quotations.enumerated() where !quotationPredicted.contains(index) {
            quotationErrors.append(
                ClaimScores.QuotationSummary(
                    text: String(text[quotation.content.range]), start: quotation.content.scalars.lowerBound,
                    end: quotation.content.scalars.upperBound, gold: nil, predicted: quotation.role))
        }
        for match in quotationMatches {
            let gold = document.quotations[match.gold]
            let predicted = quotations[match.predicted]
            if gold.role != predicted.role {
                quotationErrors.append(
                    ClaimScores.QuotationSummary(
                        text: String(text[gold.content.range]), start: gold.content.scalars.lowerBound,
                        end: gold.content.scalars.upperBound, gold: gold.role, predicted: predicted.role))
            }
        }
        quotationErrors.sort { ($0.start, $0.end) < ($1.start, $1.end) }

        return ClaimScores.DocumentReport(
            name: document.name, split: document.split, gold: document.claims.count, predicted: claims.count,
            matched: looseMatches.count, missed: missed, spurious: spurious, partial: partial, attributes: attributes,
            quotations: quotationErrors)
    }
}

/// The scores of a claim extraction run over a corpus: per split, per kind, and the errors of
/// every document.
public struct ClaimScores: Sendable, Codable, Hashable {
    /// The two coverage thresholds.
    public struct Thresholds: Sendable, Codable, Hashable {
        /// 0.3.
        public let loose: Double
        /// 0.8.
        public let strict: Double
    }

    /// Precision, recall and F1 at one threshold.
    public struct PRF: Sendable, Codable, Hashable {
        /// Gold claims.
        public let gold: Int
        /// Predicted claims.
        public let predicted: Int
        /// Gold claims matched by a prediction (recall's numerator).
        public let matchedGold: Int
        /// Predictions matched to a gold claim (precision's numerator). Equal to `matchedGold`
        /// except per kind, where a match may join claims of different kinds.
        public let matchedPredicted: Int
        /// `matchedPredicted / predicted`, or 0 without predictions.
        public let precision: Double
        /// `matchedGold / gold`, or 0 without gold claims.
        public let recall: Double
        /// The harmonic mean of precision and recall, or 0 when both are 0.
        public let f1: Double

        /// Creates the figures from their counts.
        public init(gold: Int, predicted: Int, matchedGold: Int, matchedPredicted: Int) {
            self.gold = gold
            self.predicted = predicted
            self.matchedGold = matchedGold
            self.matchedPredicted = matchedPredicted
            precision = predicted > 0 ? Double(matchedPredicted) / Double(predicted) : 0
            recall = gold > 0 ? Double(matchedGold) / Double(gold) : 0
            f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
        }
    }

    /// A share of correct answers.
    public struct Accuracy: Sendable, Codable, Hashable {
        /// Correct answers.
        public let correct: Int
        /// Answers.
        public let total: Int
        /// `correct / total`, or 0 when there are no answers.
        public let accuracy: Double

        /// Creates an accuracy from its counts.
        public init(correct: Int, total: Int) {
            self.correct = correct
            self.total = total
            accuracy = total > 0 ? Double(correct) / Double(total) : 0
        }
    }

    /// The figures of one claim kind.
    public struct KindScores: Sendable, Codable, Hashable {
        /// The kind.
        public let kind: ClaimKind
        /// Gold claims of this kind.
        public let gold: Int
        /// Predicted claims of this kind.
        public let predicted: Int
        /// At 0.3: recall over gold claims of this kind, precision over predictions of this kind.
        public let loose: PRF
        /// At 0.8, likewise.
        public let strict: PRF
        /// Cue accuracy over matched gold claims of this kind.
        public let cue: Accuracy
        /// Source accuracy over matched gold claims of this kind.
        public let source: Accuracy
        /// How often a matched gold claim of this kind was predicted with this kind.
        public let kindAgreement: Accuracy
    }

    /// Quotation figures.
    public struct Quotations: Sendable, Codable, Hashable {
        /// Gold quotations.
        public let gold: Int
        /// Predicted quotations.
        public let predicted: Int
        /// Gold quotations with a predicted quotation of identical content span.
        public let matched: Int
        /// `matched / gold`, or 0.
        public let recall: Double
        /// `matched / predicted`, or 0.
        public let precision: Double
        /// Role accuracy over matched quotations.
        public let role: Accuracy

        /// Creates the figures from their counts.
        public init(gold: Int, predicted: Int, matched: Int, role: Accuracy) {
            self.gold = gold
            self.predicted = predicted
            self.matched = matched
            self.recall = gold > 0 ? Double(matched) / Double(gold) : 0
            self.precision = predicted > 0 ? Double(matched) / Double(predicted) : 0
            self.role = role
        }
    }

    /// The figures of one split ("dev", "blind" or "all").
    public struct Split: Sendable, Codable, Hashable {
        /// The split's name.
        public let split: String
        /// Documents.
        public let documents: Int
        /// Gold claims.
        public let gold: Int
        /// Predicted claims.
        public let predicted: Int
        /// Precision, recall and F1 at 0.3.
        public let loose: PRF
        /// Precision, recall and F1 at 0.8.
        public let strict: PRF
        /// Cue accuracy over claims matched at 0.3.
        public let cue: Accuracy
        /// Source accuracy over claims matched at 0.3.
        public let source: Accuracy
        /// Kind accuracy over claims matched at 0.3.
        public let kind: Accuracy
        /// Negation accuracy over claims matched at 0.3.
        public let negated: Accuracy
        /// Hedging accuracy over claims matched at 0.3.
        public let hedged: Accuracy
        /// The figures per kind, in ``ClaimKind`` order.
        public let kinds: [KindScores]
        /// Quotation figures.
        public let quotations: Quotations

        /// The figures of one kind; zeros for a kind the split lacks (an evaluation lists every
        /// kind, but a split decoded from JSON written elsewhere may not).
        public subscript(kind: ClaimKind) -> KindScores {
            if let scores = kinds.first(where: { $0.kind == kind }) { return scores }
            let none = PRF(gold: 0, predicted: 0, matchedGold: 0, matchedPredicted: 0)
            let noAnswers = Accuracy(correct: 0, total: 0)
            return KindScores(
                kind: kind, gold: 0, predicted: 0, loose: none, strict: none, cue: noAnswers, source: noAnswers,
                kindAgreement: noAnswers)
        }
    }

    /// A claim, as shown in error lists.
    public struct ClaimSummary: Sendable, Codable, Hashable {
        /// Its kind.
        public let kind: ClaimKind
        /// Its source.
        public let source: String?
        /// The speaker's text.
        public let speaker: String?
        /// The cue's text.
        public let cue: String?
        /// The content's text.
        public let content: String
        /// Where the content starts, in Unicode scalars.
        public let start: Int
        /// Where the content ends (exclusive), in Unicode scalars.
        public let end: Int
        /// Whether the claim is negated.
        public let negated: Bool
        /// Whether the claim is hedged.
        public let hedged: Bool
        /// The rule that produced it (predictions only).
        public let rule: String?
        /// The rule's confidence (predictions only).
        public let confidence: Double?
    }

    /// A matched pair with something wrong.
    public struct MatchSummary: Sendable, Codable, Hashable {
        /// The gold claim.
        public let gold: ClaimSummary
        /// The prediction matched to it.
        public let predicted: ClaimSummary
        /// The share of the gold content the prediction covers.
        public let coverage: Double
        /// What is wrong: "coverage" (below 0.8), "cue", "source", "kind", "negated", "hedged".
        public let problems: [String]
    }

    /// A quotation error: missed (no `predicted`), spurious (no `gold`) or with the wrong role.
    public struct QuotationSummary: Sendable, Codable, Hashable {
        /// The quotation's content.
        public let text: String
        /// Where it starts, in Unicode scalars.
        public let start: Int
        /// Where it ends (exclusive), in Unicode scalars.
        public let end: Int
        /// The gold role, nil for a spurious quotation.
        public let gold: QuotationRole?
        /// The predicted role, nil for a missed quotation.
        public let predicted: QuotationRole?
    }

    /// What went wrong in one document.
    public struct DocumentReport: Sendable, Codable, Hashable {
        /// The document's name.
        public let name: String
        /// Its split.
        public let split: String
        /// Gold claims.
        public let gold: Int
        /// Predicted claims.
        public let predicted: Int
        /// Claims matched at 0.3.
        public let matched: Int
        /// Gold claims no prediction matches at 0.3.
        public let missed: [ClaimSummary]
        /// Predictions that match no gold claim at 0.3.
        public let spurious: [ClaimSummary]
        /// Claims matched at 0.3 whose prediction covers less than 0.8 of the gold content.
        public let partial: [MatchSummary]
        /// Claims matched at 0.3 with a wrong cue, source, kind, negation or hedging.
        public let attributes: [MatchSummary]
        /// Missed, spurious and wrongly labelled quotations.
        public let quotations: [QuotationSummary]

        /// Whether the document has no error at all.
        public var isPerfect: Bool {
            missed.isEmpty && spurious.isEmpty && partial.isEmpty && attributes.isEmpty && quotations.isEmpty
        }
    }

    /// The thresholds used.
    public let thresholds: Thresholds
    /// The figures per split: "dev", "blind", any other split, then "all".
    public let splits: [Split]
    /// The errors of every document, in input order.
    public var documents: [DocumentReport]

    /// The figures of a split, when there is one of that name.
    public subscript(split name: String) -> Split? {
        splits.first { $0.split == name }
    }

    /// The figures over all documents.
    public var all: Split { splits[splits.count - 1] }
}
