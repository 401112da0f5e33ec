import ArgumentParser
import Foundation
import ItalianNLP

/// `itnlp eval-sentiment`: SENTIPOLC 2016, EmotivITA and the frame fixture, beside published anchors.
struct EvalSentimentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-sentiment",
        abstract: "Score sentiment and frames on SENTIPOLC 2016, EmotivITA and the frame fixture.",
        discussion: """
            SENTIPOLC 2016: the official polarity score (mean over the positive and negative subtasks of \
            the average F1 of present/absent; mixed counts as both). EmotivITA: Pearson r of valence. \
            Frames: per frame, presence F1 (class "present") and stance F1 (macro-F1 over -1/+1 on the \
            sentences where the gold frame is present), averaged over the frames; every *.jsonl in the \
            frame folder is reported on its own, the held-out blind*.jsonl files last.
            """)

    enum Part: String, ExpressibleByArgument, CaseIterable {
        case sentipolc, emotivita, frames
    }

    @Option(help: "The SENTIPOLC 2016 training CSV.")
    var sentipolc = "../shared/data/sentiment/sentipolc2016/train.csv"

    @Option(help: "The EmotivITA development CSV.")
    var emotivita = "../shared/data/sentiment/emotivita/development.csv"

    @Option(help: "The folder of the frame fixture (every *.jsonl in it: dev.jsonl, dev2.jsonl, blind.jsonl, …), or one *.jsonl file of it.")
    var frames = "Fixtures/frames"

    @Option(help: "Run only these parts (sentipolc, emotivita, frames); repeatable.")
    var only: [Part] = []

    @Flag(help: "List the frame errors on the development files (never on the blind*.jsonl files).")
    var showErrors = false

    @Flag(help: "Score the development files only (while tuning, leave the blind*.jsonl files alone).")
    var devOnly = false

    func run() throws {
        let analyzer = SentimentAnalyzer(options: .init(explain: false))
        let parts = only.isEmpty ? Part.allCases : only
        var missing = 0
        if parts.contains(.sentipolc) {
            if let csv = try? String(contentsOfFile: sentipolc, encoding: .utf8) {
                let result = try SentimentEvaluation.sentipolc(csv: csv, analyzer: analyzer)
                print("SENTIPOLC 2016 polarity (\(result.count) tweets, \(sentipolc))")
                print("  official score      \(f(result.score))   anchors: majority 0.4163 · plain Sentix ~0.49 · best 2016 system 0.6638 · target 0.58")
                print("  positive  F1 \(f(result.positiveF1))  (present \(f(result.positivePresentF1)), absent \(f(result.positiveAbsentF1)))")
                print("  negative  F1 \(f(result.negativeF1))  (present \(f(result.negativePresentF1)), absent \(f(result.negativeAbsentF1)))")
            } else {
                print("SENTIPOLC 2016: \(sentipolc) not found, skipped")
                missing += 1
            }
        }
        if parts.contains(.emotivita) {
            if let csv = try? String(contentsOfFile: emotivita, encoding: .utf8) {
                let result = try SentimentEvaluation.emotivita(csv: csv, analyzer: analyzer)
                print("EmotivITA valence (\(result.count) sentences, \(emotivita))")
                print("  Pearson r           \(f(result.pearson))   anchors: plain lexicon ~0.27 · fine-tuned BERT 0.807 · target 0.45")
            } else {
                print("EmotivITA: \(emotivita) not found, skipped")
                missing += 1
            }
        }
        if parts.contains(.frames) {
            // One file scores alone ("--frames Fixtures/frames/dev11.jsonl"); a folder, every file in it.
            let single = frames.hasSuffix(".jsonl")
            let files = single ? [String(frames.split(separator: "/").last?.dropLast(".jsonl".count) ?? "")] : Self.frameFiles(in: frames)
            if files.isEmpty { print("Frames: no *.jsonl in \(frames), skipped") }
            for name in files where !(devOnly && Self.isBlind(name)) {
                let path = single ? frames : frames + "/" + name + ".jsonl"
                guard let jsonl = try? String(contentsOfFile: path, encoding: .utf8) else {
                    print("Frames \(name): \(path) not found, skipped")
                    continue
                }
                let result = try SentimentEvaluation.frames(jsonl: jsonl, analyzer: analyzer)
                print("Frames \(name).jsonl (\(result.count) sentences)")
                print("  presence F1 \(f(result.presenceF1))   stance F1 \(f(result.stanceF1))   target 0.85 each")
                for frame in result.frames {
                    print("    \(frame.frame.padding(toLength: 8, withPad: " ", startingAt: 0)) presence F1 \(f(frame.presenceF1))   stance F1 \(f(frame.stanceF1))   (\(frame.goldPresent) gold present)")
                }
                if showErrors && !Self.isBlind(name) {
                    for error in result.errors {
                        print("    \(error.id) \(error.frame): gold \(describe(error.gold)) predicted \(describe(error.predicted))  \(error.text)")
                    }
                }
            }
        }
        if missing == parts.count { throw ExitCode(1) }
    }

    /// The fixture files by name without extension: development files first, then the held-out `blind*`
    /// files, each group in name order, so the blind figures always come last.
    static func frameFiles(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let stems = names.filter { $0.hasSuffix(".jsonl") }.map { String($0.dropLast(".jsonl".count)) }
        return stems.filter { !isBlind($0) }.sorted() + stems.filter(isBlind).sorted()
    }

    /// A held-out file: its errors are never listed and `--dev-only` skips it.
    static func isBlind(_ name: String) -> Bool {
        name.lowercased().hasPrefix("blind")
    }

    private func f(_ value: Double) -> String {
        String(format: "%.4f", value)
    }

    private func describe(_ value: (present: Bool, stance: Int)) -> String {
        value.present ? (value.stance > 0 ? "+1" : value.stance < 0 ? "-1" : " 0") : " ."
    }
}
