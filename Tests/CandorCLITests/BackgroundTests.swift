import Testing

@testable import CandorCLI

/// Work on a second thread: its result (or its error) is what `wait` gives, however many run at once.
struct BackgroundTests {
    struct Failed: Error, Equatable {}

    @Test func eachGivesItsOwnResultOrError() throws {
        let jobs = (0..<16).map { n in
            Background { () throws -> Int in
                if n == 7 { throw Failed() }
                return (0...(n * 10_000)).reduce(0, &+)
            }
        }
        for (n, job) in jobs.enumerated() where n != 7 {
            #expect(try job.wait() == (0...(n * 10_000)).reduce(0, &+))
            #expect(try job.wait() == (0...(n * 10_000)).reduce(0, &+))  // asked again: the same
        }
        #expect(throws: Failed.self) { try jobs[7].wait() }
    }
}
