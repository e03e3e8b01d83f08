import CompactCoding

/// The talk, its steps, what they hold, its card and catalogs.
extension CompiledForm.Encoder {
    mutating func script(_ s: Script) {
        w.string(s.id)
        w.string(s.title)
        w.int(s.version)
        optionalString(s.about)
        w.bool(s.reviewsAgreements)
        array(s.catalogs) { $0.catalog($1) }
        array(s.steps) { $0.step($1) }
        optional(s.card) { $0.card($1) }
        location(s.location)
    }

    mutating func step(_ s: Step) {
        w.string(s.id)
        w.string(s.title)
        w.bool(s.numbered)
        optional(s.condition) { $0.condition($1) }
        array(s.nodes) { $0.node($1) }
        location(s.location)
    }

    mutating func node(_ n: Node) {
        switch n {
        case .say(let say):
            w.byte(0)
            template(say.text)
            optional(say.condition) { $0.condition($1) }
            location(say.location)
        case .ask(let q):
            w.byte(1)
            question(q)
        case .flag(let flag):
            w.byte(2)
            w.string(flag.id)
            condition(flag.condition)
            template(flag.message)
            location(flag.location)
        case .stop(let rule):
            w.byte(3)
            condition(rule.condition)
            template(rule.message)
            location(rule.location)
        }
    }

    mutating func card(_ c: Card) {
        w.string(c.title)
        array(c.lines) { e, line in
            e.w.string(line.id)
            e.template(line.template)
            e.optional(line.condition) { $0.condition($1) }
            e.location(line.location)
        }
        location(c.location)
    }

    mutating func catalog(_ c: Catalog) {
        w.string(c.id)
        w.string(c.title)
        array(c.items) { e, item in
            e.w.string(item.id)
            e.w.string(item.label)
            e.w.strings(item.roles)
            e.w.bool(item.highRisk)
            e.optionalString(item.note)
            e.optionalString(item.caution)
            e.optionalString(item.category)
            e.location(item.location)
        }
        optionalString(c.list)
        location(c.location)
    }
}

extension CompiledForm.Decoder {
    mutating func script() throws(CompactReader.Failure) -> Script {
        let id = try r.string()
        let title = try r.string()
        let version = try r.int()
        let about = try r.optionalString()
        let reviews = try r.bool()
        let catalogs = try array { d throws(CompactReader.Failure) in try d.catalog() }
        let steps = try array { d throws(CompactReader.Failure) in try d.step() }
        let card = try optional { d throws(CompactReader.Failure) in try d.card() }
        return Script(
            id: id, title: title, version: version, about: about, reviewsAgreements: reviews, catalogs: catalogs,
            steps: steps, card: card, location: try location())
    }

    mutating func step() throws(CompactReader.Failure) -> Step {
        let id = try r.string()
        let title = try r.string()
        let numbered = try r.bool()
        let condition = try optional { d throws(CompactReader.Failure) in try d.condition() }
        let nodes = try array { d throws(CompactReader.Failure) in try d.node() }
        return Step(
            id: id, title: title, numbered: numbered, condition: condition, nodes: nodes, location: try location())
    }

    mutating func node() throws(CompactReader.Failure) -> Node {
        switch try tag() {
        case 0:
            let text = try template()
            let condition = try optional { d throws(CompactReader.Failure) in try d.condition() }
            return .say(Say(text: text, condition: condition, location: try location()))
        case 1:
            return .ask(try question())
        case 2:
            let id = try r.string()
            let condition = try condition()
            let message = try template()
            return .flag(Flag(id: id, condition: condition, message: message, location: try location()))
        case 3:
            let condition = try condition()
            let message = try template()
            return .stop(StopRule(condition: condition, message: message, location: try location()))
        default:
            throw unknown("kind of line in a step")
        }
    }

    mutating func card() throws(CompactReader.Failure) -> Card {
        let title = try r.string()
        let lines = try array { d throws(CompactReader.Failure) in
            let id = try d.r.string()
            let template = try d.template()
            let condition = try d.optional { d throws(CompactReader.Failure) in try d.condition() }
            return CardLine(id: id, template: template, condition: condition, location: try d.location())
        }
        return Card(title: title, lines: lines, location: try location())
    }

    mutating func catalog() throws(CompactReader.Failure) -> Catalog {
        let id = try r.string()
        let title = try r.string()
        let items = try array { d throws(CompactReader.Failure) in
            let id = try d.r.string()
            let label = try d.r.string()
            let roles = try d.r.strings()
            let highRisk = try d.r.bool()
            let note = try d.r.optionalString()
            let caution = try d.r.optionalString()
            let category = try d.r.optionalString()
            return CatalogItem(
                id: id, label: label, roles: roles, highRisk: highRisk, note: note, caution: caution,
                category: category, location: try d.location())
        }
        var catalog = Catalog(id: id, title: title, items: items)
        catalog.list = try r.optionalString()
        catalog.location = try location()
        return catalog
    }
}
