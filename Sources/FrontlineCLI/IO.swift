import Foundation

/// Where a command writes its output: the real stdout or stderr, or a buffer in tests.
public protocol OutputSink: AnyObject {
    /// Writes text.
    func write(_ text: String)
    /// Writes any buffered text out.
    func flush()
    /// Writes UTF-8 bytes.
    func write(bytes: [UInt8])
}

extension OutputSink {
    /// Writes UTF-8 bytes as text.
    public func write(bytes: [UInt8]) { write(String(decoding: bytes, as: UTF8.self)) }
}

/// Collects output in memory, for running commands in-process.
public final class BufferedOutput: OutputSink {
    /// Everything written so far.
    public private(set) var text = ""

    /// Creates an empty buffer.
    public init() {}

    /// Appends text.
    public func write(_ text: String) { self.text += text }

    /// Does nothing: a buffer holds everything.
    public func flush() {}
}

/// Writes to a file handle through a buffer, so line-by-line output stays fast.
public final class FileHandleOutput: OutputSink {
    private let handle: FileHandle
    private var buffer = Data()

    /// Creates output to a handle such as `FileHandle.standardOutput`.
    public init(_ handle: FileHandle) { self.handle = handle }

    /// Buffers text, writing it out in 64 KiB pieces.
    public func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Buffers bytes, writing them out in 64 KiB pieces.
    public func write(bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Writes the buffer out.
    public func flush() {
        guard !buffer.isEmpty else { return }
        handle.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    deinit { flush() }
}

/// Where a command reads standard input from: the real stdin or bytes given in a test.
public enum InputSource: Sendable {
    /// The process's standard input.
    case standardInput
    /// Fixed bytes.
    case bytes([UInt8])
}

/// The streams and environment a command runs with.
public struct CommandIO {
    /// Standard input.
    public var input: InputSource
    /// Standard output.
    public var output: OutputSink
    /// Standard error.
    public var errors: OutputSink
    /// Environment variables.
    public var environment: [String: String]
    /// True when standard output is a terminal (colours are used only then, and only without NO_COLOR).
    public var outputIsTerminal: Bool
    /// The folder relative paths are read from.
    public var workingDirectory: String
    /// True when standard input is a terminal (a person typing), so commands never wait silently for piped text.
    public var inputIsTerminal = false

    /// True when output may be coloured.
    public var usesColor: Bool { outputIsTerminal && environment["NO_COLOR"] == nil }

    /// Creates the streams for a command.
    public init(
        input: InputSource, output: OutputSink, errors: OutputSink, environment: [String: String],
        outputIsTerminal: Bool, workingDirectory: String
    ) {
        self.input = input
        self.output = output
        self.errors = errors
        self.environment = environment
        self.outputIsTerminal = outputIsTerminal
        self.workingDirectory = workingDirectory
    }

    /// Opens a path given on the command line ("-" is standard input) as a stream of byte chunks.
    public func openInput(_ path: String?) throws(DataError) -> ChunkReader {
        guard let path, path != "-" else {
            switch input {
            case .standardInput: return ChunkReader(handle: FileHandle.standardInput)
            case .bytes(let bytes): return ChunkReader(bytes: bytes)
            }
        }
        let full = path.hasPrefix("/") ? path : workingDirectory + "/" + path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory) else {
            throw DataError("No such file: \(path)")
        }
        guard !isDirectory.boolValue else { throw DataError("\(path) is a folder, not a file") }
        guard let handle = FileHandle(forReadingAtPath: full) else { throw DataError("Cannot read \(path)") }
        return ChunkReader(handle: handle)
    }
}

/// Reads input in chunks and hands out lines as bytes, so input of any size streams.
public final class ChunkReader {
    private let handle: FileHandle?
    private var pending: [UInt8]
    private var start = 0
    private var scannedUntil = 0
    private var finished: Bool
    /// The number of the last line returned, counting from 1.
    public private(set) var lineNumber = 0

    init(handle: FileHandle) {
        self.handle = handle
        self.pending = []
        self.finished = false
    }

    init(bytes: [UInt8]) {
        self.handle = nil
        self.pending = bytes
        self.finished = true
    }

    /// The next line without its line ending, or nil at the end of input.
    public func nextLine() -> ArraySlice<UInt8>? {
        while true {
            // Scan only bytes not scanned before, so a long line costs linear time.
            if let newline = pending[max(start, scannedUntil)...].firstIndex(of: 0x0A) {
                var line = pending[start..<newline]
                start = newline + 1
                scannedUntil = start
                if line.last == 0x0D { line = line.dropLast() }
                return numbered(line)
            }
            scannedUntil = pending.count
            if finished {
                guard start < pending.count else { return nil }
                var line = pending[start...]
                start = pending.count
                if line.last == 0x0D { line = line.dropLast() }
                return numbered(line)
            }
            let chunk = readChunk()
            if let chunk, !chunk.isEmpty {
                if start > 0 {
                    pending.removeFirst(start)
                    scannedUntil -= start
                    start = 0
                }
                pending.append(contentsOf: chunk)
            } else {
                finished = true
            }
        }
    }

    /// Counts a line out; the first loses a UTF-8 byte-order mark, which some editors put at the start of a file.
    private func numbered(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        lineNumber += 1
        guard lineNumber == 1 else { return line }
        return ChunkReader.droppingByteOrderMark(line)
    }

    /// The bytes without a leading UTF-8 byte-order mark (EF BB BF), if they start with one.
    static func droppingByteOrderMark(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes
    }

    /// Whatever one read returns (up to 64 KiB): a terminal hands over each line as it is typed, a file fills the buffer.
    private func readChunk() -> [UInt8]? {
        guard let handle else { return nil }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(handle.fileDescriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            return count > 0 ? Array(buffer[..<count]) : nil
        }
    }

    /// All remaining input as bytes; a file read whole loses a leading UTF-8 byte-order mark.
    public func readAll() -> [UInt8] {
        var all: [UInt8] = Array(pending[start...])
        start = pending.count
        while !finished {
            if let chunk = readChunk(), !chunk.isEmpty {
                all.append(contentsOf: chunk)
            } else {
                finished = true
            }
        }
        return lineNumber == 0 ? Array(ChunkReader.droppingByteOrderMark(all[...])) : all
    }
}

/// Writes a file the user named on the command line: whole or not at all, with a plain error when it cannot.
enum FileOutput {
    /// Writes `data` to `path` (relative to `folder`) atomically; a folder in the way or a missing parent folder is
    /// reported in one sentence.
    static func write(_ data: Data, to path: String, in folder: String) throws(DataError) {
        let url = URL(fileURLWithPath: path.hasPrefix("/") ? path : folder + "/" + path)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw DataError("cannot write \(path): it is a folder; give the name of a file inside it")
        }
        let parent = url.deletingLastPathComponent().path
        guard FileManager.default.fileExists(atPath: parent, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DataError("cannot write \(path): the folder \(parent) does not exist")
        }
        do {
            try data.write(to: url, options: .atomic)
        } catch {
            throw DataError("cannot write \(path): \(CommandLineTool.describe(error))")
        }
    }
}
