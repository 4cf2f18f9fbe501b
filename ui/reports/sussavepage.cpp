// SPDX-License-Identifier: EUPL-1.2
#include "reports/sussavepage.h"

#include "common/waitcursor.h"
#include "reports/susexportwizard.h"
#include "shell/userprompts.h"
#include "teamfile.h"
#include "util/error.h"

#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace samsyn {

SusSavePage::SusSavePage(SusExportWizard &wizard)
    : QWizardPage(&wizard)
    , m_wizard(wizard)
    , m_folderLabel(new QLabel(this))
    , m_write(new QPushButton(tr("Write the files"), this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("susSavePage"));
    setTitle(tr("Save the files"));
    setSubTitle(tr("The files contain personal data: keep them where only you and the förbund can read them."));
    m_folderLabel->setObjectName(QStringLiteral("susFolder"));
    m_folderLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_folderLabel->setWordWrap(true);
    auto *choose = new QPushButton(tr("Choose folder…"), this);
    choose->setObjectName(QStringLiteral("susChooseFolder"));
    m_write->setObjectName(QStringLiteral("susWrite"));
    m_result->setObjectName(QStringLiteral("susResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Folder:"), this), 0, 0);
    grid->addWidget(m_folderLabel, 0, 1);
    grid->addWidget(choose, 0, 2);
    grid->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_write, 0, Qt::AlignLeft);
    layout->addSpacing(12);
    layout->addWidget(m_result, 1);

    connect(choose, &QPushButton::clicked, this, &SusSavePage::chooseFolder);
    connect(m_write, &QPushButton::clicked, this, &SusSavePage::writeFiles);
}

void SusSavePage::initializePage()
{
    if (m_folder.isEmpty())
        m_folder = QFileInfo(m_wizard.team().path()).absolutePath();
    m_written.clear();
    const SusExport *exporter = m_wizard.exporter();
    const Period period = m_wizard.period();
    QStringList names{SusExport::antalFileName(period), SusExport::deltagareFileName(period)};
    if (exporter && !exporter->isComplete())
        names << SusExport::problemFileName(period);
    m_result->setText(tr("Will write %1. Files of an earlier export with the same names are replaced.")
                          .arg(names.join(QStringLiteral(", "))));
    showFolder();
    Q_EMIT completeChanged();
}

bool SusSavePage::isComplete() const
{
    return !m_written.isEmpty();
}

void SusSavePage::setFolder(const QString &folder)
{
    m_folder = folder;
    showFolder();
}

void SusSavePage::chooseFolder()
{
    const QString chosen = m_wizard.prompts().existingFolder(this, tr("Where should the export files go?"), m_folder);
    if (!chosen.isEmpty())
        setFolder(chosen);
}

void SusSavePage::showFolder()
{
    m_folderLabel->setText(QDir::toNativeSeparators(m_folder));
}

bool SusSavePage::writeFiles()
{
    const SusExport *exporter = m_wizard.exporter();
    if (!exporter)
        return false;
    try {
        const WaitCursor wait;
        m_written = exporter->write(m_wizard.team(), m_folder, m_wizard.allowIncomplete());
    } catch (const Error &e) {
        m_wizard.prompts().error(this, tr("Quarter-end export"), e.message(), e.technicalDetail());
        return false;
    }
    QStringList lines;
    lines << tr("Written for %1 (%2 to %3), format version %4:")
                 .arg(exporter->period().label(), exporter->period().first().toString(Qt::ISODate),
                      exporter->period().last().toString(Qt::ISODate))
                 .arg(SusExport::kFormatVersion);
    for (const QString &path : m_written)
        lines << QStringLiteral("    ") + QDir::toNativeSeparators(path);
    if (!exporter->isComplete())
        lines << tr("Written as incomplete: %1 lists the rows with problems.").arg(SusExport::problemFileName(exporter->period()));
    m_result->setText(lines.join(QLatin1Char('\n')));
    Q_EMIT completeChanged();
    return true;
}

} // namespace samsyn
