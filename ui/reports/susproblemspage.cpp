// SPDX-License-Identifier: EUPL-1.2
#include "reports/susproblemspage.h"

#include "common/listtable.h"
#include "reports/susexportwizard.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace samsyn {

namespace {
constexpr int kParticipantRole = Qt::UserRole + 1;
constexpr int kTabRole = Qt::UserRole + 2;
} // namespace

SusProblemsPage::SusProblemsPage(SusExportWizard &wizard)
    : QWizardPage(&wizard)
    , m_wizard(wizard)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, 4, this))
    , m_allow(new QCheckBox(tr("Export anyway, marking the incomplete rows"), this))
{
    setObjectName(QStringLiteral("susProblemsPage"));
    setTitle(tr("Check before export"));
    setSubTitle(tr("Double-click a line (or press Enter) to open the participant and correct it, then check again."));
    m_summary->setObjectName(QStringLiteral("susProblemSummary"));
    m_summary->setWordWrap(true);
    QTableView *view = m_table;
    configureListTable(view, QStringLiteral("susProblems"), tr("Problems found before export"));
    m_table->setHorizontalHeaderLabels({tr("Participant"), tr("Enrollment"), tr("Field"), tr("Problem")});
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setColumnWidth(0, 170);
    m_table->setColumnWidth(1, 170);
    m_table->setColumnWidth(2, 180);
    m_table->installEventFilter(this);
    m_allow->setObjectName(QStringLiteral("susAllowIncomplete"));
    m_allow->setToolTip(tr("The two files keep their columns; a third file, problem_<period>.csv, lists the "
                           "incomplete rows."));
    auto *again = new QPushButton(tr("Check again"), this);
    again->setObjectName(QStringLiteral("susCheckAgain"));

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_allow);
    bottom->addStretch(1);
    bottom->addWidget(again);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(m_table, &QTableWidget::activated, this, [this](const QModelIndex &index) { openLine(index.row()); });
    connect(m_allow, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    connect(again, &QPushButton::clicked, this, &SusProblemsPage::recheck);
}

void SusProblemsPage::initializePage()
{
    // Coming from the period step: a new period deserves a fresh decision.
    m_allow->setChecked(false);
    recheck();
}

void SusProblemsPage::recheck()
{
    m_wizard.readExport();
    fill();
    Q_EMIT completeChanged();
}

void SusProblemsPage::fill()
{
    const SusExport *exporter = m_wizard.exporter();
    m_table->setRowCount(0);
    if (!exporter)
        return;
    QHash<qint64, const SusRecord *> records;
    for (const SusRecord &r : exporter->data().records)
        records.insert(r.enrollmentId, &r);
    const QList<SusProblem> &problems = exporter->problems();
    const int enrollments = int(exporter->data().records.size());
    m_summary->setText(problems.isEmpty()
                           ? tr("All %n enrollment(s) of the period are complete: nothing stops the export.", nullptr,
                                enrollments)
                           : tr("%1 of %n enrollment(s) in the period need attention before the export is complete.",
                                nullptr, enrollments)
                                 .arg(tr("%n problem(s)", nullptr, int(problems.size()))));
    m_table->setRowCount(int(problems.size()));
    for (int i = 0; i < problems.size(); ++i) {
        const SusProblem &p = problems.at(i);
        const SusRecord *record = records.value(p.enrollmentId);
        const QString enrollment = record ? tr("%1 from %2").arg(record->programme, record->start.toString(Qt::ISODate))
                                          : QString();
        const QStringList cells{p.displayName, enrollment, fieldLabel(p.field), p.message};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(kParticipantRole, p.participantId);
            item->setData(kTabRole, placeFor(p));
            item->setToolTip(c == 2 ? p.field : cells.at(c));
            m_table->setItem(i, c, item);
        }
    }
    m_allow->setEnabled(!problems.isEmpty());
    m_table->setEnabled(!problems.isEmpty());
}

bool SusProblemsPage::isComplete() const
{
    const SusExport *exporter = m_wizard.exporter();
    return exporter && (exporter->isComplete() || m_allow->isChecked());
}

bool SusProblemsPage::validatePage()
{
    return isComplete();
}

bool SusProblemsPage::allowIncomplete() const
{
    return m_allow->isChecked();
}

void SusProblemsPage::setAllowIncomplete(bool allow)
{
    m_allow->setChecked(allow);
}

void SusProblemsPage::openLine(int row)
{
    const QTableWidgetItem *item = m_table->item(row, 0);
    if (!item)
        return;
    Q_EMIT openParticipant(item->data(kParticipantRole).toLongLong(), item->data(kTabRole).toString());
}

bool SusProblemsPage::eventFilter(QObject *watched, QEvent *event)
{
    // Enter opens the line; left to the table it would also press the wizard's Next.
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_table->currentRow() >= 0) {
            openLine(m_table->currentRow());
            return true;
        }
    }
    return QWizardPage::eventFilter(watched, event);
}

QString SusProblemsPage::placeFor(const SusProblem &problem)
{
    // The widgets that edit each field: the card's overview, the referral tab, the enrolment's
    // correction dialog (its start) or its exit.
    static const QHash<QString, QString> places{
        {SusField::Gender, QStringLiteral("overview/gender")},
        {SusField::Municipality, QStringLiteral("overview/municipality")},
        {SusField::BirthDate, QStringLiteral("overview/birthDate")},
        {SusField::Referral, QStringLiteral("referral")},
        // Registered "with consent" but no such consent on file: usually the consent is to be
        // recorded; the registration itself is in the enrolment's correction dialog.
        {SusField::Registration, QStringLiteral("consent")},
        {SusField::StartDate, QStringLiteral("enrollment/enrolStart")},
        {SusField::IncomeBefore, QStringLiteral("enrollment/enrolIncome")},
        {SusField::OccupationBefore, QStringLiteral("enrollment/enrolOccupation")},
        {SusField::Education, QStringLiteral("enrollment/enrolEducation")},
        {SusField::SupportTime, QStringLiteral("enrollment/enrolSupportTime")},
        {SusField::ExitReason, QStringLiteral("enrollment/exitReason")},
        {SusField::IncomeAfter, QStringLiteral("enrollment/exitIncomeAfter")},
        {SusField::OccupationAfter, QStringLiteral("enrollment/exitOccupationAfter")},
        {SusField::Extent, QStringLiteral("enrollment/exitExtent")},
    };
    QString place = places.value(problem.field, QStringLiteral("overview"));
    if (place.startsWith(QLatin1String("enrollment")) && problem.enrollmentId != 0)
        place += QLatin1Char('@') + QString::number(problem.enrollmentId);
    return place;
}

QString SusProblemsPage::fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels{
        {SusField::Gender, QT_TR_NOOP("Legal gender")},
        {SusField::Municipality, QT_TR_NOOP("Municipality")},
        {SusField::BirthDate, QT_TR_NOOP("Date of birth")},
        {SusField::Referral, QT_TR_NOOP("Referral")},
        {SusField::Registration, QT_TR_NOOP("Registration / consent")},
        {SusField::StartDate, QT_TR_NOOP("Start date")},
        {SusField::IncomeBefore, QT_TR_NOOP("Income source at start")},
        {SusField::OccupationBefore, QT_TR_NOOP("Occupation at start")},
        {SusField::Education, QT_TR_NOOP("Education level")},
        {SusField::SupportTime, QT_TR_NOOP("Time on public support")},
        {SusField::ExitReason, QT_TR_NOOP("Exit reason")},
        {SusField::IncomeAfter, QT_TR_NOOP("Income source after")},
        {SusField::OccupationAfter, QT_TR_NOOP("Occupation after")},
        {SusField::Extent, QT_TR_NOOP("Extent after exit")},
    };
    const char *label = labels.value(field);
    return label ? tr(label) : field;
}

} // namespace samsyn
