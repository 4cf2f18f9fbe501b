// SPDX-License-Identifier: EUPL-1.2
#include "settings/codetablessection.h"

#include "common/tablecells.h"
#include "storage/settingsrepository.h"
#include "teamfile.h"

#include <QComboBox>
#include <QFormLayout>
#include <QTableWidget>
#include <QVBoxLayout>

namespace samsyn {

namespace {
enum Column { Code, Label, LabelEn, Active };
}

CodeTablesSection::CodeTablesSection(TeamFile &team, UserPrompts &prompts, QWidget *parent)
    : SettingsTableSection(team, prompts, tr("Code tables"),
                           tr("The values offered in lists such as income source and occupation. Codes are fixed "
                              "(exports use them); the labels are the team's. A new code uses a-z, 0-9 and _."),
                           tr("&Add value"), parent)
    , m_tables(new QComboBox(this))
{
    m_tables->setObjectName(QStringLiteral("codeTable"));
    m_tables->setAccessibleName(tr("Code table"));
    for (const QString &name : SettingsRepository(team.database()).codeTables())
        m_tables->addItem(tableLabel(name), name);
    m_tables->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("&Table:"), m_tables);
    body()->insertLayout(0, form);
    setHeaders({tr("Code"), tr("Label (Swedish)"), tr("Label (English)"), tr("Active")});
    connect(m_tables, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    reload();
}

QString CodeTablesSection::tableLabel(const QString &table)
{
    if (table == CodeTable::IncomeSource)
        return tr("Income source");
    if (table == CodeTable::Occupation)
        return tr("Occupation");
    if (table == CodeTable::Education)
        return tr("Education");
    if (table == CodeTable::PublicSupportTime)
        return tr("Time with public support");
    if (table == CodeTable::ExitReason)
        return tr("Exit reason");
    return table;
}

void CodeTablesSection::showTable(const QString &table)
{
    m_tables->setCurrentIndex(m_tables->findData(table));
}

void CodeTablesSection::load()
{
    clearRows();
    const QString name = m_tables->currentData().toString();
    for (const CodeEntry &entry : SettingsRepository(team().database()).codes(name, true)) {
        const int row = cells::appendRow(table());
        cells::setText(table(), row, Code, entry.code, false);
        cells::setText(table(), row, Label, entry.label);
        cells::setText(table(), row, LabelEn, entry.labelEn);
        cells::setCheck(table(), row, Active, entry.active);
    }
    finishRows();
}

void CodeTablesSection::initRow(int row)
{
    cells::setCheck(table(), row, Active, true);
}

void CodeTablesSection::store(WriteContext &ctx)
{
    const QString name = m_tables->currentData().toString();
    const SettingsRepository repo(ctx.db());
    for (int row = 0; row < table()->rowCount(); ++row) {
        const QString code = cells::text(table(), row, Code);
        CodeEntry entry = repo.code(name, code).value_or(CodeEntry{});
        if (entry.code.isEmpty()) {
            entry.table = name;
            entry.code = code;
            entry.sortOrder = row + 1;
        }
        entry.label = cells::text(table(), row, Label);
        entry.labelEn = cells::text(table(), row, LabelEn);
        entry.active = cells::check(table(), row, Active);
        SettingsRepository::saveCode(ctx, entry);
    }
}

} // namespace samsyn
