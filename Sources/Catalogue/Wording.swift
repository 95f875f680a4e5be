/// Every user-visible text of lederavtale in one language: one protocol per area, so each
/// language must say everything (the compiler checks it) with the same typed parameters.
public typealias Wording = DomainWording & StoreWording & ExportWording & InterfaceWording & CommandLineWording
    & WheelWording & GuideWording & OverviewWording & IndicatorWording & PlanWording & IndicatorCommandWording
    & YearStartWording & SyncWording & FormatWording & HandoverWording
