import Foundation
import XCTest

/// `itnlp eval-sentiment --frames` takes the fixture folder or one file of it.
final class EvalSentimentCommandTests: XCTestCase {
    func testOneFrameFileScoresAlone() throws {
        guard let itnlp = ItnlpProcess.locate() else {
            throw XCTSkip("the itnlp binary was not found beside the test bundle (run swift build first)")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("itnlp-frames-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let line = #"{"id": "t1", "text": "Non è lo stipendio, ma la missione.", "frames": {"mission": {"present": true, "stance": 1}, "money": {"present": true, "stance": -1}}}"#
        try Data((line + "\n").utf8).write(to: folder.appendingPathComponent("one.jsonl"))
        try Data((line + "\n").utf8).write(to: folder.appendingPathComponent("two.jsonl"))
        let file = try itnlp.run(["eval-sentiment", "--only", "frames", "--frames", folder.appendingPathComponent("one.jsonl").path], input: Data())
        XCTAssertEqual(file.status, 0)
        XCTAssertEqual(file.lines.filter { $0.hasPrefix("Frames ") }, ["Frames one.jsonl (1 sentences)"])
        let whole = try itnlp.run(["eval-sentiment", "--only", "frames", "--frames", folder.path], input: Data())
        XCTAssertEqual(whole.lines.filter { $0.hasPrefix("Frames ") }, ["Frames one.jsonl (1 sentences)", "Frames two.jsonl (1 sentences)"])
    }
}
