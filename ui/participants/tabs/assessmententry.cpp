// SPDX-License-Identifier: EUPL-1.2
#include "participants/tabs/assessmententry.h"

#include "participants/settingscombos.h"
#include "participants/tabs/tabsupport.h"
#include "storage/enrolmentsettings.h"
#include "storage/settingsrepository.h"
#include "teamfile.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace samsyn {

namespace {

enum Page { Who5Page, KasamPage, StepsPage };

Instrument instrumentOf(const QComboBox *combo)
{
    return AssessmentScoring::fromCode(combo->currentData().toString()).value_or(Instrument::Who5);
}

} // namespace

AssessmentEntry::AssessmentEntry(TeamFile &team, qint64 participantId, QWidget *parent)
    : QWidget(parent), m_team(team), m_participantId(participantId), m_instrument(new QComboBox),
      m_date(TabSupport::dateEdit(QStringLiteral("assessmentDate"), TabSupport::today(team))), m_pages(new QStackedWidget),
      m_error(TabSupport::errorLabel(QStringLiteral("assessmentError")))
{
    m_instrument->setObjectName(QStringLiteral("assessmentInstrument"));
    m_instrument->setAccessibleName(tr("Measure"));
    for (Instrument i : {Instrument::Who5, Instrument::Kasam13, Instrument::Kasam29, Instrument::Steps})
        m_instrument->addItem(AssessmentScoring::label(i), AssessmentScoring::code(i));
    m_date->setAccessibleName(tr("Date of the rating"));
    m_pages->addWidget(buildWho5());
    m_pages->addWidget(buildKasam());
    m_pages->addWidget(buildSteps());

    auto *add = new QPushButton(tr("Add rating"));
    add->setObjectName(QStringLiteral("addAssessment"));
    auto *form = new QFormLayout;
    form->addRow(tr("Measure:"), m_instrument);
    form->addRow(tr("Date:"), m_date);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_pages);
    layout->addWidget(m_error);
    layout->addWidget(add, 0, Qt::AlignLeft);
    layout->addStretch(1);

    connect(m_instrument, &QComboBox::currentIndexChanged, this, [this] { setInstrument(instrumentOf(m_instrument)); });
    connect(add, &QPushButton::clicked, this, &AssessmentEntry::add);
    setInstrument(Instrument::Who5);
}

QWidget *AssessmentEntry::buildWho5()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    const EnrolmentSettings settings = EnrolmentSettings::load(m_team.database());
    auto *hint = new QLabel(tr("Over the last two weeks: 5 = all of the time … 0 = at no time."));
    hint->setWordWrap(true);
    form->addRow(hint);
    for (int i = 0; i < 5; ++i) {
        auto *spin = new QSpinBox;
        spin->setObjectName(QStringLiteral("who5Item%1").arg(i + 1));
        spin->setRange(0, 5);
        const QString label = i < settings.who5Items.size() ? settings.who5Items.at(i) : tr("Statement %1").arg(i + 1);
        spin->setAccessibleName(label);
        auto *text = new QLabel(label);
        text->setWordWrap(true);
        form->addRow(text, spin);
        m_who5 << spin;
    }
    return page;
}

QWidget *AssessmentEntry::buildKasam()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_byItems = new QRadioButton(tr("Item scores from the form (1–7, in form order)"));
    m_byItems->setObjectName(QStringLiteral("kasamByItems"));
    m_byItems->setChecked(true);
    m_kasamItems = new QLineEdit;
    m_kasamItems->setObjectName(QStringLiteral("kasamItems"));
    m_kasamItems->setAccessibleName(tr("KASAM item scores"));
    m_byTotal = new QRadioButton(tr("Total from the paper form"));
    m_byTotal->setObjectName(QStringLiteral("kasamByTotal"));
    m_kasamTotal = new QSpinBox;
    m_kasamTotal->setObjectName(QStringLiteral("kasamTotal"));
    m_kasamTotal->setAccessibleName(tr("KASAM total"));
    auto *note = new QLabel(tr("Reversed items are scored 8 − answer by Samsyn; enter the answers as ticked."));
    note->setWordWrap(true);
    layout->addWidget(m_byItems);
    layout->addWidget(m_kasamItems);
    layout->addWidget(m_byTotal);
    layout->addWidget(m_kasamTotal, 0, Qt::AlignLeft);
    layout->addWidget(note);
    connect(m_byItems, &QRadioButton::toggled, this, [this](bool on) {
        m_kasamItems->setEnabled(on);
        m_kasamTotal->setEnabled(!on);
    });
    m_kasamTotal->setEnabled(false);
    return page;
}

QWidget *AssessmentEntry::buildSteps()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    m_step = new QComboBox;
    m_step->setObjectName(QStringLiteral("stepCode"));
    m_step->setAccessibleName(tr("Step"));
    for (const CodeEntry &entry : SettingsRepository(m_team.database()).codes(QStringLiteral("step_scale")))
        m_step->addItem(entry.displayLabel(), entry.code);
    form->addRow(tr("Step:"), m_step);
    return page;
}

void AssessmentEntry::updateKasamRange()
{
    const Instrument i = instrumentOf(m_instrument);
    if (i != Instrument::Kasam13 && i != Instrument::Kasam29)
        return;
    m_kasamTotal->setRange(AssessmentScoring::minTotal(i), AssessmentScoring::maxTotal(i));
    m_kasamItems->setPlaceholderText(tr("%1 digits, e.g. 4526…").arg(AssessmentScoring::itemCount(i)));
}

void AssessmentEntry::setInstrument(Instrument instrument)
{
    const int index = m_instrument->findData(AssessmentScoring::code(instrument));
    if (index != m_instrument->currentIndex()) {
        m_instrument->setCurrentIndex(index); // comes back here through the signal
        return;
    }
    m_pages->setCurrentIndex(instrument == Instrument::Who5 ? Who5Page : instrument == Instrument::Steps ? StepsPage : KasamPage);
    updateKasamRange();
    m_error->hide();
}

void AssessmentEntry::setDate(QDate date)
{
    m_date->setDate(date);
}

void AssessmentEntry::setWho5Items(const QList<int> &items)
{
    for (int i = 0; i < m_who5.size() && i < items.size(); ++i)
        m_who5.at(i)->setValue(items.at(i));
}

void AssessmentEntry::setKasamItems(const QString &digits)
{
    m_byItems->setChecked(true);
    m_kasamItems->setText(digits);
}

void AssessmentEntry::setKasamTotal(int total)
{
    m_byTotal->setChecked(true);
    m_kasamTotal->setValue(total);
}

void AssessmentEntry::setStep(const QString &code)
{
    SettingsCombos::select(m_step, code);
}

bool AssessmentEntry::add()
{
    Assessment a;
    a.participantId = m_participantId;
    a.date = m_date->date();
    a.instrument = instrumentOf(m_instrument);
    switch (a.instrument) {
    case Instrument::Who5:
        for (const QSpinBox *spin : std::as_const(m_who5))
            a.items << spin->value();
        break;
    case Instrument::Kasam13:
    case Instrument::Kasam29:
        if (m_byTotal->isChecked()) {
            a.total = m_kasamTotal->value();
        } else {
            // Spaces and commas are how people copy a row of answers; anything else is a typo.
            const QString digits = m_kasamItems->text().remove(QRegularExpression(QStringLiteral("[\\s,;]")));
            static const QRegularExpression onlyDigits(QStringLiteral("^[0-9]*$"));
            if (!onlyDigits.match(digits).hasMatch()) {
                m_error->setText(tr("Item scores are digits 1–7, one per item."));
                m_error->show();
                return false;
            }
            a.items = AssessmentScoring::itemsFrom(digits);
        }
        break;
    case Instrument::Steps:
        a.step = m_step->currentData().toString();
        break;
    }
    const bool ok = TabSupport::write(m_team, m_error, QStringLiteral("assessment.add"),
                                      [&a](WriteContext &ctx) { AssessmentRepository::add(ctx, a); }, m_participantId);
    if (ok) {
        m_kasamItems->clear();
        for (QSpinBox *spin : std::as_const(m_who5))
            spin->setValue(0);
    }
    return ok;
}

} // namespace samsyn
