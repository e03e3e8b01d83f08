/// How roles are written in a list file: "general", a known pair ("giving/receiving"), or "named A, B".
enum RolesText {
    static func parse(_ text: String) -> Roles? {
        let lowered = text.lowercased()
        if lowered == "general" { return .general }
        if let pair = RolePair(
            rawValue: lowered.split(separator: "/").map { String($0).trimmingSpaces }.joined(separator: "/"))
        {
            return .pair(pair)
        }
        guard lowered.hasPrefix("named ") else { return nil }
        let names = text.dropFirst("named ".count).split(separator: ",").map { String($0).trimmingSpaces }
        guard !names.isEmpty, !names.contains(where: \.isEmpty) else { return nil }
        return .named(names)
    }

    static func write(_ roles: Roles) -> String {
        switch roles {
        case .general: "general"
        case .pair(let pair): pair.rawValue
        case .named(let names): "named " + names.joined(separator: ", ")
        }
    }
}
