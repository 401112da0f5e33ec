import ArgumentParser
import Foundation
import ItalianNLP

/// The batch interface every subcommand shares: one `{"id", "text"}` object per input line in,
/// one result object per line out, in input order.
enum JSONLines {
    /// A parsed input line: its id (re-encoded JSON, `null` when absent) and text.
    struct Document: Equatable {
        let idJSON: [UInt8]
        let text: String?
        let error: String?
    }

    static func parse(_ line: [UInt8], lineNumber: Int) -> Document {
        // The common shape without Foundation (`DocumentLineParser`); anything else, errors
        // included, as Foundation reads it.
        if let fast = DocumentLineParser.parse(line) {
            return Document(idJSON: fast.idJSON, text: fast.text, error: nil)
        }
        return parseWithFoundation(line, lineNumber: lineNumber)
    }

    /// Any input line, read by `JSONSerialization`: the path for every line the fast one declines.
    static func parseWithFoundation(_ line: [UInt8], lineNumber: Int) -> Document {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(line), options: [.fragmentsAllowed])
        } catch {
            // Foundation's reason says what is wrong ("Unescaped control character around
            // character 20", a lone surrogate, a number beyond Double), which a long line needs.
            let reason = (error as NSError).userInfo[NSDebugDescriptionErrorKey].map { ": \($0)" } ?? ""
            return Document(idJSON: Array("null".utf8), text: nil, error: "line \(lineNumber): not valid JSON\(reason)")
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

    /// The batch loop every `--jsonl` subcommand shares: reads `{"id", "text"}` lines in bounded
    /// memory, writes an error line for a document that cannot be read and goes on, writes one
    /// result line per document in input order, and fails with exit code 1 at the end when some
    /// document failed. `render` writes the members that follow `"id"` (without braces).
    ///
    /// With `jobs` > 1, documents are read in batches and rendered in parallel; the output is
    /// written in input order and is byte-identical to `jobs == 1`.
    static func process(path: String?, jobs requestedJobs: Int = 1, render: @escaping @Sendable (String, inout JSONBuffer) -> Void) throws {
        var failures = 0
        var lineNumber = 0
        var batch: [(line: [UInt8], number: Int)] = []
        // `--jobs` is the user's number: a huge one overflowed the batch size (a trap), and more
        // workers than `maximumJobs` only hold more documents in memory at once.
        let jobs = min(max(1, requestedJobs), maximumJobs)
        let batchSize = jobs * 32

        func flush() {
            guard !batch.isEmpty else { return }
            let results = renderBatch(batch, jobs: jobs, render: render)
            for result in results {
                if result.failed { failures += 1 }
                InputOutput.write(result.bytes)
            }
            batch.removeAll(keepingCapacity: true)
        }

        try InputOutput.forEachLine(path: path) { line in
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return }
            batch.append((line, lineNumber))
            if batch.count >= batchSize { flush() }
        }
        flush()
        if failures > 0 {
            InputOutput.warn("\(failures) document(s) could not be read")
            throw ExitCode(1)
        }
    }

    /// The most documents rendered in parallel, whatever `--jobs` asks: far more than the cores of
    /// any machine this runs on.
    static let maximumJobs = 256

    /// Renders one batch, in parallel when `jobs` > 1; results keep the batch's order.
    private static func renderBatch(
        _ batch: [(line: [UInt8], number: Int)], jobs: Int, render: @escaping @Sendable (String, inout JSONBuffer) -> Void
    ) -> [(bytes: [UInt8], failed: Bool)] {
        let renderOne: @Sendable ([UInt8], Int) -> (bytes: [UInt8], failed: Bool) = { line, number in
            let document = parse(line, lineNumber: number)
            guard let text = document.text else { return (errorLine(document), true) }
            var json = JSONBuffer(reservingCapacity: line.count * 4)
            json.raw("{")
            json.key("id")
            json.raw(bytes: document.idJSON)
            json.raw(",")
            render(text, &json)
            json.raw("}\n")
            return (json.bytes, false)
        }
        if jobs <= 1 || batch.count == 1 {
            return batch.map { renderOne($0.line, $0.number) }
        }
        let results = ResultSlots(count: batch.count)
        // `jobs` workers, each taking the next document until the batch is done: one iteration
        // per document would let Dispatch run as many threads as the machine has cores, whatever
        // `--jobs` says.
        DispatchQueue.concurrentPerform(iterations: min(jobs, batch.count)) { _ in
            while let index = results.claimNext() {
                results.store(renderOne(batch[index].line, batch[index].number), at: index)
            }
        }
        return results.values
    }

    /// One slot per document of a batch; each parallel worker claims a document, then writes
    /// only its slot.
    private final class ResultSlots: @unchecked Sendable {
        private var slots: [(bytes: [UInt8], failed: Bool)]
        private var next = 0
        private let lock = NSLock()

        init(count: Int) { slots = Array(repeating: ([], false), count: count) }

        /// The index of the next document nobody has taken, or nil when all are taken.
        func claimNext() -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard next < slots.count else { return nil }
            next += 1
            return next - 1
        }

        func store(_ value: (bytes: [UInt8], failed: Bool), at index: Int) {
            lock.lock()
            slots[index] = value
            lock.unlock()
        }

        var values: [(bytes: [UInt8], failed: Bool)] {
            lock.lock()
            defer { lock.unlock() }
            return slots
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
