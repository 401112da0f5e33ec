import ArgumentParser
import ItalianNLP

/// `itnlp eval-ud`: tokenisation and sentence splitting scored against a UD gold file with the
/// CoNLL 2018 shared task's metric.
struct EvalUDCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-ud",
        abstract: "Score tokens, words and sentences against a Universal Dependencies gold file.",
        discussion: """
            The raw text is the gold file's `# text` lines joined by single spaces; it is tokenised \
            and compared with the gold tokens, words and sentences as the CoNLL 2018 shared task \
            does (exact character spans, whitespace ignored; words inside multiword tokens aligned \
            by their lower-cased forms).
            """)

    @Argument(help: "A gold CoNLL-U file with `# text` comments.")
    var gold: String

    @Option(help: "Also write the system's CoNLL-U to this file.")
    var systemOutput: String?

    func run() throws {
        let goldText = try InputOutput.decode(try InputOutput.readAll(path: gold), strict: false, label: gold).text
        let goldDocument = try CoNLLUDocument(parsing: goldText)
        let result = Tokenizer().tokenize(goldDocument.rawText)
        if let systemOutput {
            var conllu: [UInt8] = []
            result.writeCoNLLU(to: &conllu)
            try InputOutput.writeFile(conllu, to: systemOutput)
        }
        let scores = try UDEvaluation.evaluate(gold: goldDocument, system: CoNLLUDocument(result))
        InputOutput.write("Metric     | Precision |    Recall |  F1 Score\n")
        InputOutput.write("-----------+-----------+-----------+----------\n")
        for (name, score) in [("Tokens", scores.tokens), ("Words", scores.words), ("Sentences", scores.sentences)] {
            InputOutput.write(
                name.padding(10) + " | " + percent(score.precision) + " | " + percent(score.recall) + " | "
                    + percent(score.f1) + "\n")
        }
    }

    private func percent(_ value: Double) -> String {
        let text = String(format2: value * 100)
        return String(repeating: " ", count: max(0, 9 - text.count)) + text
    }
}

extension String {
    func padding(_ width: Int) -> String {
        self + String(repeating: " ", count: max(0, width - count))
    }

    /// A number with two decimals, without Foundation's locale-dependent formatting.
    init(format2 value: Double) {
        let scaled = Int((value * 100).rounded())
        let whole = scaled / 100
        let fraction = abs(scaled % 100)
        self = "\(whole)." + (fraction < 10 ? "0" : "") + "\(fraction)"
    }

}
