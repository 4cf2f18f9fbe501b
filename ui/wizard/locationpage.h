// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWizardPage>

#include <functional>

class QLabel;
class QLineEdit;

namespace samsyn {

// The wizard's last page: where the team file goes (by default the user's data folder and
// the team's name), and what still has to be fixed before it can be created.
class LocationPage : public QWizardPage
{
    Q_OBJECT

public:
    // `create` makes the file and returns the problems that stopped it (empty on success).
    LocationPage(std::function<QString()> teamName, std::function<QStringList()> create, QWidget *parent = nullptr);

    QString path() const;
    void setPath(const QString &path);
    QString problemsShown() const;

    void initializePage() override;
    bool validatePage() override;

    static QString defaultPath(const QString &teamName);

private:
    void browse();

    std::function<QString()> m_teamName;
    std::function<QStringList()> m_create;
    QLineEdit *m_path;
    QLabel *m_problems;
    bool m_chosenByUser = false;
};

} // namespace samsyn
