// SPDX-License-Identifier: EUPL-1.2
#include "import/importmappingpage.h"

#include "import/importwizardstate.h"
#include "teamfile.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace samsyn {

ImportMappingPage::ImportMappingPage(ImportWizardState &state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_source(new QLabel(this))
    , m_problems(new QLabel(this))
{
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Choose the list's column for each field. Fields left at \"not imported\" are left as they are."));
    auto *fields = new QWidget;
    auto *form = new QFormLayout(fields);
    for (ImportField field : ColumnMapping::fields()) {
        auto *combo = new QComboBox(fields);
        combo->setMinimumContentsLength(24);
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportMappingPage::update);
        m_combos.insert(field, combo);
        form->addRow(ColumnMapping::label(field) + QLatin1Char(':'), combo);
    }
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(fields);
    scroll->setWidgetResizable(true);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_source);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_problems);
}

void ImportMappingPage::initializePage()
{
    const QStringList header = m_state.table.header();
    const auto saved = ColumnMapping::load(m_state.team.database());
    QStringList dropped;
    m_state.mapping = saved ? saved->restrictedTo(header, &dropped) : ColumnMapping::guess(header);
    m_source->setText(saved ? tr("The team's saved mapping from the last import.") : tr("Guessed from the column names."));

    m_filling = true;
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it) {
        QComboBox *combo = it.value();
        combo->clear();
        combo->addItem(tr("(not imported)"), QString());
        for (const QString &column : header)
            combo->addItem(column, column);
        combo->setCurrentIndex(std::max(0, combo->findData(m_state.mapping.column(it.key()))));
    }
    m_filling = false;
    update();
}

void ImportMappingPage::update()
{
    if (m_filling)
        return;
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it)
        m_state.mapping.setColumn(it.key(), it.value()->currentData().toString());
    QStringList problems;
    m_state.mapping.resolve(m_state.table.header(), &problems);
    m_problems->setText(problems.join(QLatin1Char('\n')));
    Q_EMIT completeChanged();
}

bool ImportMappingPage::isComplete() const
{
    QStringList problems;
    m_state.mapping.resolve(m_state.table.header(), &problems);
    return problems.isEmpty();
}

} // namespace samsyn
