import Foundation
import XCTest

/// Runs Examples/spark/itnlp_spark.py — `itnlp analyze --jsonl` as the mapper of a local-mode
/// Spark job — when this machine has what it needs (python3 with pyspark, Java, a built itnlp),
/// and skips otherwise. `ITNLP_SPARK_PYTHON` picks the Python (default: python3 on PATH),
/// `ITNLP_BINARY` the itnlp binary (default: the one beside this test bundle), and
/// `ITNLP_SKIP_SPARK=1` skips the Spark runs.
final class SparkExampleTests: XCTestCase {
    /// A Spark start plus a few small jobs takes well under a minute; the margin is for a busy
    /// machine (the JVM start alone can take 20 s when other builds share the cores).
    private static let timeout: TimeInterval = 900

    /// The job on the bundled sample: every id back once, in order, no error line, and each line
    /// byte-identical to what itnlp writes for the same input without Spark.
    func testSparkJobReturnsEveryDocumentOnceInOrder() throws {
        let environment = try sparkEnvironment()
        let sample = Self.exampleFolder.appendingPathComponent("sample.jsonl")
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out")

        let run = try Self.run(
            environment.python,
            [Self.script.path, sample.path, output.path, "--itnlp", environment.itnlp, "--partitions", "3"],
            in: folder)
        XCTAssertEqual(run.status, 0, "the Spark job failed:\n\(run.stdout)\n\(run.stderr.suffix(4000))")
        XCTAssertTrue(run.stdout.contains("check passed"), run.stdout)

        let lines = try Self.outputLines(output)
        let inputIDs = try Self.lines(of: sample).map { try Self.id(ofLine: $0) }
        XCTAssertGreaterThan(inputIDs.count, 1)
        XCTAssertEqual(try lines.map { try Self.id(ofLine: $0) }, inputIDs)
        for line in lines {
            let object = try Self.object(line)
            XCTAssertNil(object["error"], line)
            XCTAssertNotNil(object["claims"] as? [Any], line)
            XCTAssertNotNil((object["sentiment"] as? [String: Any])?["label"] as? String, line)
        }

        // Spark must neither change nor lose a byte: the same documents through itnlp directly.
        let direct = try Self.run(environment.itnlp, ["analyze", "--jsonl", "--jobs", "1", sample.path], in: folder)
        XCTAssertEqual(direct.status, 0, direct.stderr)
        XCTAssertEqual(lines, direct.stdout.split(separator: "\n", omittingEmptySubsequences: true).map(String.init))
    }

    /// Documents itnlp cannot read come back as error lines in their place, the rest goes on,
    /// and the job's check fails with exit code 1 naming them.
    func testSparkJobReportsDocumentsThatFail() throws {
        let environment = try sparkEnvironment()
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = try Self.lines(of: Self.exampleFolder.appendingPathComponent("sample.jsonl"))
        let input = folder.appendingPathComponent("input.jsonl")
        let documents = [good[1], #"{"id":"without-text","title":"nothing to read"}"#, good[2], "{not json", good[3]]
        try (documents.joined(separator: "\n") + "\n").write(to: input, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("out")

        let run = try Self.run(
            environment.python,
            [Self.script.path, input.path, output.path, "--itnlp", environment.itnlp, "--partitions", "2"],
            in: folder)
        XCTAssertEqual(run.status, 1, "expected the check to fail:\n\(run.stdout)\n\(run.stderr.suffix(4000))")
        XCTAssertTrue(run.stderr.contains(#"ERROR for id "without-text""#), String(run.stderr.suffix(4000)))
        XCTAssertTrue(run.stderr.contains("check FAILED"), String(run.stderr.suffix(4000)))

        let objects = try Self.outputLines(output).map(Self.object)
        XCTAssertEqual(objects.count, documents.count)
        let ids = objects.map { $0["id"] as? String }
        XCTAssertEqual(ids, [try Self.id(ofLine: good[1]), "without-text", try Self.id(ofLine: good[2]), nil, try Self.id(ofLine: good[3])])
        XCTAssertEqual(objects.map { $0["error"] != nil }, [false, true, false, true, false])
    }

    /// Without PySpark the script says so and exits with 2 instead of a traceback. `-I -S` hides
    /// site-packages from Python, so this runs (quickly) whether pyspark is installed or not.
    func testScriptExplainsMissingPySpark() throws {
        guard let python = Self.python() else { throw XCTSkip("no python3 on PATH (or ITNLP_SPARK_PYTHON)") }
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var environment = ProcessInfo.processInfo.environment
        environment["PYTHONPATH"] = nil
        let run = try Self.run(
            python, ["-I", "-S", Self.script.path, "in.jsonl", "out"], in: folder, environment: environment)
        XCTAssertEqual(run.status, 2, run.stderr)
        XCTAssertTrue(run.stderr.contains("PySpark is not installed"), run.stderr)
        XCTAssertFalse(run.stderr.contains("Traceback"), run.stderr)
    }

    // MARK: - What the Spark runs need

    private struct SparkEnvironment {
        let python: String
        let itnlp: String
    }

    /// python3 with pyspark, Java and a built itnlp, or XCTSkip saying which one is missing.
    private func sparkEnvironment() throws -> SparkEnvironment {
        if ProcessInfo.processInfo.environment["ITNLP_SKIP_SPARK"] == "1" {
            throw XCTSkip("ITNLP_SKIP_SPARK=1")
        }
        guard let python = Self.python() else {
            throw XCTSkip("Spark example skipped: no python3 on PATH (or ITNLP_SPARK_PYTHON)")
        }
        let folder = FileManager.default.temporaryDirectory
        let probe = try Self.run(python, ["-c", "import pyspark"], in: folder, timeout: 60)
        guard probe.status == 0 else {
            throw XCTSkip("Spark example skipped: pyspark is not installed for \(python) (pip install pyspark)")
        }
        guard let java = Self.java(), (try? Self.run(java, ["-version"], in: folder, timeout: 60))?.status == 0 else {
            throw XCTSkip("Spark example skipped: no working java (JAVA_HOME or PATH); Spark needs Java 17+")
        }
        guard let itnlp = Self.itnlp() else {
            throw XCTSkip("Spark example skipped: no executable itnlp beside the test bundle or at ITNLP_BINARY")
        }
        return SparkEnvironment(python: python, itnlp: itnlp)
    }

    private static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    private static let exampleFolder = repository.appendingPathComponent("Examples/spark")
    private static let script = exampleFolder.appendingPathComponent("itnlp_spark.py")

    private static func python() -> String? {
        if let chosen = ProcessInfo.processInfo.environment["ITNLP_SPARK_PYTHON"], !chosen.isEmpty {
            return FileManager.default.isExecutableFile(atPath: chosen) ? chosen : nil
        }
        return onPath("python3")
    }

    private static func java() -> String? {
        if let home = ProcessInfo.processInfo.environment["JAVA_HOME"], !home.isEmpty {
            let java = home + "/bin/java"
            if FileManager.default.isExecutableFile(atPath: java) { return java }
        }
        return onPath("java")
    }

    /// The itnlp that `swift build`/`swift test` put in the products folder, which on Linux is
    /// the folder of the test bundle; on macOS the bundle is one level further down.
    private static func itnlp() -> String? {
        if let chosen = ProcessInfo.processInfo.environment["ITNLP_BINARY"], !chosen.isEmpty {
            return FileManager.default.isExecutableFile(atPath: chosen) ? chosen : nil
        }
        var folders = [Bundle.main.bundleURL]
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            folders.append(bundle.bundleURL.deletingLastPathComponent())
        }
        for folder in folders {
            let candidate = folder.appendingPathComponent("itnlp").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    private static func onPath(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = String(folder) + "/" + name
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    // MARK: - Running and reading

    private func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("itnlp-spark-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    private struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Runs a program to its end (or kills it after `timeout`), its output kept in files: Spark
    /// logs enough to fill a pipe that nobody reads.
    private static func run(
        _ executable: String, _ arguments: [String], in folder: URL,
        environment: [String: String]? = nil, timeout: TimeInterval = SparkExampleTests.timeout
    ) throws -> Run {
        let stdoutURL = folder.appendingPathComponent("stdout-\(UUID().uuidString)")
        let stderrURL = folder.appendingPathComponent("stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: stdoutURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
        let stdoutHandle = try FileHandle(forWritingTo: stdoutURL)
        let stderrHandle = try FileHandle(forWritingTo: stderrURL)
        defer {
            try? FileManager.default.removeItem(at: stdoutURL)
            try? FileManager.default.removeItem(at: stderrURL)
        }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var variables = environment ?? ProcessInfo.processInfo.environment
        // Spark binds to the loopback interface, so a machine whose host name does not resolve
        // still works.
        variables["SPARK_LOCAL_IP"] = variables["SPARK_LOCAL_IP"] ?? "127.0.0.1"
        process.environment = variables
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = stdoutHandle
        process.standardError = stderrHandle
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            finished.wait()
            XCTFail("\(executable) \(arguments.joined(separator: " ")) did not finish in \(Int(timeout)) s")
        }
        try stdoutHandle.close()
        try stderrHandle.close()
        return Run(status: process.terminationStatus, stdout: contents(of: stdoutURL), stderr: contents(of: stderrURL))
    }

    /// A captured output file as text. Read through a `FileHandle`: `String(contentsOf:)` on an
    /// empty file leaks its 4 KB read buffer in swift-corelibs-foundation, which LeakSanitizer
    /// (`Scripts/sanitize address`) reports.
    private static func contents(of url: URL) -> String {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return "" }
        defer { try? handle.close() }
        guard let data = try? handle.readToEnd() else { return "" }
        return String(decoding: data, as: UTF8.self)
    }

    /// The lines of saveAsTextFile's part files, in part order (which is input order).
    private static func outputLines(_ folder: URL) throws -> [String] {
        let parts = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasPrefix("part-") }
            .sorted()
        XCTAssertFalse(parts.isEmpty, "no part files in \(folder.path)")
        return try parts.flatMap { try lines(of: folder.appendingPathComponent($0)) }
    }

    private static func lines(of file: URL) throws -> [String] {
        try String(contentsOf: file, encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: true)
            .map(String.init)
    }

    private static func object(_ line: String) throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: Data(line.utf8))
        guard let object = value as? [String: Any] else {
            XCTFail("not a JSON object: \(line.prefix(200))")
            return [:]
        }
        return object
    }

    private static func id(ofLine line: String) throws -> String? {
        try object(line)["id"] as? String
    }
}
