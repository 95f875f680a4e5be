import Foundation

/// The bottom and top of a chart's value axis for some values: from zero when the values lie
/// near it, else from a round number a little below the lowest, so that 5,0 % and 6,1 % look
/// different. Charts print both ends beside the axis, so a bar never pretends to start at zero.
public enum ChartScale {
    public static func range(_ values: [Double]) -> (low: Double, high: Double) {
        guard let lowest = values.min(), let highest = values.max() else { return (0, 1) }
        let high = max(highest, 0)
        if lowest >= 0 && lowest < highest / 2 || highest == lowest { return (min(0, lowest), high == 0 ? 1 : high) }
        let padded = lowest - (highest - lowest) * 0.15
        let step = pow(10, log10(highest - lowest).rounded(.down))
        let low = (padded / step).rounded(.down) * step
        return (lowest >= 0 ? max(0, low) : low, high)
    }
}
