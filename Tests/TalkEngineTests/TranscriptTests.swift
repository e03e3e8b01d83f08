import Foundation
import Testing

/// Every transcript under Tests/Transcripts is one journey, replayed against the engine.
struct TranscriptTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Transcripts").path

    static var transcripts: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".transcript") }
            .sorted()
    }

    @Test func thereAreTranscripts() {
        #expect(Self.transcripts.count >= 4)
    }

    @Test(arguments: transcripts)
    func replay(_ name: String) throws {
        try TranscriptRunner(path: Self.folder + "/" + name).run()
    }
}
