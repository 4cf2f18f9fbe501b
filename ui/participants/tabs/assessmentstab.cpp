// SPDX-License-Identifier: EUPL-1.2
#include "participants/tabs/assessmentstab.h"

#include "common/sectiontitle.h"
#include "participants/tabs/assessmententry.h"
#include "participants/tabs/measurechart.h"
#include "storage/settingsrepository.h"
#include "teamfile.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace samsyn {

namespace {

// What the chart and the change line show for a rating: WHO-5 in percent, KASAM as its
// total, a step as its position on the scale (1 = first step).
std::optional<double> shownValue(Instrument instrument, const Assessment &a, const QStringList &stepCodes)
{
    if (instrument == Instrument::Steps) {
        const int index = int(stepCodes.indexOf(a.step));
        return index >= 0 ? std::optional<double>(index + 1) : std::nullopt;
    }
    if (!a.total)
        return std::nullopt;
    return instrument == Instrument::Who5 ? AssessmentScoring::who5Percent(*a.total) : *a.total;
}

QString valueText(Instrument instrument, double value, const QStringList &stepLabels)
{
    if (instrument == Instrument::Steps) {
        const int index = int(value) - 1;
        return index >= 0 && index < stepLabels.size() ? stepLabels.at(index) : QString::number(value);
    }
    return instrument == Instrument::Who5 ? AssessmentsTab::tr("%1 %").arg(value) : QString::number(value);
}

} // namespace

AssessmentsTab::AssessmentsTab(TeamFile &team, qint64 participantId, QWidget *parent)
    : QWidget(parent), m_team(team), m_participantId(participantId), m_entry(new AssessmentEntry(team, participantId)),
      m_charts(nullptr), m_chartArea(new QWidget)
{
    auto *left = new QWidget;
    left->setFixedWidth(360);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new SectionTitle(tr("New rating")));
    leftLayout->addWidget(m_entry, 1);

    m_charts = new QVBoxLayout(m_chartArea);
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_chartArea);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(left);
    layout->addSpacing(12);
    layout->addWidget(scroll, 1);
    connect(&team, &TeamFile::changed, this, &AssessmentsTab::onTeamChanged);
    reload();
}

QString AssessmentsTab::changeText(Instrument instrument, const QList<Assessment> &ratings, bool *marked)
{
    if (marked)
        *marked = false;
    if (ratings.isEmpty())
        return tr("No ratings yet.");
    const Assessment &first = ratings.first();
    const Assessment &last = ratings.last();
    if (ratings.size() == 1)
        return tr("One rating (%1); the change shows from the second one.").arg(first.date.toString(Qt::ISODate));
    if (!first.total || !last.total)
        return QString();
    const bool who5 = instrument == Instrument::Who5;
    const int from = who5 ? AssessmentScoring::who5Percent(*first.total) : *first.total;
    const int to = who5 ? AssessmentScoring::who5Percent(*last.total) : *last.total;
    const QString delta = (to > from ? QStringLiteral("+") : QString()) + QString::number(to - from);
    const QString dates = tr("%1 → %2").arg(first.date.toString(Qt::ISODate), last.date.toString(Qt::ISODate));
    if (!who5)
        return tr("Start to latest: %1 → %2 (%3), %4").arg(from).arg(to).arg(delta, dates);
    const bool isMarked = AssessmentScoring::who5ChangeMarked(*first.total, *last.total);
    if (marked)
        *marked = isMarked;
    QString text = tr("Start to latest: %1 % → %2 % (%3 percentage points), %4").arg(from).arg(to).arg(delta, dates);
    if (isMarked)
        text += to > from ? tr(" – a relevant improvement (10 points or more)") : tr(" – a relevant decline (10 points or more)");
    return text;
}

void AssessmentsTab::reload()
{
    while (QLayoutItem *item = m_charts->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const AssessmentRepository repo(m_team.database());
    QStringList stepCodes;
    QStringList stepLabels;
    for (const CodeEntry &entry : SettingsRepository(m_team.database()).codes(QStringLiteral("step_scale"), true)) {
        stepCodes << entry.code;
        stepLabels << entry.displayLabel();
    }
    bool any = false;
    for (Instrument instrument : {Instrument::Who5, Instrument::Kasam13, Instrument::Kasam29, Instrument::Steps}) {
        QList<Assessment> ratings = repo.list(m_participantId, instrument);
        if (ratings.isEmpty())
            continue;
        any = true;
        auto *chart = new MeasureChart;
        chart->setObjectName(QStringLiteral("chart_") + AssessmentScoring::code(instrument));
        QList<MeasureChart::Point> points;
        for (const Assessment &a : std::as_const(ratings)) {
            if (const auto v = shownValue(instrument, a, stepCodes))
                points << MeasureChart::Point{a.date, *v};
        }
        if (instrument == Instrument::Who5) {
            chart->setTitle(tr("WHO-5 well-being (percent)"));
            chart->setRange(0, 100, 25);
            chart->setSuffix(tr(" %"));
            chart->setReference(50, tr("Below 50 %: poor well-being"));
        } else if (instrument == Instrument::Steps) {
            chart->setTitle(tr("Steps"));
            chart->setRange(1, std::max<double>(2, stepLabels.size()), 1);
            QStringList shortLabels;
            for (int i = 0; i < stepLabels.size(); ++i)
                shortLabels << QString::number(i + 1);
            chart->setTickLabels(shortLabels);
        } else {
            chart->setTitle(tr("%1 total").arg(AssessmentScoring::label(instrument)));
            const int min = AssessmentScoring::minTotal(instrument);
            const int max = AssessmentScoring::maxTotal(instrument);
            chart->setRange(min, max, instrument == Instrument::Kasam13 ? 13 : 29);
        }
        chart->setPoints(points);
        m_charts->addWidget(chart);

        bool marked = false;
        QString text;
        if (instrument == Instrument::Steps && ratings.size() >= 2) {
            const auto from = shownValue(instrument, ratings.first(), stepCodes);
            const auto to = shownValue(instrument, ratings.last(), stepCodes);
            text = tr("Start to latest: %1 → %2")
                       .arg(from ? valueText(instrument, *from, stepLabels) : QString(),
                            to ? valueText(instrument, *to, stepLabels) : QString());
        } else {
            text = changeText(instrument, ratings, &marked);
        }
        auto *change = new QLabel(text);
        change->setObjectName(QStringLiteral("change_") + AssessmentScoring::code(instrument));
        change->setWordWrap(true);
        change->setProperty("marked", marked);
        if (marked) {
            const bool better = ratings.last().total > ratings.first().total;
            change->setStyleSheet(better ? QStringLiteral("font-weight: bold; color: #1e5e2f; background: #e3f1e6; padding: 4px;")
                                         : QStringLiteral("font-weight: bold; color: #7a4a00; background: #fbf0dc; padding: 4px;"));
        }
        m_charts->addWidget(change);
        m_charts->addSpacing(10);
    }
    if (!any) {
        auto *none = new QLabel(tr("No ratings yet. Enter WHO-5, KASAM or a step on the left; each measure then gets a "
                                   "chart over time here."));
        none->setWordWrap(true);
        m_charts->addWidget(none);
    }
    m_charts->addStretch(1);
}

void AssessmentsTab::onTeamChanged(const ChangeSet &changes)
{
    if (changes.participantIds.contains(m_participantId) || changes.touches(QStringLiteral("all")))
        reload();
}

} // namespace samsyn
