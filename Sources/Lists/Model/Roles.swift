/// The sides an item can be asked from.
public enum Roles: Equatable, Sendable {
    /// One answer for the item.
    case general
    /// Two sides Candor knows, such as giving and receiving.
    case pair(RolePair)
    /// Column names from an imported list that are not a known pair, kept as written.
    case named([String])
}

public enum RolePair: String, CaseIterable, Equatable, Sendable {
    case givingReceiving = "giving/receiving"
    case selfPartner = "self/partner"
    case topBottom = "top/bottom"

    public var roles: (Role, Role) {
        switch self {
        case .givingReceiving: (.giving, .receiving)
        case .selfPartner: (.ownSelf, .partner)
        case .topBottom: (.top, .bottom)
        }
    }

    /// The pair two column names make, whatever their case or order; nil when they are not a known pair.
    public init?(columns: [String]) {
        guard columns.count == 2 else { return nil }
        let names = Set(columns.map { $0.trimmingSpaces.lowercased() })
        guard
            let pair = RolePair.allCases.first(where: {
                Set($0.rawValue.split(separator: "/").map(String.init)) == names
            })
        else { return nil }
        self = pair
    }
}

public enum Role: String, Equatable, Sendable {
    case giving, receiving, partner, top, bottom
    case ownSelf = "self"
}

extension Roles {
    /// The names a rating is kept under for each side, in order: none for one answer.
    public var keys: [String] {
        switch self {
        case .general: []
        case .pair(let pair): [pair.roles.0.rawValue, pair.roles.1.rawValue]
        case .named(let names): names.map { ListID.slug($0) }
        }
    }

    /// The side an imported column name stands for, as `keys` names it; nil when it is none of them.
    public func key(forColumn column: String) -> String? {
        let wanted: String
        switch self {
        case .general: return nil
        case .pair: wanted = column.trimmingSpaces.lowercased()
        case .named: wanted = ListID.slug(column)
        }
        return keys.contains(wanted) ? wanted : nil
    }
}
