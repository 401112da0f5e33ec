// itnlp-benchmark: ItalianNLP's throughput beside raw ICU word-break iteration over the same
// text, in the same run, plus linear-time checks on adversarial input.
//
//   cd Benchmarks && swift build -c release --product itnlp-benchmark --product itnlp
//   .build/release/itnlp-benchmark [--quick] [--megabytes N] [--fixtures PATH] [--itnlp PATH]
//                                  [--no-memory] [--no-adversarial] [--linear-only] [--wall-clock]
//   valgrind --tool=callgrind .build/release/itnlp-benchmark --quick --task none|raw16|tokenize|claims|sentiment|analyze
//   perf record -g .build/release/itnlp-benchmark --megabytes 4 --task tokenize|tokenize-docs --repeat 10
import Foundation
import ItalianNLP
import CHeapTuning

struct Options {
    var megabytes = 8
    var fixtures = "../Fixtures"
    var quick = false
    var adversarial = true
    var wallClock = false
    /// Run one task once and stop (for `valgrind --tool=callgrind`, whose instruction counts do
    /// not depend on what else the machine is doing): raw16, raw8, tokenize, claims, sentiment, analyze.
    var task: String? = nil
    /// How many times `--task` runs its task: a loop for sampling profilers (`perf record`), whose
    /// samples would otherwise go mostly to start-up.
    var repeatCount = 1
    var memory = true
    var itnlp: String?
    /// Keep glibc's default heap in the linear-time checks (see there).
    var coldHeap = false
    /// Skip the throughput table and the memory runs: only the linear-time checks.
    var linearOnly = false

    static let usage = """
        usage: itnlp-benchmark [--quick] [--megabytes N] [--fixtures PATH] [--itnlp PATH]
                               [--no-memory] [--no-adversarial] [--linear-only] [--cold-heap]
                               [--wall-clock]
               itnlp-benchmark --quick --task none|raw16|raw8|tokenize|tokenize-docs|claims|sentiment|analyze [--repeat N]
          --megabytes N     size of the throughput corpus (default 8; --quick uses 1)
          --fixtures PATH   the repository's Fixtures folder (default ../Fixtures)
          --itnlp PATH      an itnlp binary for the end-to-end, parallel-batch and memory rows
          --no-memory       skip the runs of the itnlp binary (end to end, --jobs, peak memory)
          --no-adversarial  skip the linear-time checks
          --linear-only     only the linear-time checks
          --cold-heap       linear-time checks with glibc's default heap, which hands the large
                            inputs' memory back to the kernel after every pass
          --wall-clock      time by the wall clock instead of the thread's CPU time
          --task NAME       run one task once and stop (for valgrind --tool=callgrind)
          --repeat N        with --task: run it N times (for perf record)
        """

    init(arguments: [String]) {
        var iterator = arguments.dropFirst().makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--megabytes": megabytes = Int(iterator.next() ?? "") ?? megabytes
            case "--fixtures": fixtures = iterator.next() ?? fixtures
            case "--quick": quick = true
            case "--no-adversarial": adversarial = false
            case "--wall-clock": wallClock = true
            case "--task": task = iterator.next()
            case "--repeat": repeatCount = max(1, Int(iterator.next() ?? "") ?? 1)
            case "--no-memory": memory = false
            case "--itnlp": itnlp = iterator.next()
            case "--linear-only": linearOnly = true
            case "--cold-heap": coldHeap = true
            case "--help", "-h":
                print(Self.usage)
                exit(0)
            default:
                // Running the whole benchmark on a mistyped flag wastes minutes; stop instead.
                FileHandle.standardError.write(Data("itnlp-benchmark: unknown argument \(argument)\n\(Self.usage)\n".utf8))
                exit(2)
            }
        }
    }
}

/// Italian news text: every fixture document, repeated until the corpus has the size asked for.
func corpus(megabytes: Int, fixtures: String) -> String {
    var documents: [String] = []
    if let enumerator = FileManager.default.enumerator(atPath: fixtures) {
        for case let path as String in enumerator where path.hasSuffix(".txt") {
            if let text = try? String(contentsOfFile: fixtures + "/" + path, encoding: .utf8) { documents.append(text) }
        }
    }
    documents.sort()
    // A corpus of one repeated sentence would measure the caches, not the code: refuse to run
    // rather than print figures that look plausible and mean nothing.
    if documents.isEmpty {
        FileHandle.standardError.write(Data("""
            itnlp-benchmark: no .txt fixture documents under \(fixtures); run it from Benchmarks/ \
            or pass --fixtures PATH (the repository's Fixtures folder)

            """.utf8))
        exit(2)
    }
    var text = ""
    let target = megabytes * 1_000_000
    text.reserveCapacity(target + 100_000)
    while text.utf8.count < target {
        for document in documents {
            text += document
            text += "\n\n"
        }
    }
    return text
}

/// The best time of `repetitions` runs, in seconds of this thread's CPU time: on a shared machine
/// wall-clock time measures the neighbours as much as the code (`--wall-clock` to use it anyway).
func time(_ repetitions: Int = 3, _ body: () -> Void) -> Double {
    var best = Double.infinity
    for _ in 0..<repetitions {
        let start = now()
        body()
        best = min(best, now() - start)
    }
    return best
}

/// What `itnlp analyze` does with one document (`Analyzer`: tokens once, claims, the document's
/// sentiment and each claim's); returns a count so that the work cannot be optimised away.
func analyze(_ document: String, with analyzer: Analyzer) -> Int {
    let analysed = analyzer.analyze(document)
    var count = analysed.sentenceSentiments.count
    for claim in analysed.claimSentiments { count &+= claim.frames.count }
    return count
}

/// The best time of each task over `rounds` rounds, where a round runs every task once, in turn.
///
/// Raw ICU and each analysis are thus timed side by side: a burst of load on the shared machine
/// slows one round of all of them, not every run of one task, so the ratios to raw ICU stay
/// honest even when the absolute speeds do not.
func bestTimesInterleaved(rounds: Int, _ tasks: [() -> Void]) -> [Double] {
    var best = [Double](repeating: .infinity, count: tasks.count)
    for _ in 0..<rounds {
        for (index, task) in tasks.enumerated() {
            let start = now()
            task()
            best[index] = min(best[index], now() - start)
        }
    }
    return best
}

func now() -> Double {
    var spec = timespec()
    clock_gettime(options.wallClock ? CLOCK_MONOTONIC : CLOCK_THREAD_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

func format(_ value: Double, decimals: Int = 2) -> String {
    String(format: "%.\(decimals)f", value)
}

func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
}

func leftPad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
}

var sink = 0
let options = Options(arguments: CommandLine.arguments)
let text = corpus(megabytes: options.quick ? 1 : options.megabytes, fixtures: options.fixtures)
let bytes = Array(text.utf8)
let megabytes = Double(bytes.count) / 1_000_000
let units = Array(text.utf16)
print("ItalianNLP benchmark — ICU \(ICUBaseline.icuVersion), corpus \(format(megabytes)) MB of Italian news text")
print("times: best of several runs, tasks interleaved, \(options.wallClock ? "wall clock" : "CPU time of the benchmark thread")")
print("")

if let task = options.task {
    // Everything but the task itself is done for every task (and alone for "none"), so that
    // subtracting the "none" count leaves the task's own instructions.
    let tokenizer = Tokenizer()
    let documents = text.components(separatedBy: "\n\n").filter { !$0.isEmpty }
    let extractor = ClaimExtractor()
    let analyzer = SentimentAnalyzer(options: .init(explain: false))
    let fullAnalyzer = Analyzer(options: .init(explain: false))
    let warmUp = "Il Dott. Rossi ha detto: «Non è lo stipendio, ma la missione»."
    sink &+= extractor.extract(warmUp).claims.count + analyzer.analyze(warmUp).sentences.count
    sink &+= ICUBaseline.wordBoundaryCount(utf16: Array(warmUp.utf16)) + ICUBaseline.wordBoundaryCount(utf8: Array(warmUp.utf8))
    let taskStart = now()
    for _ in 0..<options.repeatCount {
        switch task {
        case "none": break
        case "raw16": sink &+= ICUBaseline.wordBoundaryCount(utf16: units)
        case "raw8": sink &+= ICUBaseline.wordBoundaryCount(utf8: bytes)
        case "tokenize": sink &+= tokenizer.tokenize(text).sentences.count
        case "tokenize-docs":
            for document in documents { sink &+= tokenizer.tokenize(document).sentences.count }
        case "claims":
            for document in documents { sink &+= extractor.extract(document).claims.count }
        case "sentiment":
            for document in documents { sink &+= analyzer.analyze(document).sentences.count }
        case "analyze":
            for document in documents { sink &+= analyze(document, with: fullAnalyzer) }
        default: print("unknown task \(task)")
        }
    }
    // One pass, cold: for profilers, not for the figures (those are the table's, best of several).
    let taskSeconds = now() - taskStart
    print("task \(task) done (\(sink)) in \(format(taskSeconds, decimals: 3)) s, \(format(megabytes * Double(options.repeatCount) / max(taskSeconds, 1e-9), decimals: 1)) MB/s")
    exit(0)
}

let tokenizer = Tokenizer()
let extractor = ClaimExtractor()
let sentimentAnalyzer = SentimentAnalyzer(options: .init(explain: false))
let fullAnalyzer = Analyzer(options: .init(explain: false))
// The throughput table and peak memory (`--linear-only` skips them).
if !options.linearOnly {
    var tokenCount = 0
    var claimCount = 0
    // Claims: documents are articles, so the corpus is processed document by document.
    let documents = text.components(separatedBy: "\n\n").filter { !$0.isEmpty }
    let times = bestTimesInterleaved(rounds: 3, [
        { sink &+= ICUBaseline.wordBoundaryCount(utf16: units) },
        { sink &+= ICUBaseline.wordBoundaryCount(utf8: bytes) },
        {
            let result = tokenizer.tokenize(text)
            tokenCount = result.sentences.reduce(0) { $0 + $1.tokens.count }
        },
        // Tokenising an article at a time (as `--jsonl` and the piecewise CLI do) keeps every array
        // small; the whole corpus as one text also pays for growing and first touching over 100 MB
        // of tokens.
        { for document in documents { sink &+= tokenizer.tokenize(document).sentences.count } },
        {
            claimCount = 0
            for document in documents { claimCount += extractor.extract(document).claims.count }
        },
        // Sentiment with frames, and the whole analysis (tokens once, claims, sentiment per
        // document and per claim), document by document as above.
        { for document in documents { sink &+= sentimentAnalyzer.analyze(document).sentences.count } },
        {
            for document in documents {
                sink &+= analyze(document, with: fullAnalyzer)
            }
        },
    ])
    let (rawUTF16, rawUTF8, tokenize, tokenizeDocuments) = (times[0], times[1], times[2], times[3])
    let (claimsTime, sentimentTime, analyzeTime) = (times[4], times[5], times[6])

    print("\(pad("task", 44)) \(leftPad("MB/s", 8)) \(leftPad("× ICU", 7))")
    func row(_ name: String, _ seconds: Double) {
        let speed = megabytes / seconds
        print("\(pad(name, 44)) \(leftPad(format(speed, decimals: 1), 8)) \(leftPad(format(rawUTF16 / seconds), 7))")
    }
    row("raw ICU word break (UTF-16, reference)", rawUTF16)
    row("raw ICU word break (UTF-8 UText)", rawUTF8)
    row("normalise + tokenise + split sentences", tokenize)
    print("  (\(tokenCount) tokens, \(format(Double(tokenCount) / tokenize / 1e6)) M tokens/s)")
    row("  the same, document by document", tokenizeDocuments)
    row("claims and quotations (extractClaims)", claimsTime)
    print("  (\(claimCount) claims in \(documents.count) documents)")
    row("sentiment with frames", sentimentTime)
    row("analyze (tokens, claims, sentiment, frames)", analyzeTime)
    print("")

    // The CLI end to end, its parallel batches (--jobs), and its peak memory on a stream and on one
    // huge document (see MemoryBenchmark.swift).
    if options.memory {
        if let itnlp = MemoryBenchmark.locateItnlp(options.itnlp) {
            MemoryBenchmark.run(itnlp: itnlp, text: text, quick: options.quick, rawSeconds: rawUTF16)
        } else {
            print("peak memory: skipped (no itnlp binary; build it with `swift build -c release --product itnlp` here, or pass --itnlp PATH)")
            print("")
        }
    }
}

// Linear time: each adversarial input at n and 10n; the ratio of times should stay near 10.
if !options.adversarial { exit(0) }
// glibc serves a block above its mmap threshold (at most 32 MB) with fresh pages and returns them
// to the kernel when it is freed, so every pass over the 10n input paid the kernel's zeroing of
// those pages again, while the n input's blocks came from warm heap memory: the ratio measured the
// page zeroing (up to 13.8× with the code itself near 10×). A long-running batch process keeps its
// heap; so does this section, where both sizes then reuse warm memory after their first pass.
// `--cold-heap` keeps glibc's defaults and shows the other figure.
let warmHeap = !options.coldHeap && benchmark_keep_heap() == 1
print("linear time on adversarial input (time at 10n / time at n; at most 12 passes; \(warmHeap ? "warm" : "cold") heap)")
let base = options.quick ? 50_000 : 300_000
let shapes: [(String, (Int) -> String)] = [
    ("apostrophes", { String(repeating: "'", count: $0) }),
    ("typographic apostrophes after letters", { String(repeating: "a’", count: $0 / 2) }),
    ("unmatched «", { String(repeating: "«", count: $0) }),
    ("quotation marks and words", { String(repeating: "«a “b ‘c ", count: $0 / 9) }),
    ("one word without spaces", { String(repeating: "abcdefghij", count: $0 / 10) }),
    ("periods", { String(repeating: "a. ", count: $0 / 3) }),
    ("NUL and control characters", { String(repeating: "\u{0}\u{1}x\u{7F} ", count: $0 / 5) }),
    ("elisions", { String(repeating: "dell’l’un’", count: $0 / 10) }),
]
/// Times each shape at `size` and at 10 × `size` and prints the ratios; at most 12 counts as linear.
///
/// The two sizes are timed in turn, best of four passes each, so that a burst of load on a shared
/// machine slows both rather than one. (Timing ten passes of the small input together is no fairer:
/// its tokens then stay in the processor's cache, which the large input's cannot.)
@MainActor func checkLinearTime(_ shapes: [(String, (Int) -> String)], size: Int, run: (String) -> Int) {
    var worst = 0.0
    for (name, make) in shapes {
        let small = make(size)
        let large = make(size * 10)
        var smallTime = Double.infinity
        var largeTime = Double.infinity
        for _ in 0..<4 {
            smallTime = min(smallTime, time(1) { sink &+= run(small) })
            largeTime = min(largeTime, time(1) { sink &+= run(large) })
        }
        let ratio = largeTime / max(smallTime, 1e-9)
        worst = max(worst, ratio)
        print("  \(pad(name, 40)) \(leftPad(format(ratio, decimals: 1), 6))×  (\(format(largeTime * 1000, decimals: 0)) ms at \(large.utf8.count / 1000) kB)")
    }
    print("  worst ratio \(format(worst, decimals: 1)) — \(worst <= 12 ? "linear" : "SUPER-LINEAR")")
}

checkLinearTime(shapes, size: base) { tokenizer.tokenize($0).sentences.count }

/// `sentence(surname)` repeated to about `size` bytes, each time with a surname not used before
/// ("Abari", "Bbari", …, "Babari", …), so that the document's entities grow with its length.
func repeatedWithNewNames(_ size: Int, _ sentence: (String) -> String) -> String {
    var text = ""
    var counter = 0
    while text.utf8.count < size {
        var letters = ""
        var rest = counter
        repeat {
            letters.append(Character(Unicode.Scalar(UInt8(97 + rest % 26))))
            rest /= 26
        } while rest > 0
        text += sentence(letters.prefix(1).uppercased() + letters.dropFirst() + "bari")
        counter += 1
    }
    return text
}

// The claim extractor on the issue's adversarial shapes.
print("claims, linear time (time at 10n / time at n)")
let claimShapes: [(String, (Int) -> String)] = [
    ("unmatched «", { String(repeating: "« ", count: $0 / 2) }),
    ("one long quotation", { "«" + String(repeating: "parola ", count: $0 / 7) + "», ha detto Rossi." }),
    ("many short claims", { String(repeating: "Rossi ha detto che piove. ", count: $0 / 26) }),
    // Shapes the fuzzer found (Tests/ItalianNLPTests/API/FuzzRegressionTests.swift).
    ("one sentence of reported clauses", { String(repeating: "Ha detto che ", count: $0 / 13) }),
    ("straight quotation marks", { String(repeating: "\"", count: $0) }),
    // A surname written with a particle inside a full name and then after a lower-case particle:
    // the particle-surname rule once searched the whole document at each of the latter.
    ("a particle surname named often", { String(repeating: "Gianni Della Valle ha parlato. Poi ha aggiunto che a casa di Valle piove. ", count: $0 / 74) }),
    // A seat of an institution ("il Viminale") among many people: the seat-metonym rule once
    // scanned every entity at each seat mention. Turn-taking and coordinated speakers, whose
    // rules look back over earlier claims and groups, with new names throughout.
    ("a seat named among many people", { size in
        repeatedWithNewNames(size) { "Lo ha detto Mario \($0). Il Viminale ha fatto sapere che piove. " }
    }),
    ("speakers taking turns", { size in
        repeatedWithNewNames(size) { "«Piove», ha detto Mario \($0). «No», ha replicato Luca \($0)ni. «Sì», ha ribattuto. " }
    }),
    ("coordinated speakers", { size in
        repeatedWithNewNames(size) { "Mario \($0) e Luca \($0)ni hanno detto che piove. Loro hanno aggiunto che nevica. " }
    }),
    // Capitalised words that may be acronyms: each looked for a spelled-out name in a window of
    // the document, at first over every capitalised word of the same initial.
    ("bracketed acronyms and unknown surnames", { size in
        repeatedWithNewNames(size) { "La Federazione lavoratori di \($0) e altri (Fld\($0.prefix(3))) ha detto che piove. Secondo \($0) nevica. " }
    }),
    // Rules that must not claim a content twice once looked through every claim of the document.
    ("a cleft attribution in every other sentence", { String(repeating: "Piove forte in città. È quanto ha detto Rossi. ", count: $0 / 49) }),
    ("a document read in every sentence", { String(repeating: "Nel documento si legge che piove forte. ", count: $0 / 41) }),
    // Ordinary news as one long document: the same names and places recur, so a rule that scans
    // the whole document per mention would show here (one did, until it read a set built once).
    ("news text as one document", { size in
        var news = ""
        while news.utf8.count < size { news += text + "\n" }
        return String(decoding: news.utf8.prefix(size), as: UTF8.self)
    }),
]
checkLinearTime(claimShapes, size: base / 2) { extractor.extract($0).claims.count }

// Sentiment on one long sentence (shapes the fuzzer found).
print("sentiment, linear time (time at 10n / time at n)")
let sentimentShapes: [(String, (Int) -> String)] = [
    ("a run of negators", { String(repeating: "Non ", count: $0 / 4) }),
    ("one sentence of correctives", { String(repeating: "non solo X ma anche ", count: $0 / 20) }),
]
checkLinearTime(sentimentShapes, size: base / 2) { sentimentAnalyzer.analyze($0).sentences.count }
if sink == 42 { print("") }
