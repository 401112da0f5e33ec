import Foundation
import XCTest

/// The `--jsonl` batch mode of every subcommand, run through the built binary: parallel output is
/// byte-identical to sequential output, bad lines become error lines in place, and the exit code
/// says whether some document failed.
final class JSONLinesTests: XCTestCase {
    static let subcommands = ["tokenize", "claims", "sentiment", "analyze"]

    private func itnlp() throws -> ItnlpProcess {
        guard let itnlp = ItnlpProcess.locate() else {
            throw XCTSkip("the itnlp binary was not found beside the test bundle (run swift build first)")
        }
        return itnlp
    }

    /// The paragraphs of the development fixtures and the sample article, one JSON line each,
    /// with ids of several JSON types; more lines than one parallel batch holds.
    private func documents() throws -> (data: Data, count: Int) {
        var texts: [String] = []
        let dev = packageRoot.appendingPathComponent("Fixtures/claims/dev")
        let names = try FileManager.default.contentsOfDirectory(atPath: dev.path).filter { $0.hasSuffix(".txt") }.sorted()
        for name in names {
            let text = try String(contentsOf: dev.appendingPathComponent(name), encoding: .utf8)
            texts += text.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
            if texts.count >= 110 { break }
        }
        texts.append(try String(contentsOf: packageRoot.appendingPathComponent("Fixtures/sample/article.txt"), encoding: .utf8))
        texts.append("")
        texts.append("«Non è vero», ha detto. 😡 \u{0}")
        var data = Data()
        for (index, text) in texts.enumerated() {
            let id: Any = index % 3 == 0 ? index : (index % 3 == 1 ? "doc-\(index)" : ["n": index])
            let object: [String: Any] = ["id": id, "text": text]
            data += try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            data += Data("\n".utf8)
        }
        return (data, texts.count)
    }

    func testParallelOutputIsByteIdenticalToSequential() throws {
        let itnlp = try itnlp()
        let (input, count) = try documents()
        XCTAssertGreaterThan(count, 3 * 32, "the input should span several parallel batches")
        for subcommand in Self.subcommands {
            let sequential = try itnlp.run([subcommand, "--jsonl", "--jobs", "1"], input: input)
            XCTAssertEqual(sequential.status, 0, "\(subcommand): \(String(decoding: sequential.stderr, as: UTF8.self))")
            XCTAssertEqual(sequential.lines.count, count, subcommand)
            for jobs in ["2", "3"] {
                let parallel = try itnlp.run([subcommand, "--jsonl", "--jobs", jobs], input: input)
                XCTAssertEqual(parallel.status, 0, "\(subcommand) --jobs \(jobs)")
                XCTAssertTrue(parallel.stdout == sequential.stdout, "\(subcommand) --jobs \(jobs) differs from --jobs 1")
            }
        }
    }

    func testOutputKeepsInputOrderAndIDs() throws {
        let itnlp = try itnlp()
        let (input, count) = try documents()
        let output = try itnlp.run(["tokenize", "--jsonl", "--jobs", "3"], input: input)
        let ids = try output.lines.map { line -> String in
            let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return String(describing: object["id"] ?? "missing")
        }
        let expected = try String(decoding: input, as: UTF8.self).split(separator: "\n").map { line -> String in
            let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return String(describing: object["id"] ?? "missing")
        }
        XCTAssertEqual(ids.count, count)
        XCTAssertEqual(ids, expected)
    }

    /// Bad lines among good ones: each yields `{"id", "error"}` in its place (id null when it
    /// cannot be read), the documents after it are still processed, and the exit code is 1.
    func testBadLinesYieldErrorLinesInPlaceAndExitCodeOne() throws {
        let itnlp = try itnlp()
        var input = Data()
        let lines: [String] = [
            #"{"id": 1, "text": "«Bene», ha detto il sindaco."}"#,
            #"{"id": 2, "text": "manca la graffa""#,
            #"{"id": "tre"}"#,
            #"{"id": 4, "text": 42}"#,
            #"[1, 2, 3]"#,
            #"{"text": "Nessun id, ma va bene."}"#,
            #"{"id": 7, "text": "Secondo l'Istat la disoccupazione scende."}"#,
        ]
        for line in lines { input += Data((line + "\n").utf8) }
        input += Data(#"{"id": 8, "text": "byte non valido "#.utf8) + Data([0xFF]) + Data("\"}\n".utf8)
        input += Data(#"{"id": 9, "text": "Ultimo documento."}"#.utf8)  // no final line break

        for subcommand in Self.subcommands {
            for jobs in ["1", "2"] {
                let output = try itnlp.run([subcommand, "--jsonl", "--jobs", jobs], input: input)
                let context = "\(subcommand) --jobs \(jobs)"
                XCTAssertEqual(output.status, 1, context)
                let objects = try output.lines.map {
                    try XCTUnwrap(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any], context)
                }
                XCTAssertEqual(objects.count, 9, context)
                guard objects.count == 9 else { continue }
                let failed = objects.map { $0["error"] != nil }
                XCTAssertEqual(failed, [false, true, true, true, true, false, false, true, false], context)
                XCTAssertEqual(objects[0]["id"] as? Int, 1, context)
                XCTAssertTrue(objects[1]["id"] is NSNull, "\(context): the id of a line that is not JSON is null")
                XCTAssertEqual(objects[2]["id"] as? String, "tre", context)
                XCTAssertEqual(objects[3]["id"] as? Int, 4, context)
                XCTAssertTrue(objects[4]["id"] is NSNull, context)
                XCTAssertTrue(objects[5]["id"] is NSNull, context)
                XCTAssertEqual(objects[6]["id"] as? Int, 7, context)
                XCTAssertTrue(objects[7]["id"] is NSNull, "\(context): a line with invalid UTF-8 is not JSON")
                XCTAssertEqual(objects[8]["id"] as? Int, 9, context)
                XCTAssertTrue(String(decoding: output.stderr, as: UTF8.self).contains("5 document(s)"), context)
            }
        }
    }

    /// Lines that are JSON in shape but that no document can come from, and ids of every size:
    /// each line gets its result or an error line in place, and nothing crashes.
    func testMalformedLinesOfEveryKindGetAResultOrAnErrorInPlace() throws {
        let itnlp = try itnlp()
        let deepID = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let lines: [(line: String, readable: Bool)] = [
            (#"{"id": 1, "text": "lone high \ud800 surrogate"}"#, false),
            (#"{"id": 2, "text": "lone low \udc00 surrogate"}"#, false),
            (#"{"id": 3, "text": "a pair \ud83d\ude00 is fine"}"#, true),
            (#"{"id": 1e400, "text": "an id beyond Double"}"#, false),
            (#"{"id": 123456789012345678901234567890, "text": "a huge integer id"}"#, true),
            ("{\"id\": \"" + String(repeating: "x", count: 200_000) + #"", "text": "a long id"}"#, true),
            (#"{"id": "# + deepID + #", "text": "an id nested too deep"}"#, false),
            (#"{"id": {"a": [1, 2.5, null]}, "text": "an object id"}"#, true),
            (#"{"id": 9, "text": "NUL \u0000, U+2028 \u2028, CR\ronly"}"#, true),
            (#"{"id": 10, "text": null}"#, false),
            (#"{"id": 11, "text": "then garbage"} x"#, false),
            (#"{"id": 12, "text": ""# + String(repeating: "«", count: 5_000) + "\"}", true),
        ]
        var input = Data()
        for (line, _) in lines { input += Data((line + "\n").utf8) }
        input += Data(#"{"id": 13, "text": "a raw "#.utf8) + Data([0x00]) + Data(#" byte"}"#.utf8) + Data("\n".utf8)
        let expected = lines.map(\.readable) + [false]
        for subcommand in Self.subcommands {
            let output = try itnlp.run([subcommand, "--jsonl", "--jobs", "2"], input: input)
            XCTAssertEqual(output.status, 1, subcommand)
            let objects = try output.lines.map {
                try XCTUnwrap(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any], subcommand)
            }
            XCTAssertEqual(objects.map { $0["error"] == nil }, expected, subcommand)
            // The error says why: Foundation's reason follows "not valid JSON".
            let reason = try XCTUnwrap(objects.first?["error"] as? String, subcommand)
            XCTAssertTrue(reason.hasPrefix("line 1: not valid JSON: ") && reason.contains("surrogate"), "\(subcommand): \(reason)")
            XCTAssertTrue((objects[3]["error"] as? String)?.contains("1e400") == true, subcommand)
            XCTAssertEqual((objects[5]["id"] as? String)?.count, 200_000, subcommand)
        }
    }

    /// `--jobs` is taken as a wish: a huge count overflowed the batch size and trapped.
    func testHugeJobCountIsBoundedNotATrap() throws {
        let itnlp = try itnlp()
        let input = Data((#"{"id": 1, "text": "Va bene."}"# + "\n").utf8)
        for jobs in ["9223372036854775807", "0"] {
            let output = try itnlp.run(["tokenize", "--jsonl", "--jobs", jobs], input: input)
            XCTAssertEqual(output.status, 0, "--jobs \(jobs): \(String(decoding: output.stderr, as: UTF8.self))")
            XCTAssertEqual(output.lines.count, 1, "--jobs \(jobs)")
        }
    }

    /// A path that cannot be read (a folder) fails with a message, in both input modes; it was
    /// taken for an empty document.
    func testUnreadableInputFailsWithAMessage() throws {
        let itnlp = try itnlp()
        let folder = FileManager.default.temporaryDirectory.path
        for arguments in [["tokenize", folder], ["analyze", folder], ["claims", "--jsonl", folder]] {
            let output = try itnlp.run(arguments, input: Data())
            XCTAssertNotEqual(output.status, 0, "\(arguments)")
            XCTAssertTrue(String(decoding: output.stderr, as: UTF8.self).contains("cannot read"), "\(arguments)")
            XCTAssertTrue(output.stdout.isEmpty, "\(arguments)")
        }
    }

    func testExitCodeIsZeroWhenEveryDocumentIsRead() throws {
        let itnlp = try itnlp()
        let text = #"{"id": "a", "text": "Ha detto che va bene."}"# + "\n\n   \n" + #"{"id": "b", "text": ""}"# + "\n"
        let input = Data(text.utf8)
        for subcommand in Self.subcommands {
            let output = try itnlp.run([subcommand, "--jsonl"], input: input)
            XCTAssertEqual(output.status, 0, subcommand)
            XCTAssertEqual(output.lines.count, 2, "\(subcommand): blank lines are skipped")
            XCTAssertTrue(output.stderr.isEmpty, subcommand)
        }
    }

    func testEmptyInputWritesNothingAndSucceeds() throws {
        let itnlp = try itnlp()
        for subcommand in Self.subcommands {
            let output = try itnlp.run([subcommand, "--jsonl", "--jobs", "2"], input: Data())
            XCTAssertEqual(output.status, 0, subcommand)
            XCTAssertTrue(output.stdout.isEmpty, subcommand)
        }
    }
}

/// Every subcommand that reads a single document reports decoding warnings in its JSON.
final class DocumentWarningsTests: XCTestCase {
    func testInvalidUTF8IsReportedByClaimsAndAnalyze() throws {
        guard let itnlp = ItnlpProcess.locate() else {
            throw XCTSkip("the itnlp binary was not found beside the test bundle (run swift build first)")
        }
        let input = Data([0xFF] + Array(" «Piove», ha detto Anna Neri.".utf8))
        for subcommand in ["claims", "analyze"] {
            let result = try itnlp.run([subcommand], input: input)
            XCTAssertEqual(result.status, 0, subcommand)
            let object = try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any]
            let warnings = object?["warnings"] as? [[String: Any]]
            XCTAssertEqual(warnings?.first?["code"] as? String, "invalid-utf8", subcommand)
            XCTAssertEqual(warnings?.first?["offset"] as? Int, 0, subcommand)
        }
        let clean = try itnlp.run(["analyze"], input: Data("Piove.".utf8))
        let object = try JSONSerialization.jsonObject(with: clean.stdout) as? [String: Any]
        XCTAssertEqual((object?["warnings"] as? [Any])?.count, 0)
    }
}
