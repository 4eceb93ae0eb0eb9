"""The classification results as pictures: members by level in each year (bars, the earlier
years beside this one) and this year's shares (a pie).

Every bar and slice carries its number (and the slice its percentage) as text, so the chart
reads without telling colours apart; the four levels have the same colours as in the tables.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from chibo_desktop.domain.evaluation import LEVELS, YearLevels, percentages
from chibo_desktop.domain.rules import Level
from chibo_desktop.ui.evaluation_texts import LEVEL_COLOURS, level_short, percent

_TEXT = QColor("#222222")
_TITLE_SCALE = 1.1


class ClassificationChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._years: list[YearLevels] = []
        self._bar_sets: dict[Level, QBarSet] = {}
        self._pie: QPieSeries | None = None

        self.bar_chart = QChart()
        self.pie_chart = QChart()
        for chart in (self.bar_chart, self.pie_chart):
            chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)  # old PCs
            chart.setBackgroundRoundness(0)
            chart.setMargins(QMargins(4, 4, 4, 4))
            chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.bar_view = self._view(self.bar_chart)
        self.pie_view = self._view(self.pie_chart)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        charts = QHBoxLayout()
        charts.setContentsMargins(0, 0, 0, 0)
        charts.addWidget(self.bar_view, 1)
        charts.addWidget(self.pie_view, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(charts, 1)
        layout.addWidget(self.empty, 1)
        self._apply_fonts()
        self.set_years([])

    @staticmethod
    def _view(chart: QChart) -> QChartView:
        view = QChartView(chart)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(220)
        return view

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._apply_fonts()
        super().changeEvent(event)

    def _apply_fonts(self) -> None:
        """The charts' texts as large as the window's (Qt Charts keeps its own small font)."""
        font = QFont(self.font())
        title = QFont(font)
        title.setBold(True)
        title.setPointSizeF(font.pointSizeF() * _TITLE_SCALE)
        for chart in (self.bar_chart, self.pie_chart):
            chart.setTitleFont(title)
            chart.legend().setFont(font)
            for axis in chart.axes():
                axis.setLabelsFont(font)
        for bar_set in self._bar_sets.values():
            bar_set.setLabelFont(font)
        if self._pie is not None:
            for slice_ in self._pie.slices():
                slice_.setLabelFont(font)

    # -- what is shown ----------------------------------------------------------------------------
    def set_years(self, years: list[YearLevels]) -> None:
        """The final levels of each year, oldest first; the last is the year chosen."""
        self._years = [y for y in years if y.reviewed > 0]
        self.bar_chart.removeAllSeries()
        for axis in self.bar_chart.axes():
            self.bar_chart.removeAxis(axis)
        self.pie_chart.removeAllSeries()
        self._bar_sets.clear()
        self._pie = None
        current = years[-1] if years else None
        has_data = bool(self._years)
        self.bar_view.setVisible(has_data)
        self.pie_view.setVisible(has_data)
        self.empty.setVisible(not has_data)
        if not has_data:
            self.empty.setText(
                self.tr("No final levels recorded yet: the chart appears once there are some.")
            )
            return
        self._draw_bars()
        if current is not None and current.reviewed > 0:
            self._draw_pie(current)
        self.pie_view.setVisible(self._pie is not None)
        self._apply_fonts()

    def _draw_bars(self) -> None:
        series = QBarSeries()
        for index, level in enumerate(LEVELS):
            bar_set = QBarSet(level_short(level))
            bar_set.append([float(y.by_level[index]) for y in self._years])
            bar_set.setColor(QColor(LEVEL_COLOURS[level][1]))
            bar_set.setBorderColor(QColor(LEVEL_COLOURS[level][1]))
            bar_set.setLabelColor(_TEXT)
            series.append(bar_set)
            self._bar_sets[level] = bar_set
        series.setBarWidth(0.85)  # wide enough for the count above each bar
        series.setLabelsVisible(True)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
        self.bar_chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([str(y.year) for y in self._years])
        self.bar_chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        counts = QValueAxis()
        highest = max(max(y.by_level) for y in self._years)
        counts.setRange(0, max(5, int(highest * 1.15) + 1))  # room for the labels above the bars
        counts.setLabelFormat("%d")
        counts.setTickCount(5)
        counts.applyNiceNumbers()
        counts.setGridLinePen(QPen(QColor("#dddddd")))
        self.bar_chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(counts)
        first, last = self._years[0].year, self._years[-1].year
        self.bar_chart.setTitle(
            self.tr("Members by level, {year}").format(year=last)
            if first == last
            else self.tr("Members by level, {first}–{last}").format(first=first, last=last)
        )

    def _draw_pie(self, year: YearLevels) -> None:
        pie = QPieSeries()
        shares = percentages(year.by_level, year.reviewed) or (None,) * len(LEVELS)
        for index, level in enumerate(LEVELS):
            count = year.by_level[index]
            if count == 0:
                continue
            slice_ = pie.append(
                f"{level_short(level)}: {count} ({percent(shares[index])})", float(count)
            )
            slice_.setColor(QColor(LEVEL_COLOURS[level][1]))
            slice_.setBorderColor(QColor("white"))
        pie.setPieSize(0.8)
        self.pie_chart.addSeries(pie)
        # The legend beside the pie names each slice with its count and share: labels drawn on
        # the slices overlap as soon as two levels are small.
        legend = self.pie_chart.legend()
        legend.setVisible(True)
        legend.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.pie_chart.setTitle(
            self.tr("{year}: shares of the members reviewed").format(year=year.year)
        )
        self._pie = pie

    # -- read back (tests, and anyone checking what is drawn) -------------------------------------
    def bar_values(self) -> dict[Level, list[int]]:
        """Each level's count per year, in the order of ``bar_years``."""
        return {
            level: [int(bar_set.at(i)) for i in range(bar_set.count())]
            for level, bar_set in self._bar_sets.items()
        }

    def bar_years(self) -> list[int]:
        return [y.year for y in self._years]

    def pie_labels(self) -> list[str]:
        return [s.label() for s in self._pie.slices()] if self._pie is not None else []
