#pragma once

class QChart;
class QPalette;

namespace vigil {

// Qt Charts ignores the widget palette (a chart theme paints its own white background), so
// charts would stay light in a dark window. This takes background, labels, grid and legend
// from the palette; the line colours work on both. Called at creation and on PaletteChange.
void applyChartPalette(QChart *chart, const QPalette &palette);

} // namespace vigil
