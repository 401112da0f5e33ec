import Foundation
import XCTest

/// Runs the built `itnlp` binary, the one `swift build` put beside the test bundle.
struct ItnlpProcess {
    /// What one run printed and returned.
    struct Output {
        let stdout: Data
        let stderr: Data
        let status: Int32

        var lines: [String] {
            String(decoding: stdout, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                .dropLast().map(String.init)
        }
    }

    let executable: URL

    /// The binary: $ITNLP_BINARY when set, else `itnlp` in the products folder that holds the
    /// test bundle (.build/<triple>/debug). Nil when neither exists.
    static func locate() -> ItnlpProcess? {
        var candidates: [URL] = []
        if let path = ProcessInfo.processInfo.environment["ITNLP_BINARY"] {
            candidates.append(URL(fileURLWithPath: path))
        }
        // On Linux the test bundle is an executable in the products folder; on macOS a bundle
        // inside it, so both the bundle's folder and the folder above it are tried.
        for base in [Bundle.main.bundleURL, Bundle(for: Marker.self).bundleURL] {
            candidates.append(base.appendingPathComponent("itnlp"))
            candidates.append(base.deletingLastPathComponent().appendingPathComponent("itnlp"))
        }
        if let argument = CommandLine.arguments.first {
            candidates.append(URL(fileURLWithPath: argument).deletingLastPathComponent().appendingPathComponent("itnlp"))
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }.map(ItnlpProcess.init)
    }

    /// Runs `itnlp arguments…` with `input` on standard input.
    func run(_ arguments: [String], input: Data) throws -> Output {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Input and output go through pipes concurrently, so a large batch cannot deadlock on a
        // full pipe buffer.
        let writer = Thread {
            stdin.fileHandleForWriting.write(input)
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let errorData = ErrorCollector(stderr.fileHandleForReading)
        let outputData = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(stdout: outputData, stderr: errorData.wait(), status: process.terminationStatus)
    }

    /// Reads a pipe to its end on a thread of its own.
    private final class ErrorCollector: @unchecked Sendable {
        private var data = Data()
        private let done = DispatchSemaphore(value: 0)

        init(_ handle: FileHandle) {
            Thread {
                self.data = handle.readDataToEndOfFile()
                self.done.signal()
            }.start()
        }

        func wait() -> Data {
            done.wait()
            return data
        }
    }

    private final class Marker {}
}

/// The package's root folder (for Fixtures/).
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
