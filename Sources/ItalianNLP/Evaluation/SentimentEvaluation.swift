import Foundation

/// Scores the sentiment analyzer on the evaluation sets the project uses:
///
/// - **SENTIPOLC 2016** (EVALITA, Italian tweets): the task's official polarity score, the mean
///   over the positive and the negative subtask of the average F1 of that subtask's two classes
///   (present / absent), with the `opos` and `oneg` columns as gold. A mixed tweet is both
///   positive and negative; the analyzer predicts positive for the labels positive and mixed,
///   negative for negative and mixed.
/// - **EmotivITA** (EVALITA 2023): Pearson's r between the document score and the mean valence
///   (column `V`).
/// - **The frame fixture** (Fixtures/frames/*.jsonl): for each frame, *presence F1* is the F1 of
///   the class "present" (a frame is predicted present when its document salience reaches
///   `FrameScore.presenceThreshold`); *stance F1* is the macro-F1 over the classes −1 and +1,
///   computed on the sentences where the gold frame is present (a predicted stance is the sign of
///   the frame's stance, 0 when |stance| < 0.05 or the frame is predicted absent; gold 0 and
///   predicted 0 count only as the other classes' false negatives and false positives). Both
///   are then averaged over the frames the fixture labels.
public enum SentimentEvaluation {
    // MARK: SENTIPOLC

    /// The SENTIPOLC 2016 polarity result.
    public struct SentipolcResult: Sendable, Hashable {
        /// Tweets scored.
        public let count: Int
        /// F1 of "positive present" and "positive absent", and their mean.
        public let positivePresentF1: Double, positiveAbsentF1: Double, positiveF1: Double
        /// F1 of "negative present" and "negative absent", and their mean.
        public let negativePresentF1: Double, negativeAbsentF1: Double, negativeF1: Double
        /// The official score: the mean of `positiveF1` and `negativeF1`.
        public let score: Double
    }

    /// Scores the analyzer on a SENTIPOLC 2016 CSV (columns idtwitter, subj, opos, oneg, iro,
    /// lpos, lneg, top, text).
    public static func sentipolc(csv: String, analyzer: SentimentAnalyzer) throws -> SentipolcResult {
        let table = CSVTable(text: csv)
        guard let text = table.column("text"), let opos = table.column("opos"), let oneg = table.column("oneg") else {
            throw SentimentEvaluationError.missingColumns("text, opos, oneg")
        }
        var positive = BinaryCounts()
        var negative = BinaryCounts()
        for row in table.rows where row.count > max(text, opos, oneg) {
            let label = analyzer.analyze(row[text]).sentiment.label
            positive.add(gold: row[opos] == "1", predicted: label == .positive || label == .mixed)
            negative.add(gold: row[oneg] == "1", predicted: label == .negative || label == .mixed)
        }
        let positiveF1 = (positive.presentF1 + positive.absentF1) / 2
        let negativeF1 = (negative.presentF1 + negative.absentF1) / 2
        return SentipolcResult(
            count: positive.total,
            positivePresentF1: positive.presentF1, positiveAbsentF1: positive.absentF1, positiveF1: positiveF1,
            negativePresentF1: negative.presentF1, negativeAbsentF1: negative.absentF1, negativeF1: negativeF1,
            score: (positiveF1 + negativeF1) / 2)
    }

    // MARK: EmotivITA

    /// The EmotivITA valence result.
    public struct EmotivitaResult: Sendable, Hashable {
        /// Sentences scored.
        public let count: Int
        /// Pearson's r between the document score and the gold valence.
        public let pearson: Double
    }

    /// Scores the analyzer on an EmotivITA CSV (columns id, text, V, A, D).
    public static func emotivita(csv: String, analyzer: SentimentAnalyzer) throws -> EmotivitaResult {
        let table = CSVTable(text: csv)
        guard let text = table.column("text"), let valence = table.column("V") else {
            throw SentimentEvaluationError.missingColumns("text, V")
        }
        var predicted: [Double] = []
        var gold: [Double] = []
        for row in table.rows where row.count > max(text, valence) {
            guard let value = Double(row[valence]) else { continue }
            predicted.append(analyzer.analyze(row[text]).sentiment.score)
            gold.append(value)
        }
        return EmotivitaResult(count: gold.count, pearson: pearson(predicted, gold))
    }

    /// Pearson's correlation coefficient (0 when either side is constant).
    public static func pearson(_ x: [Double], _ y: [Double]) -> Double {
        let n = Double(min(x.count, y.count))
        guard n > 1 else { return 0 }
        let meanX = x.reduce(0, +) / n
        let meanY = y.reduce(0, +) / n
        var covariance = 0.0, varianceX = 0.0, varianceY = 0.0
        for (a, b) in zip(x, y) {
            covariance += (a - meanX) * (b - meanY)
            varianceX += (a - meanX) * (a - meanX)
            varianceY += (b - meanY) * (b - meanY)
        }
        guard varianceX > 0, varianceY > 0 else { return 0 }
        return covariance / (varianceX * varianceY).squareRoot()
    }

    // MARK: Frame fixture

    /// Presence and stance scores of one frame on the fixture.
    public struct FrameResult: Sendable, Hashable {
        /// The frame's name ("mission", "money").
        public let frame: String
        /// F1 of the class "present".
        public let presenceF1: Double
        /// Macro-F1 over stance −1 and +1 on the sentences where the gold frame is present.
        public let stanceF1: Double
        /// Sentences with the gold frame present.
        public let goldPresent: Int
    }

    /// The frame fixture result.
    public struct FrameFixtureResult: Sendable, Hashable {
        /// The fixture's sentences.
        public let count: Int
        /// One result per frame.
        public let frames: [FrameResult]
        /// Mean presence F1 over the frames.
        public var presenceF1: Double { frames.isEmpty ? 0 : frames.map(\.presenceF1).reduce(0, +) / Double(frames.count) }
        /// Mean stance F1 over the frames.
        public var stanceF1: Double { frames.isEmpty ? 0 : frames.map(\.stanceF1).reduce(0, +) / Double(frames.count) }
        /// The items the analyzer got wrong: id, frame, gold (present, stance), predicted (present, stance).
        public let errors: [FrameError]
    }

    /// One disagreement with the fixture.
    public struct FrameError: Sendable, Hashable {
        /// The fixture sentence's id.
        public let id: String
        /// The sentence.
        public let text: String
        /// The frame the analyzer got wrong.
        public let frame: String
        /// The annotation: whether the frame is present, and its stance (−1, 0, 1).
        public let gold: (present: Bool, stance: Int)
        /// What the analyzer said, in the same terms.
        public let predicted: (present: Bool, stance: Int)

        /// Two errors are the same when they are about the same sentence and frame.
        public static func == (lhs: FrameError, rhs: FrameError) -> Bool {
            lhs.id == rhs.id && lhs.frame == rhs.frame
        }

        /// Hashes the sentence id and the frame, as `==` compares them.
        public func hash(into hasher: inout Hasher) {
            hasher.combine(id)
            hasher.combine(frame)
        }
    }

    /// Scores the analyzer on a frame fixture in JSON Lines: `{"id", "text", "frames": {name:
    /// {"present", "stance"}}}`.
    public static func frames(jsonl: String, analyzer: SentimentAnalyzer) throws -> FrameFixtureResult {
        var names: [String] = []
        var presence: [String: BinaryCounts] = [:]
        var stance: [String: StanceCounts] = [:]
        var errors: [FrameError] = []
        var count = 0
        for (number, line) in jsonl.split(separator: "\n").enumerated() where !line.allSatisfy(\.isWhitespace) {
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let text = object["text"] as? String, let frames = object["frames"] as? [String: Any]
            else {
                throw SentimentEvaluationError.badLine(number + 1)
            }
            count += 1
            let id = object["id"] as? String ?? String(number + 1)
            let analysis = analyzer.analyze(text)
            for name in frames.keys.sorted() {
                guard let gold = frames[name] as? [String: Any] else { continue }
                if !names.contains(name) { names.append(name) }
                let goldPresent = gold["present"] as? Bool ?? false
                let goldStance = (gold["stance"] as? NSNumber)?.intValue ?? 0
                let score = analysis.frames[name]
                let predictedPresent = score?.isPresent ?? false
                let predictedStance = predictedPresent ? sign(score?.stance ?? 0) : 0
                presence[name, default: BinaryCounts()].add(gold: goldPresent, predicted: predictedPresent)
                if goldPresent { stance[name, default: StanceCounts()].add(gold: goldStance, predicted: predictedStance) }
                if goldPresent != predictedPresent || (goldPresent && goldStance != predictedStance) {
                    errors.append(FrameError(id: id, text: text, frame: name, gold: (goldPresent, goldStance), predicted: (predictedPresent, predictedStance)))
                }
            }
        }
        let results = names.map { name in
            FrameResult(
                frame: name, presenceF1: presence[name]?.presentF1 ?? 0, stanceF1: stance[name]?.macroF1 ?? 0,
                goldPresent: presence[name]?.goldPresent ?? 0)
        }
        return FrameFixtureResult(count: count, frames: results, errors: errors)
    }

    static func sign(_ value: Double) -> Int {
        value > 0.05 ? 1 : value < -0.05 ? -1 : 0
    }

    // MARK: Counting

    struct BinaryCounts {
        var truePositive = 0, falsePositive = 0, falseNegative = 0, trueNegative = 0
        var total: Int { truePositive + falsePositive + falseNegative + trueNegative }
        var goldPresent: Int { truePositive + falseNegative }

        mutating func add(gold: Bool, predicted: Bool) {
            switch (gold, predicted) {
            case (true, true): truePositive += 1
            case (false, true): falsePositive += 1
            case (true, false): falseNegative += 1
            case (false, false): trueNegative += 1
            }
        }

        var presentF1: Double { f1(truePositive, falsePositive, falseNegative) }
        var absentF1: Double { f1(trueNegative, falseNegative, falsePositive) }
    }

    struct StanceCounts {
        var pairs: [(gold: Int, predicted: Int)] = []

        mutating func add(gold: Int, predicted: Int) { pairs.append((gold, predicted)) }

        var macroF1: Double {
            let scores = [-1, 1].map { label -> Double in
                let tp = pairs.filter { $0.gold == label && $0.predicted == label }.count
                let fp = pairs.filter { $0.gold != label && $0.predicted == label }.count
                let fn = pairs.filter { $0.gold == label && $0.predicted != label }.count
                return f1(tp, fp, fn)
            }
            return scores.reduce(0, +) / 2
        }
    }

    static func f1(_ tp: Int, _ fp: Int, _ fn: Int) -> Double {
        let denominator = 2 * tp + fp + fn
        return denominator == 0 ? 1 : Double(2 * tp) / Double(denominator)
    }
}

/// An evaluation file that could not be read.
public enum SentimentEvaluationError: Error, Sendable, CustomStringConvertible {
    /// The CSV header lacks the named columns.
    case missingColumns(String)
    /// The line with this number (from 1) is not a fixture object.
    case badLine(Int)

    /// What went wrong, in a sentence.
    public var description: String {
        switch self {
        case .missingColumns(let columns): return "the CSV file lacks the columns \(columns)"
        case .badLine(let line): return "line \(line) is not a fixture object"
        }
    }
}

/// A comma-separated file as RFC 4180 writes it: a header row, fields in double quotes when they
/// hold commas, quotes ("" inside) or line breaks.
struct CSVTable {
    let header: [String]
    let rows: [[String]]

    init(text: String) {
        var rows: [[String]] = []
        var row: [String] = []
        var field = String.UnicodeScalarView()
        var quoted = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let scalar = pending { pending = nil; return scalar }
            return iterator.next()
        }
        while let scalar = next() {
            if quoted {
                if scalar == "\"" {
                    if let following = next() {
                        if following == "\"" { field.append("\"") } else { quoted = false; pending = following }
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty:
                quoted = true
            case ",":
                row.append(String(field))
                field = String.UnicodeScalarView()
            case "\n":
                row.append(String(field))
                field = String.UnicodeScalarView()
                rows.append(row)
                row = []
            case "\r":
                continue
            default:
                field.append(scalar)
            }
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(String(field))
            rows.append(row)
        }
        header = rows.first ?? []
        self.rows = Array(rows.dropFirst())
    }

    func column(_ name: String) -> Int? {
        header.firstIndex(of: name)
    }
}
