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
