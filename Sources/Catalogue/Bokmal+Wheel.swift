import AgreementKit
import AgreementStore

extension Bokmal {
    public func wheel(_ text: WheelText) -> String {
        switch text {
        case .next(let date, let title, let days): "Neste: \(date) \(title) (\(daysAway(days)))"
        case .nextUndated(let date, let title): "Neste: \(date) \(title)"
        case .nextDateOnly(let date, let days): "Neste: \(date) (\(daysAway(days)))"
        case .overdueCount(let n): "! \(n) forfalt"
        case .overdueShort(let n): "!\(n)"
        case .asOfShort(let date): "per \(date)"

        case .title(let year): "Årshjul \(year)"
        case .today: "i dag"
        case .legend: "! forfalt\n» innen 14 dager\n○ åpen\n✓ gjort\n· til orientering"
        case .legendTitle: "Tegnforklaring"
        case .noWheelApplies(let municipality, let others):
            others.isEmpty ? "Ingen årshjul i lageret gjelder \(municipality)."
                : "Ingen årshjul i lageret gjelder \(municipality) (lageret har: \(others.joined(separator: ", ")))."
        case .noWheels: "Lageret har ingen årshjul (mappen wheels/)."
        case .fromWheels(let titles): "Fra årshjulet: \(titles.joined(separator: ", "))"
        case .unreadableWheels(let first, let more):
            more == 0 ? "Kan ikke lese et årshjul: \(first)" : "Kan ikke lese \(more + 1) årshjul, først: \(first)"
        case .nothingDated: "Ingen datoer ennå. Trykk d for å sette møtedatoer og frister for avtalen."
        case .monthHeading(let month, let year): "\(wheelMonth(month).capitalizedFirst) \(year)"
        case .quarterTheme(let quarter, let title): "\(quarter). kvartal: \(title)"
        case .whenLine(let date, let days): "\(date) (\(days))"
        case .whoLine(let who): "Hvem: \(who)"
        case .sourceOwn: "Avtalens egen dato"
        case .sourceStandard: "Standardfrist (ikke satt i avtalen)"
        case .sourceWheel(let title): "Fra årshjulet «\(title)»"
        case .sourceConversation(let date): "Avtalt i ledersamtalen \(date)"
        case .concernsPhase(let phase): "Gjelder fasen \(self.phase(phase)) – Enter åpner fasedialogen"
        case .concernsMeeting(let kind): "Gjelder \(reviewKind(kind).lowercased()) – Enter starter møtemodus"
        case .concernsIndicator(let name): "Gjelder indikatoren «\(name)» – Enter viser målet"
        case .concernsRow(let row): "Gjelder \(row) – Enter viser målet"
        case .concernsConversation(let date): "Enter åpner ledersamtalen \(date)"
        case .status(let status, let overdue, let dueSoon):
            switch status {
            case .done: "gjort"
            case .information: "til orientering"
            case .open: overdue ? "forfalt" : dueSoon ? "innen 14 dager" : "åpen"
            }
        case .overdueTotal(let n): "\(n) forfalt"
        case .dueSoonTotal(let n): "\(n) innen 14 dager"

        case .markedDone(let title): "Merket som gjort: \(title)"
        case .markedOpen(let title): "Merket som ikke gjort: \(title)"
        case .onlyOwnEventsMark: "Bare enhetens egne hendelser og oppfølgingspunkter kan merkes som gjort her"
        case .doneByTheYear(let what): "\(what) blir gjort av året selv: når avtalen kommer dit"
        case .noRowWithIndicator(let name): "Ingen rad i avtalen har indikatoren «\(name)»"
        case .conversationGone(let date): "Ledersamtalen \(date) finnes ikke lenger"
        case .meetingNotNow(let kind, let phase):
            "\(reviewKind(kind)) holdes i \(kind == .midYear ? self.phase(.followUp) : self.phase(.assessment)); avtalen er i \(self.phase(phase))"
        case .datesSaved: "Datoene er lagret"
        case .noteDatesChanged: "datoer for avtalen"

        case .datesTitle(let year): "Datoer for avtalen \(year) (tomt felt = ingen dato)"
        case .meetingLabel(let kind): kind == .midYear ? "Midtveissamtale" : "Resultatvurdering (årssamtale)"
        case .phaseDeadlineLabel(let phase): deadlineTitle(.phase(phase), inSentence: false)

        case .commandAbstract: "Viser årshjulet: avtalens datoer, årshjulets hendelser og oppfølgingspunkter."
        case .commandDiscussion:
            """
            Uten avtale vises alle avtalene i lageret. Datoene regnes fra tidsreferansen: --today, \
            LEDERAVTALE_TODAY, lagerets «per»-dato eller dagens dato. --format ics gir en kalenderfil \
            (RFC 5545) som kan importeres i Outlook, Google og Apple Kalender; csv har kolonnene \
            date, agreement, kind, status, title, who, source og uid.
            """
        case .agreementHelp: "Avtalen (id eller en entydig begynnelse); uten: alle avtalene."
        case .dueHelp: "Bare det som forfaller de neste DAGER dagene (standard 14), og det som er forfalt."
        case .monthHelp: "Bare én måned (1–12)."
        case .formatHelp: "table (standard), csv eller ics."
        case .outputHelp: "Skriv til en ny fil i stedet for standard ut."
        case .monthInvalid(let given): "«\(given)» er ikke en måned (1–12)"
        case .dueInvalid(let given): "«\(given)» er ikke et antall dager (0 eller mer)"
        case .nothingDue(let days, let from): "Ingenting forfaller de neste \(days) dagene fra \(from), og ingenting er forfalt."
        case .nothingInMonth(let month): "Ingen datoer i \(month)."
        case .noEntries(let id): "\(id): ingen datoer (sett møtedatoer og frister i appen: h, så d)"
        case .tableDate: "Dato"
        case .tableAgreement: "Avtale"
        case .tableKind: "Type"
        case .tableStatus: "Status"
        case .tableTitle: "Hva"
        case .tableWho: "Hvem"
        case .calendarName(let name): "lederavtale – \(name)"
        case .alarm(let title): "I morgen: \(title)"
        case .calendarAgreement(let name): "Avtale: \(name)"
        case .daysValueName: "dager"
        case .monthValueName: "måned"
        case .checkCalendar(let wheels, let guides, let conversations):
            "årshjul: \(wheels) · samtaleguider: \(guides) · ledersamtaler: \(conversations)"
        }
    }

    public func deadlineTitle(_ source: DeadlineEntry.Source, inSentence: Bool) -> String {
        let title: String
        switch source {
        case .phase(let phase):
            title = switch phase {
            case .agreement: "Frist for inngåelse (avtalen signert)"
            case .followUp: "Frist for oppfølgingen"
            case .assessment: "Frist for resultatvurderingen"
            case .closed: "Avtalen avsluttet"
            }
        case .meeting(let kind): title = kind == .midYear ? "Midtveissamtale" : "Resultatvurdering (årssamtale)"
        case .wheel(_, _, let event): return event.title
        case .followUp(let item, _): title = "Oppfølging: \(item.what)"
        }
        return inSentence ? title.lowercasedFirst : title
    }

    public func deadlineKind(_ entry: DeadlineEntry) -> String {
        if case .followUp = entry.source { return "Oppfølging" }
        return switch entry.kind {
        case .deadline: "Frist"
        case .meeting: "Møte"
        case .reporting: "Rapportering"
        case .survey: "Undersøkelse"
        }
    }

    public func wheelRole(_ role: WheelRole) -> String {
        switch role {
        case .politicians: "politikerne"
        case .chiefExecutive: "rådmannen"
        case .director: "kommunalsjefen"
        case .contactPerson: "kontaktpersonen"
        case .leader: "enhetslederen"
        }
    }

    public func wheelMonth(_ month: Int) -> String {
        let names = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"]
        return (1...12).contains(month) ? names[month - 1] : String(month)
    }

    public func wheelMonthShort(_ month: Int) -> String {
        String(wheelMonth(month).prefix(3))
    }

    public func daysAway(_ days: Int) -> String {
        switch days {
        case 0: "i dag"
        case 1: "i morgen"
        case -1: "i går"
        case 2...: "om \(days) dager"
        default: "for \(-days) dager siden"
        }
    }

    public func dateProblem(_ input: String, _ problem: DateInputProblem) -> String {
        switch problem {
        case .unreadable: "«\(input)» er ikke en dato (skriv f.eks. 27.09.2011, 27.9 eller 2011-09-27)"
        case .noSuchMonth(let month): "«\(input)» er ikke en dato: måned \(month) finnes ikke (1–12)"
        case .noSuchYear(let year): "«\(input)» er ikke en dato: året \(year) er utenfor 1–9999"
        case .noSuchDay(let day, let month, let year, let count):
            "«\(input)» er ikke en dato: \(wheelMonth(month)) \(year) har \(count) dager, ikke \(day)"
        }
    }

    public func wheelIssue(_ kind: WheelIssue.Kind) -> String {
        switch kind {
        case .invalidSlug(let id): "id «\(id)» må være små bokstaver a–z, sifre og bindestrek"
        case .blankText: "teksten mangler"
        case .duplicateMunicipality(let name): "kommunen «\(name)» står to ganger"
        case .invalidID(let id): "ugyldig id «\(id.rawValue)»"
        case .duplicateID(let id, let first): "id «\(id.rawValue)» er brukt før (\(AgreementValidator.render(first)))"
        case .impossibleDate(let day, let month):
            "\(day).\(month) finnes ikke: \(wheelMonth(month)) har aldri \(day) dager"
        case .outOfRange(let value, let allowed): "\(value) er utenfor \(allowed.lowerBound)–\(allowed.upperBound)"
        case .leapDayOnly: "29.02 finnes bare i skuddår: hendelsen faller bort tre år av fire"
        case .unsupportedLanguage(let tag): "språket «\(tag)» er ukjent (nb, nn eller en); variantene vises aldri"
        case .unknownVariantPlace(let language, let place): "varianten på «\(language)» nevner «\(place)», som ikke finnes i filen, og vises aldri"
        }
    }
}

extension String {
    /// The text with its first letter upper-case ("september" → "September").
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
    /// The text with its first letter lower-case, unless the second is upper-case too (an abbreviation).
    var lowercasedFirst: String {
        guard let second = dropFirst().first, !second.isUppercase else { return self }
        return prefix(1).lowercased() + dropFirst()
    }
}
