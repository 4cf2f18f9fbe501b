// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace samsyn {

class TeamFile;
struct ChangeSet;

// The consultations the team has given, newest first (date, party, case officer, question,
// advice; never a person). New… and double-click to edit open ConsultationDialog.
class ConsultationsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ConsultationsPanel(TeamFile &team, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    void reload();
    void newConsultation();

private:
    void editRow(int row);

    TeamFile &m_team;
    QTableWidget *m_table;
    QPushButton *m_new;
};

} // namespace samsyn
