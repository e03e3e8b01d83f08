/// E011 and E029 to E034: numbers that cannot be.
extension DiagnosticMessage {
    static func versionBelowOne(_ version: Int) -> Self {
        Self(.badNumber, "version \(version) is below 1; versions start at 1")
    }
    static func scaleOrder(min: Int, max: Int) -> Self {
        Self(.scaleOrder, "scale \(min) \(max): the lowest number must be below the highest")
    }
    static func maxBelowMin(max: Int, min: Int) -> Self { Self(.maxBelowMin, "max \(max) is below min \(min)") }
    static func negativeLength(_ name: String) -> Self { Self(.negativeLength, "'\(name)' cannot be negative") }
    static func labelOutsideScale(_ n: Int, min: Int, max: Int) -> Self {
        Self(.labelOutsideScale, "label \(n) is outside the scale \(min) to \(max)")
    }
    static func notAnAge(_ n: Int) -> Self {
        Self(
            .notAnAge,
            "age \(n) is not an age; write a whole number from \(Question.ages.lowerBound) to "
                + "\(Question.ages.upperBound)")
    }
    static func numberTooLarge(_ text: String) -> Self { Self(.numberTooLarge, "the number \(text) is too large") }
}
