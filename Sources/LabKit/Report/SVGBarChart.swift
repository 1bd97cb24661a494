/// A grouped bar chart as inline SVG, so the HTML report draws without scripts or a network.
struct SVGBarChart {
    struct Series {
        var name: String
        var color: String
        var values: [Double]
    }

    var title: String
    var categories: [String]
    var series: [Series]
    /// The top of the value axis; percentages use 100.
    var maximum: Double
    var unit: String = ""

    func render() -> String {
        let barWidth = 18.0, gap = 14.0, left = 44.0, top = 34.0, plotHeight = 180.0
        let groupWidth = Double(max(series.count, 1)) * barWidth + gap
        // Labels are drawn at 35°, about 6.5 px a character: they reach below the plot and past its right end.
        let longestLabel = Double(categories.map(\.count).max() ?? 0) * 6.5
        let plotWidth = Double(max(categories.count, 1)) * groupWidth
        let width = max(left + plotWidth + longestLabel * 0.82 + 10, left + Double(title.count) * 9, 320)
        let height = top + plotHeight + 20 + longestLabel * 0.57 + 30
        let scale = maximum > 0 ? plotHeight / maximum : 0
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"\(Int(width))\" height=\"\(Int(height))\" "
            + "viewBox=\"0 0 \(Int(width)) \(Int(height))\"><title>\(HTML.escape(title))</title>"
        svg += "<text x=\"\(Int(left))\" y=\"18\" class=\"chart-title\">\(HTML.escape(title))</text>"
        for tick in 0...4 {
            let value = maximum * Double(tick) / 4
            let y = top + plotHeight - value * scale
            svg += "<line x1=\"\(Int(left))\" y1=\"\(format(y))\" x2=\"\(Int(left + plotWidth))\" y2=\"\(format(y))\" class=\"grid\"/>"
            svg += "<text x=\"\(Int(left - 6))\" y=\"\(format(y + 4))\" text-anchor=\"end\" class=\"tick\">"
                + "\(format(value))\(unit)</text>"
        }
        for (index, category) in categories.enumerated() {
            let groupX = left + Double(index) * groupWidth + gap / 2
            for (seriesIndex, entry) in series.enumerated() where index < entry.values.count {
                let value = entry.values[index]
                let barHeight = max(0, value * scale)
                let x = groupX + Double(seriesIndex) * barWidth
                svg += "<rect x=\"\(format(x))\" y=\"\(format(top + plotHeight - barHeight))\" width=\"\(Int(barWidth - 2))\" "
                    + "height=\"\(format(barHeight))\" fill=\"\(entry.color)\"><title>\(HTML.escape(category)) · "
                    + "\(HTML.escape(entry.name)): \(format(value))\(unit)</title></rect>"
            }
            let labelX = groupX + Double(series.count) * barWidth / 2
            svg += "<text transform=\"translate(\(format(labelX)),\(Int(top + plotHeight + 12))) rotate(35)\" "
                + "class=\"label\">\(HTML.escape(category))</text>"
        }
        for (seriesIndex, entry) in series.enumerated() {
            let x = left + Double(seriesIndex) * 130
            svg += "<rect x=\"\(format(x))\" y=\"\(Int(height - 16))\" width=\"10\" height=\"10\" fill=\"\(entry.color)\"/>"
                + "<text x=\"\(format(x + 14))\" y=\"\(Int(height - 7))\" class=\"legend\">\(HTML.escape(entry.name))</text>"
        }
        return svg + "</svg>"
    }

    private func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String((value * 10).rounded() / 10)
    }
}

/// Escaping for text and attribute values in generated HTML.
enum HTML {
    static func escape(_ text: String) -> String {
        var escaped = ""
        for c in text {
            switch c {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(c)
            }
        }
        return escaped
    }
}
