import ArgumentParser
import Foundation
import ItalianNLP

/// The batch interface every subcommand shares: one `{"id", "text"}` object per input line in,
/// one result object per line out, in input order.
enum JSONLines {
    /// A parsed input line: its id (re-encoded JSON, `null` when absent) and text.
    struct Document {
        let idJSON: [UInt8]
        let text: String?
        let error: String?
    }

    static func parse(_ line: [UInt8], lineNumber: Int) -> Document {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line), options: [.fragmentsAllowed]) else {
            return Document(idJSON: Array("null".utf8), text: nil, error: "line \(lineNumber): not valid JSON")
        }
        guard let dictionary = object as? [String: Any] else {
            return Document(idJSON: Array("null".utf8), text: nil, error: "line \(lineNumber): not a JSON object")
        }
        var idJSON = Array("null".utf8)
        if let id = dictionary["id"], !(id is NSNull),
            let data = try? JSONSerialization.data(withJSONObject: id, options: [.fragmentsAllowed])
        {
            idJSON = Array(data)
        }
        guard let text = dictionary["text"] as? String else {
            return Document(idJSON: idJSON, text: nil, error: "line \(lineNumber): no \"text\" string")
        }
        return Document(idJSON: idJSON, text: text, error: nil)
    }

    /// The batch loop every `--jsonl` subcommand shares: reads `{"id", "text"}` lines in constant
    /// memory, writes an error line for a document that cannot be read and goes on, writes one
    /// result line per document in input order, and fails with exit code 1 at the end when some
    /// document failed. `render` writes the members that follow `"id"` (without braces).
    static func process(path: String?, render: (String, inout JSONBuffer) -> Void) throws {
        var failures = 0
        var lineNumber = 0
        var json = JSONBuffer(reservingCapacity: 1 << 16)
        try InputOutput.forEachLine(path: path) { line in
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return }
            let document = parse(line, lineNumber: lineNumber)
            guard let text = document.text else {
                failures += 1
                InputOutput.write(errorLine(document))
                return
            }
            json.removeAll()
            json.raw("{")
            json.key("id")
            json.raw(bytes: document.idJSON)
            json.raw(",")
            render(text, &json)
            json.raw("}\n")
            InputOutput.write(json.bytes)
        }
        if failures > 0 {
            InputOutput.warn("\(failures) document(s) could not be read")
            throw ExitCode(1)
        }
    }

    /// The error line written in place of a document that could not be read.
    static func errorLine(_ document: Document) -> [UInt8] {
        var json = JSONBuffer()
        json.raw("{")
        json.key("id")
        json.raw(bytes: document.idJSON)
        json.raw(",")
        json.key("error")
        json.string(document.error ?? "unknown error")
        json.raw("}\n")
        return json.bytes
    }
}
