import AgreementKit
import AgreementStore

extension Nynorsk {
    public func wheel(_ text: WheelText) -> String {
        switch text {
        case .next(let date, let title, let days): "Neste: \(date) \(title) (\(daysAway(days)))"
        case .nextUndated(let date, let title): "Neste: \(date) \(title)"
        case .nextDateOnly(let date, let days): "Neste: \(date) (\(daysAway(days)))"
        case .overdueCount(let n): "! \(n) forfalne"
        case .overdueShort(let n): "!\(n)"
        case .asOfShort(let date): "per \(date)"

        case .title(let year): "Årshjul \(year)"
        case .today: "i dag"
        case .legend: "! forfalle\n» innan 14 dagar\n○ open\n✓ gjort\n· til orientering"
        case .legendTitle: "Teiknforklaring"
        case .noWheelApplies(let municipality, let others):
            others.isEmpty ? "Ingen årshjul i lageret gjeld \(municipality)."
                : "Ingen årshjul i lageret gjeld \(municipality) (lageret har: \(others.joined(separator: ", ")))."
        case .noWheels: "Lageret har ingen årshjul (mappa wheels/)."
        case .fromWheels(let titles): "Frå årshjulet: \(titles.joined(separator: ", "))"
        case .unreadableWheels(let first, let more):
            more == 0 ? "Kan ikkje lese eit årshjul: \(first)" : "Kan ikkje lese \(more + 1) årshjul, først: \(first)"
        case .nothingDated: "Ingen datoar enno. Trykk d for å setje møtedatoar og fristar for avtalen."
        case .monthHeading(let month, let year): "\(wheelMonth(month).capitalizedFirst) \(year)"
        case .quarterTheme(let quarter, let title): "\(quarter). kvartal: \(title)"
        case .whenLine(let date, let days): "\(date) (\(days))"
        case .whoLine(let who): "Kven: \(who)"
        case .sourceOwn: "Avtalen sin eigen dato"
        case .sourceStandard: "Standardfrist (ikkje sett i avtalen)"
        case .sourceWheel(let title): "Frå årshjulet «\(title)»"
        case .sourceConversation(let date): "Avtalt i leiarsamtalen \(date)"
        case .concernsPhase(let phase): "Gjeld fasen \(self.phase(phase)) – Enter opnar fasedialogen"
        case .concernsMeeting(let kind): "Gjeld \(reviewKind(kind).lowercased()) – Enter startar møtemodus"
        case .concernsIndicator(let name): "Gjeld indikatoren «\(name)» – Enter viser målet"
        case .concernsRow(let row): "Gjeld \(row) – Enter viser målet"
        case .concernsConversation(let date): "Enter opnar leiarsamtalen \(date)"
        case .status(let status, let overdue, let dueSoon):
            switch status {
            case .done: "gjort"
            case .information: "til orientering"
            case .open: overdue ? "forfalle" : dueSoon ? "innan 14 dagar" : "open"
            }
        case .overdueTotal(let n): "\(n) forfalne"
        case .dueSoonTotal(let n): "\(n) innan 14 dagar"

        case .markedDone(let title): "Merkt som gjort: \(title)"
        case .markedOpen(let title): "Merkt som ikkje gjort: \(title)"
        case .onlyOwnEventsMark: "Berre hendingane og oppfølgingspunkta til eininga kan merkjast som gjorde her"
        case .doneByTheYear(let what): "\(what) blir gjort av året sjølv: når avtalen kjem dit"
        case .noRowWithIndicator(let name): "Inga rad i avtalen har indikatoren «\(name)»"
        case .conversationGone(let date): "Leiarsamtalen \(date) finst ikkje lenger"
        case .meetingNotNow(let kind, let phase):
            "\(reviewKind(kind)) blir halden i \(kind == .midYear ? self.phase(.followUp) : self.phase(.assessment)); avtalen er i \(self.phase(phase))"
        case .datesSaved: "Datoane er lagra"
        case .noteDatesChanged: "datoar for avtalen"

        case .datesTitle(let year): "Datoar for avtalen \(year) (tomt felt = ingen dato)"
        case .meetingLabel(let kind): kind == .midYear ? "Midtvegssamtale" : "Resultatvurdering (årssamtale)"
        case .phaseDeadlineLabel(let phase): deadlineTitle(.phase(phase), inSentence: false)

        case .commandAbstract: "Viser årshjulet: datoane til avtalen, hendingane i årshjulet og oppfølgingspunkt."
        case .commandDiscussion:
            """
            Utan avtale blir alle avtalane i lageret viste. Datoane blir rekna frå tidsreferansen: --today, \
            LEDERAVTALE_TODAY, «per»-datoen til lageret eller dagens dato. --format ics gir ei kalenderfil \
            (RFC 5545) som kan importerast i Outlook, Google og Apple Kalender; csv har kolonnane \
            date, agreement, kind, status, title, who, source og uid.
            """
        case .agreementHelp: "Avtalen (id eller ein eintydig byrjan); utan: alle avtalane."
        case .dueHelp: "Berre det som forfell dei neste DAGAR dagane (standard 14), og det som har forfalle."
        case .monthHelp: "Berre éin månad (1–12)."
        case .formatHelp: "table (standard), csv eller ics."
        case .outputHelp: "Skriv til ei ny fil i staden for standard ut."
        case .monthInvalid(let given): "«\(given)» er ikkje ein månad (1–12)"
        case .dueInvalid(let given): "«\(given)» er ikkje eit tal dagar (0 eller meir)"
        case .nothingDue(let days, let from): "Ingenting forfell dei neste \(days) dagane frå \(from), og ingenting har forfalle."
        case .nothingInMonth(let month): "Ingen datoar i \(month)."
        case .noEntries(let id): "\(id): ingen datoar (set møtedatoar og fristar i appen: h, så d)"
        case .tableDate: "Dato"
        case .tableAgreement: "Avtale"
        case .tableKind: "Type"
        case .tableStatus: "Status"
        case .tableTitle: "Kva"
        case .tableWho: "Kven"
        case .calendarName(let name): "lederavtale – \(name)"
        case .alarm(let title): "I morgon: \(title)"
        case .calendarAgreement(let name): "Avtale: \(name)"
        case .daysValueName: "dagar"
        case .monthValueName: "månad"
        case .checkCalendar(let wheels, let guides, let conversations):
            "årshjul: \(wheels) · samtaleguidar: \(guides) · leiarsamtalar: \(conversations)"
        }
    }

    public func deadlineTitle(_ source: DeadlineEntry.Source, inSentence: Bool) -> String {
        let title: String
        switch source {
        case .phase(let phase):
            title = switch phase {
            case .agreement: "Frist for inngåing (avtalen signert)"
            case .followUp: "Frist for oppfølginga"
            case .assessment: "Frist for resultatvurderinga"
            case .closed: "Avtalen avslutta"
            }
        case .meeting(let kind): title = kind == .midYear ? "Midtvegssamtale" : "Resultatvurdering (årssamtale)"
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
        case .survey: "Undersøking"
        }
    }

    public func wheelRole(_ role: WheelRole) -> String {
        switch role {
        case .politicians: "politikarane"
        case .chiefExecutive: "rådmannen"
        case .director: "kommunalsjefen"
        case .contactPerson: "kontaktpersonen"
        case .leader: "einingsleiaren"
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
        case 1: "i morgon"
        case -1: "i går"
        case 2...: "om \(days) dagar"
        default: "for \(-days) dagar sidan"
        }
    }

    public func dateProblem(_ input: String, _ problem: DateInputProblem) -> String {
        switch problem {
        case .unreadable: "«\(input)» er ikkje ein dato (skriv t.d. 27.09.2011, 27.9 eller 2011-09-27)"
        case .noSuchMonth(let month): "«\(input)» er ikkje ein dato: månad \(month) finst ikkje (1–12)"
        case .noSuchYear(let year): "«\(input)» er ikkje ein dato: året \(year) er utanfor 1–9999"
        case .noSuchDay(let day, let month, let year, let count):
            "«\(input)» er ikkje ein dato: \(wheelMonth(month)) \(year) har \(count) dagar, ikkje \(day)"
        }
    }

    public func wheelIssue(_ kind: WheelIssue.Kind) -> String {
        switch kind {
        case .invalidSlug(let id): "id «\(id)» må vere små bokstavar a–z, siffer og bindestrek"
        case .blankText: "teksten manglar"
        case .duplicateMunicipality(let name): "kommunen «\(name)» står to gonger"
        case .invalidID(let id): "ugyldig id «\(id.rawValue)»"
        case .duplicateID(let id, let first): "id «\(id.rawValue)» er brukt før (\(AgreementValidator.render(first)))"
        case .impossibleDate(let day, let month):
            "\(day).\(month) finst ikkje: \(wheelMonth(month)) har aldri \(day) dagar"
        case .outOfRange(let value, let allowed): "\(value) er utanfor \(allowed.lowerBound)–\(allowed.upperBound)"
        case .leapDayOnly: "29.02 finst berre i skotår: hendinga fell bort tre år av fire"
        case .unsupportedLanguage(let tag): "språket «\(tag)» er ukjend (nb, nn eller en); variantane blir aldri viste"
        case .unknownVariantPlace(let language, let place): "varianten på «\(language)» nemner «\(place)», som ikkje finst i fila, og blir aldri vist"
        }
    }
}
