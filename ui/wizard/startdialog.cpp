// SPDX-License-Identifier: EUPL-1.2
#include "wizard/startdialog.h"

#include "common/sectiontitle.h"
#include "shell/recentfiles.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace samsyn {

StartDialog::StartDialog(QWidget *parent)
    : QDialog(parent)
    , m_recent(new QListWidget(this))
{
    setObjectName(QStringLiteral("startDialog"));
    setWindowTitle(tr("Welcome to Samsyn"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 20);
    layout->addWidget(new SectionTitle(tr("Welcome to Samsyn"),
                                       tr("Samsyn keeps the team's participants, referrals, meetings and reports in "
                                          "one team file. Create the team's file, or open one."),
                                       this));

    auto *buttons = new QHBoxLayout;
    auto button = [&](const QString &name, const QString &text, Choice c) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setAccessibleName(text);
        connect(b, &QPushButton::clicked, this, [this, c] { choose(c); });
        buttons->addWidget(b);
        return b;
    };
    button(QStringLiteral("newTeamButton"), tr("&New team…"), Choice::NewTeam)->setDefault(true);
    button(QStringLiteral("openButton"), tr("&Open a team file…"), Choice::OpenFile);
    button(QStringLiteral("demoButton"), tr("Open the &demo team"), Choice::OpenDemo);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    auto *recentLabel = new QLabel(tr("&Recent team files:"), this);
    recentLabel->setBuddy(m_recent);
    m_recent->setObjectName(QStringLiteral("recentFiles"));
    m_recent->setAccessibleName(tr("Recent team files"));
    for (const QString &path : RecentFiles::list()) {
        auto *item = new QListWidgetItem(QDir::toNativeSeparators(path), m_recent);
        item->setData(Qt::UserRole, path);
        if (!QFileInfo::exists(path))
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
    if (m_recent->count() == 0)
        (new QListWidgetItem(tr("None yet"), m_recent))->setFlags(Qt::NoItemFlags);
    layout->addSpacing(8);
    layout->addWidget(recentLabel);
    layout->addWidget(m_recent, 1);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        m_recentPath = item->data(Qt::UserRole).toString();
        if (!m_recentPath.isEmpty())
            choose(Choice::OpenRecent);
    });

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);
    resize(640, 420);
}

void StartDialog::choose(Choice choice)
{
    m_choice = choice;
    accept();
}

} // namespace samsyn
