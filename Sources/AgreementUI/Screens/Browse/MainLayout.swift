/// Where everything on the main screen goes, for a terminal size. Used by render and by
/// update (to keep cursors visible), so both agree on every pane's size.
public struct MainLayout: Equatable, Sendable {
    /// The smallest terminal the interface draws in.
    public static let minimum = Size(width: 64, height: 18)

    public var header: Rect
    public var goals: Rect
    public var measures: Rect
    public var log: Rect
    public var detail: Rect
    public var status: Rect
    public var footer: Rect

    public init(_ size: Size) {
        let screen = Rect(x: 0, y: 0, width: size.width, height: size.height)
        let (header, rest) = screen.splitTop(1)
        let (aboveFooter, footer) = rest.splitBottom(1)
        let (body, status) = aboveFooter.splitBottom(1)
        let leftWidth = min(64, max(30, size.width * 2 / 5))
        let (goals, right) = body.splitLeft(leftWidth)
        let measuresHeight = max(5, body.height * 2 / 5)
        let logHeight = max(4, body.height * 3 / 10)
        let (measures, belowMeasures) = right.splitTop(measuresHeight)
        let (log, detail) = belowMeasures.splitTop(logHeight)
        self.header = header
        self.goals = goals
        self.measures = measures
        self.log = log
        self.detail = detail
        self.status = status
        self.footer = footer
    }

    /// The inside of a framed pane.
    public static func inner(_ frame: Rect) -> Rect { frame.inset(1) }

    /// True if the size is too small to draw the interface.
    public static func isTooSmall(_ size: Size) -> Bool {
        size.width < minimum.width || size.height < minimum.height
    }
}
