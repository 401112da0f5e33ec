// Peak memory of the itnlp binary: a --jsonl stream of few and of many documents (the peak should
// not grow with their number), and one huge document (the peak grows with its size: the bound is
// stated in bytes of RSS per byte of input). Each run is a child process measured by GNU time.
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

enum MemoryBenchmark {
    /// The itnlp binary: the path given, else the one built beside this benchmark
    /// (`swift build -c release --product itnlp` in Benchmarks/), else the root package's release build.
    static func locateItnlp(_ given: String?) -> String? {
        var candidates: [String] = []
        if let given { candidates.append(given) }
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        candidates.append(executable.deletingLastPathComponent().appendingPathComponent("itnlp").path)
        candidates.append("../.build/release/itnlp")
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// GNU time, which runs a command in a process of its own and reports that process's peak RSS.
    static let timeCommand = "/usr/bin/time"

    /// Runs `executable arguments…` under GNU time with standard input read from `input` and
    /// output discarded; returns its peak resident set size in bytes, its wall time and whether it
    /// exited with 0.
    ///
    /// The benchmark cannot spawn itnlp itself and read its rusage: on Linux a process spawned
    /// with vfork (posix_spawn) or fork starts from the spawner's address space, and ru_maxrss
    /// keeps that high-water mark across exec, so every child would report at least the
    /// benchmark's own RSS. GNU time is small, and the process it forks starts from its size.
    static func run(
        _ executable: String, _ arguments: [String], input: String, report: String, output: String = "/dev/null"
    ) -> (peak: Int, seconds: Double, ok: Bool, userSeconds: Double)? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let command = [timeCommand, "-f", "%M %e %x %U", "-o", report, executable] + arguments
        let argv = command.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, timeCommand, &actions, nil, argv, environ) == 0 else { return nil }
        var status: Int32 = 0
        guard waitpid(pid, &status, 0) == pid,
            let text = try? String(contentsOfFile: report, encoding: .utf8),
            let last = text.split(separator: "\n").last
        else { return nil }
        // "%M %e %x %U": peak RSS in kilobytes, wall seconds, exit status, user CPU seconds.
        let fields = last.split(separator: " ")
        guard fields.count == 4, let kilobytes = Int(fields[0]), let seconds = Double(fields[1]), let exit = Int(fields[2]),
            let user = Double(fields[3])
        else { return nil }
        return (kilobytes * 1024, seconds, exit == 0, user)
    }

    /// Writes `count` {"id", "text"} lines cycling through `paragraphs`; returns the file's size.
    static func writeJSONLines(_ paragraphs: [String], count: Int, to path: String) -> Int {
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        guard let handle = FileHandle(forWritingAtPath: path) else { return 0 }
        defer { try? handle.close() }
        var chunk = Data()
        var size = 0
        for index in 0..<count {
            let object: [String: Any] = ["id": index, "text": paragraphs[index % paragraphs.count]]
            guard let line = try? JSONSerialization.data(withJSONObject: object) else { continue }
            chunk += line
            chunk.append(0x0A)
            if chunk.count > 1 << 20 {
                handle.write(chunk)
                size += chunk.count
                chunk.removeAll(keepingCapacity: true)
            }
        }
        handle.write(chunk)
        return size + chunk.count
    }

    static func megabytes(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1_000_000) }

    /// `itnlp tokenize FILE --format conllu` end to end (reading, tokenising, writing) on a file of
    /// at least 16 MB (the corpus repeated), by the process's user CPU time, best of three, beside
    /// raw ICU word break (whose speed does not depend on the length of the text).
    static func endToEnd(itnlp: String, text: String, rawSeconds: Double, folder: URL, report: String) {
        let path = folder.appendingPathComponent("corpus.txt").path
        var data = Data(text.utf8)
        let piece = data
        while !piece.isEmpty && data.count < 16_000_000 { data += piece }
        let size = data.count
        _ = FileManager.default.createFile(atPath: path, contents: data)
        defer { try? FileManager.default.removeItem(atPath: path) }
        var best = Double.infinity
        var peak = 0
        for _ in 0..<3 {
            guard let result = run(itnlp, ["tokenize", path, "--format", "conllu"], input: "/dev/null", report: report), result.ok else {
                print("  could not run \(itnlp) tokenize under \(timeCommand)")
                return
            }
            best = min(best, max(result.userSeconds, 0.01))
            peak = result.peak
        }
        let speed = Double(size) / 1_000_000 / best
        let label = "itnlp tokenize --format conllu, \(megabytes(size)), end to end"
        let rawSpeed = Double(text.utf8.count) / 1_000_000 / rawSeconds
        print("\(pad(label, 52)) \(leftPad(format(speed, decimals: 1), 8)) MB/s \(leftPad(format(speed / rawSpeed), 6))× ICU  (user CPU, peak \(megabytes(peak)))")
        print("")
    }

    /// `itnlp analyze --jsonl` with one job and with as many jobs as the machine has cores (at
    /// least two), by wall time, best of three each: the speed-up of parallel batches, and whether
    /// the outputs are byte-identical (they must be: documents are written in input order).
    static func parallelBatches(itnlp: String, paragraphs: [String], quick: Bool, folder: URL, report: String) {
        let cores = max(2, ProcessInfo.processInfo.activeProcessorCount)
        let path = folder.appendingPathComponent("batch.jsonl").path
        let size = writeJSONLines(paragraphs, count: quick ? 4_000 : 16_000, to: path)
        defer { try? FileManager.default.removeItem(atPath: path) }
        var seconds: [Int: Double] = [:]
        var outputs: [Int: Data] = [:]
        for _ in 0..<3 {
            for jobs in [1, cores] {
                let output = folder.appendingPathComponent("batch-\(jobs).out").path
                guard let result = run(itnlp, ["analyze", "--jsonl", "--jobs", "\(jobs)"], input: path, report: report, output: output),
                    result.ok
                else {
                    print("  could not run \(itnlp) analyze --jsonl --jobs \(jobs)")
                    return
                }
                seconds[jobs] = min(seconds[jobs] ?? .infinity, max(result.seconds, 0.01))
                outputs[jobs] = FileManager.default.contents(atPath: output)
                try? FileManager.default.removeItem(atPath: output)
            }
        }
        guard let one = seconds[1], let many = seconds[cores] else { return }
        print("parallel batches (itnlp analyze --jsonl, \(megabytes(size)), wall time, best of three)")
        for (jobs, time) in [(1, one), (cores, many)] {
            let label = "--jobs \(jobs)"
            print("  \(pad(label, 50)) \(leftPad(format(Double(size) / 1_000_000 / time, decimals: 2), 8)) MB/s")
        }
        let identical = outputs[1] != nil && outputs[1] == outputs[cores]
        let verdict = "speed-up \(format(one / many))× on \(ProcessInfo.processInfo.activeProcessorCount) cores"
        print("  \(verdict); outputs \(identical ? "byte-identical" : "DIFFER")")
        print("")
    }

    static func run(itnlp: String, text: String, quick: Bool, rawSeconds: Double) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("itnlp-benchmark-\(getpid())")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("time.txt").path
        guard FileManager.default.isExecutableFile(atPath: timeCommand) else {
            print("peak memory: skipped (needs GNU time at \(timeCommand): apt-get install time)")
            print("")
            return
        }
        endToEnd(itnlp: itnlp, text: text, rawSeconds: rawSeconds, folder: folder, report: report)
        let paragraphs = text.split(separator: "\n").map(String.init).filter { $0.utf8.count > 20 }
        parallelBatches(itnlp: itnlp, paragraphs: paragraphs, quick: quick, folder: folder, report: report)
        let average = paragraphs.reduce(0) { $0 + $1.utf8.count } / max(1, paragraphs.count)
        print("peak memory (RSS of the itnlp process; --jsonl documents are fixture paragraphs, \(average) bytes on average)")

        // A stream: the peak should not depend on the number of documents.
        let streams: [(command: String, counts: [Int])] = [
            ("tokenize", [1_000, 100_000]),
            ("analyze", quick ? [1_000, 10_000] : [1_000, 100_000]),
        ]
        for (command, counts) in streams {
            var peaks: [Int] = []
            for count in counts {
                let path = folder.appendingPathComponent("\(count).jsonl").path
                let size = writeJSONLines(paragraphs, count: count, to: path)
                guard let result = run(itnlp, [command, "--jsonl"], input: path, report: report) else {
                    print("  could not run \(itnlp) under \(timeCommand)")
                    return
                }
                peaks.append(result.peak)
                let label = "\(command) --jsonl, \(count) documents (\(megabytes(size)))"
                print("  \(pad(label, 52)) \(leftPad(megabytes(result.peak), 10))  \(format(result.seconds, decimals: 1)) s\(result.ok ? "" : "  (failed)")")
                try? FileManager.default.removeItem(atPath: path)
            }
            if let first = peaks.first, let last = peaks.last {
                print("  \(pad("  ratio of peaks, most / fewest documents", 52)) \(leftPad(format(Double(last) / Double(first)), 10))")
            }
        }

        // One huge document: the whole analysis holds its tokens, claims and output at once.
        let sizes = quick ? [2_000_000, 8_000_000] : [10_000_000, 40_000_000]
        var points: [(size: Int, peak: Int)] = []
        for size in sizes {
            var document = ""
            document.reserveCapacity(size + text.utf8.count)
            while document.utf8.count < size { document += text }
            let path = folder.appendingPathComponent("document-\(size).txt").path
            _ = FileManager.default.createFile(atPath: path, contents: Data(document.utf8.prefix(size)))
            guard let result = run(itnlp, ["analyze", "-"], input: path, report: report) else { return }
            points.append((size, result.peak))
            let label = "analyze, one document of \(megabytes(size))"
            print("  \(pad(label, 52)) \(leftPad(megabytes(result.peak), 10))  \(format(result.seconds, decimals: 1)) s\(result.ok ? "" : "  (failed)")")
            try? FileManager.default.removeItem(atPath: path)
        }
        if points.count == 2 {
            let perByte = Double(points[1].peak - points[0].peak) / Double(points[1].size - points[0].size)
            print("  one document: about \(format(perByte, decimals: 0)) bytes of RSS per input byte (between the two sizes)")
        }
        print("")
    }
}
