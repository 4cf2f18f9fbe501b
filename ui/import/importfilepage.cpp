// SPDX-License-Identifier: EUPL-1.2
#include "import/importfilepage.h"

#include "import/importwizardstate.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace samsyn {

ImportFilePage::ImportFilePage(ImportWizardState &state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_path(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setTitle(tr("Choose the list"));
    setSubTitle(tr("Save the Excel list as CSV (Arkiv > Spara som > CSV). Semicolon or comma, UTF-8 or the Windows "
                   "encoding: Samsyn detects both."));
    auto *explain = new QLabel(tr("Nothing is written to the team file until you have seen what the import will do."), this);
    explain->setWordWrap(true);
    auto *browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, &ImportFilePage::choose);
    connect(m_path, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));

    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addLayout(row);
    layout->addWidget(m_error);
    layout->addStretch(1);
}

void ImportFilePage::setPath(const QString &path)
{
    m_path->setText(path);
}

void ImportFilePage::choose()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the list"), m_path->text(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

bool ImportFilePage::isComplete() const
{
    return !m_path->text().trimmed().isEmpty();
}

bool ImportFilePage::validatePage()
{
    QFile file(m_path->text().trimmed());
    if (!file.open(QIODevice::ReadOnly)) {
        m_error->setText(tr("Cannot read the file: %1").arg(file.errorString()));
        return false;
    }
    m_state.path = file.fileName();
    m_state.bytes = file.readAll();
    m_state.reread();
    if (m_state.table.records.isEmpty()) {
        m_error->setText(tr("The file is empty."));
        return false;
    }
    m_error->clear();
    return true;
}

} // namespace samsyn
