/// The statements other than `ask` and its attributes: header, catalogs, steps, says, flags, stops, the card.
extension Parser {
    mutating func talkHeader(_ location: SourceLocation) {
        startTopLevel()
        guard allowedInPrelude("talk", location) else { return }
        if out.header != nil {
            sink.report(.secondHeader, at: location)
            return
        }
        if statementCount > 1 {
            sink.report(.headerNotFirst, at: location)
        }
        let usage = "talk ID \"Title\" version N"
        guard let (id, _) = expectID("the talk's id after 'talk' (\(usage))") else { return }
        var header = ParsedFile.Header(id: id, title: "", version: 1, location: location)
        defer { out.header = header }
        guard let title = expectPlainText("the talk's title in quotes (\(usage))", usage: "a title", oneLine: true)
        else { return }
        header.title = title
        guard acceptWord("version") else { return expected("'version N' after the title (\(usage))") }
        guard let (version, versionLocation) = expectNumber("the version number after 'version'") else { return }
        header.version = version
        if version < 1 {
            sink.report(.versionBelowOne(version), at: versionLocation)
        }
        expectEnd(after: "the version")
    }

    mutating func aboutStatement(_ location: SourceLocation) {
        startTopLevel()
        guard allowedInPrelude("about", location) else { return }
        if out.about != nil {
            sink.report(.secondAbout, at: location)
            return
        }
        guard let about = expectPlainText("the text in quotes after 'about'", usage: "'about'") else { return }
        out.about = about
        expectEnd(after: "the text")
    }

    /// `reviews agreements`: the talk starts by offering the same people's standing agreements again.
    mutating func reviewsStatement(_ location: SourceLocation) {
        startTopLevel()
        guard allowedInPrelude("reviews", location) else { return }
        if out.reviewsAgreements {
            sink.report(.secondReviews, at: location)
            return
        }
        guard acceptWord("agreements") else { return expected("'agreements' after 'reviews' (reviews agreements)") }
        out.reviewsAgreements = true
        expectEnd(after: "'reviews agreements'")
    }

    mutating func catalogStatement(_ location: SourceLocation) {
        startTopLevel()
        guard allowedInPrelude("catalog", location) else { return }
        section = .broken
        guard let (id, _) = expectID("the catalog's id after 'catalog' (catalog ID \"Title\")") else { return }
        out.catalogs.append(Catalog(id: id, title: "", location: location))
        let index = out.catalogs.count - 1
        section = .catalog(index)
        if acceptWord("from") {
            // The items come from a list file, read by whoever compiles (`TalkCompiler.compile(lists:)`).
            guard
                let path = expectPlainText(
                    "the list file's path in quotes (catalog ID from \"FILE\")", usage: "a path", oneLine: true)
            else { return }
            out.catalogs[index].list = path
            expectEnd(after: "the list file's path")
            return
        }
        guard let title = expectPlainText("the catalog's title in quotes", usage: "a title", oneLine: true) else {
            return
        }
        out.catalogs[index].title = title
        expectEnd(after: "the title")
    }

    mutating func itemStatement(_ location: SourceLocation) {
        guard case .catalog(let c) = section else {
            if case .broken = section { return }
            sink.report(.itemWithoutCatalog, at: location)
            return
        }
        itemIndex = -1
        let usage = "item ID \"Label\" [roles ROLE...] [high-risk]"
        guard let (id, _) = expectID("the item's id after 'item' (\(usage))") else { return }
        var item = CatalogItem(id: id, label: "", location: location)
        out.catalogs[c].items.append(item)
        let index = out.catalogs[c].items.count - 1
        itemIndex = index
        defer { out.catalogs[c].items[index] = item }
        guard let label = expectPlainText("the item's label in quotes (\(usage))", usage: "a label", oneLine: true)
        else { return }
        item.label = label
        while let t = current {
            if acceptWord("high-risk") {
                item.highRisk = true
            } else if acceptWord("roles") {
                var any = false
                while let r = current, r.kind == .word, !isWord("high-risk") {
                    let role = text(r)
                    if item.roles.contains(role) {
                        sink.report(.duplicateRole(role, item: id), at: self.location(r))
                    } else {
                        item.roles.append(role)
                    }
                    any = true
                    pos += 1
                }
                if !any { return expected("at least one role after 'roles' (roles giving receiving)") }
            } else {
                if t.kind != .broken {
                    sink.report(.unexpectedAfterItemLabel(describe(t)), at: self.location(t))
                }
                return
            }
        }
    }

    mutating func itemTextStatement(_ keyword: String, _ location: SourceLocation) {
        guard case .catalog(let c) = section, let i = itemIndex else {
            if case .broken = section { return }
            sink.report(.itemTextWithoutItem(keyword), at: location)
            return
        }
        guard i >= 0 else { return }  // the item itself failed; already reported
        guard let text = expectPlainText("the \(keyword) in quotes after '\(keyword)'", usage: "a \(keyword)") else {
            return
        }
        let item = out.catalogs[c].items[i]
        let existing = keyword == "note" ? item.note : item.caution
        if existing != nil {
            sink.report(.secondItemText(keyword, item: item.id), at: location)
            return
        }
        if keyword == "note" { out.catalogs[c].items[i].note = text } else { out.catalogs[c].items[i].caution = text }
        expectEnd(after: "the \(keyword)")
    }

    mutating func stepStatement(_ location: SourceLocation) {
        startTopLevel()
        section = .broken
        let usage = "step ID \"Title\" [unnumbered] [when COND]"
        guard let (id, _) = expectID("the step's id after 'step' (\(usage))") else { return }
        var step = Step(id: id, title: "", location: location)
        out.steps.append(step)
        let index = out.steps.count - 1
        section = .step(index)
        defer { out.steps[index] = step }
        guard let title = expectPlainText("the step's title in quotes (\(usage))", usage: "a step title", oneLine: true)
        else {
            return
        }
        step.title = title
        if acceptWord("unnumbered") { step.numbered = false }
        if acceptWord("when") {
            guard let condition = condition() else { return }
            step.condition = condition
        }
        expectEnd(after: "the step's title (a step line may end with 'unnumbered' and 'when COND')")
    }

    mutating func sayStatement(_ location: SourceLocation, step: Int) {
        var condition: Condition?
        if acceptWord("when") {
            guard let c = self.condition() else { return }
            condition = c
        }
        guard let text = expectTemplate("the text in quotes (say \"Text\" [when COND])") else { return }
        if condition == nil, acceptWord("when") {
            guard let c = self.condition() else { return }
            condition = c
        }
        guard expectEnd(after: "the text") else { return }
        out.steps[step].nodes.append(.say(Say(text: text, condition: condition, location: location)))
    }

    mutating func flagStatement(_ location: SourceLocation, step: Int) {
        let usage = "flag ID when COND \"Text\""
        guard let (id, _) = expectID("the flag's id after 'flag' (\(usage))") else { return }
        guard acceptWord("when") else { return expected("'when' and a condition after the flag's id (\(usage))") }
        guard let condition = condition() else { return }
        guard let message = expectTemplate("the flag's text in quotes after the condition (\(usage))") else { return }
        guard expectEnd(after: "the flag's text") else { return }
        out.flags.append((id, location))
        out.steps[step].nodes.append(.flag(Flag(id: id, condition: condition, message: message, location: location)))
    }

    mutating func stopStatement(_ location: SourceLocation, step: Int) {
        let usage = "stop when COND \"Text\""
        guard acceptWord("when") else { return expected("'when' and a condition after 'stop' (\(usage))") }
        guard let condition = condition() else { return }
        guard let message = expectTemplate("the text in quotes after the condition (\(usage))") else { return }
        guard expectEnd(after: "the text") else { return }
        out.steps[step].nodes.append(.stop(StopRule(condition: condition, message: message, location: location)))
    }

    mutating func scriptStatement(_ location: SourceLocation) {
        startTopLevel()
        guard allowedInPrelude("script", location) else { return }
        if out.card != nil {
            sink.report(.secondScript, at: location)
            section = .broken
            return
        }
        section = .script
        var card = Card(title: "", location: location)
        defer { out.card = card }
        guard let title = expectPlainText("the card's title in quotes after 'script'", usage: "a title", oneLine: true)
        else {
            return
        }
        card.title = title
        expectEnd(after: "the title")
    }

    mutating func lineStatement(_ location: SourceLocation) {
        guard case .script = section else {
            if case .broken = section { return }
            sink.report(.lineWithoutScript, at: location)
            return
        }
        let usage = "line ID \"Text\" [when COND]"
        guard let (id, _) = expectID("the line's id after 'line' (\(usage))") else { return }
        guard let template = expectTemplate("the line's text in quotes (\(usage))") else { return }
        var condition: Condition?
        if acceptWord("when") {
            guard let c = self.condition() else { return }
            condition = c
        }
        guard expectEnd(after: "the line's text") else { return }
        out.card?.lines.append(CardLine(id: id, template: template, condition: condition, location: location))
    }
}
