@testable import CandorCLI
import Testing

struct ArgumentScannerTests {
    @Test func placeholder() {}
}
