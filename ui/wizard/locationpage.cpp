// SPDX-License-Identifier: EUPL-1.2
#include "wizard/locationpage.h"

#include "teamfile.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace samsyn {

LocationPage::LocationPage(std::function<QString()> teamName, std::function<QStringList()> create, QWidget *parent)
    : QWizardPage(parent)
    , m_teamName(std::move(teamName))
    , m_create(std::move(create))
    , m_path(new QLineEdit(this))
    , m_problems(new QLabel(this))
{
    setObjectName(QStringLiteral("locationPage"));
    setTitle(tr("Where to keep the team file"));
    setSubTitle(tr("Keep the file on this computer, not on a network drive or in a cloud-synchronised folder. "
                   "Samsyn takes a backup beside it every day."));
    setFinalPage(true);
    setButtonText(QWizard::FinishButton, tr("&Create team file"));

    m_path->setObjectName(QStringLiteral("filePath"));
    m_path->setAccessibleName(tr("Team file location"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    browse->setAccessibleName(tr("Choose the team file location"));
    m_problems->setObjectName(QStringLiteral("problemsLabel"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));

    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto *label = new QLabel(tr("&File:"), this);
    label->setBuddy(m_path);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addLayout(row);
    layout->addSpacing(12);
    layout->addWidget(m_problems);
    layout->addStretch(1);

    connect(browse, &QPushButton::clicked, this, &LocationPage::browse);
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_chosenByUser = true; });
}

QString LocationPage::defaultPath(const QString &teamName)
{
    QString base = teamName.trimmed();
    base.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("-"));
    if (base.isEmpty())
        base = QStringLiteral("team");
    return QDir(TeamFile::defaultFolder()).filePath(base + QStringLiteral(".samsyn"));
}

QString LocationPage::path() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

void LocationPage::setPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    m_chosenByUser = true;
}

QString LocationPage::problemsShown() const
{
    return m_problems->text();
}

void LocationPage::initializePage()
{
    if (!m_chosenByUser)
        m_path->setText(QDir::toNativeSeparators(defaultPath(m_teamName())));
    m_problems->clear();
}

bool LocationPage::validatePage()
{
    const QStringList problems = m_create();
    m_problems->setText(problems.join(QLatin1Char('\n')));
    return problems.isEmpty();
}

void LocationPage::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Team file"), path(), tr("Samsyn team files (*.samsyn)"));
    if (chosen.isEmpty())
        return;
    setPath(chosen.endsWith(QLatin1String(".samsyn")) ? chosen : chosen + QStringLiteral(".samsyn"));
}

} // namespace samsyn
