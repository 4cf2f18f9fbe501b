// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace samsyn {

class TeamFile;
class UserPrompts;

// The slutdokumentation of the participant's latest ended stay, under the exit form:
// preview (and print a draft), save a draft as PDF, and print the final version, which
// keeps the printed content unchanged in the team file (asked first). From then on every
// print and PDF is that kept version, and the buttons and the line above them say so.
// Hidden while no stay has ended. Uses ExitPrinting, as `samsyn-cli print exit` does.
class ExitDocumentPanel : public QWidget
{
    Q_OBJECT

public:
    ExitDocumentPanel(TeamFile &team, UserPrompts &prompts, qint64 participantId, QWidget *parent = nullptr);

    // Re-reads whether a stay has ended and whether its final version exists.
    void refresh();
    bool preview();
    bool savePdf();
    bool printFinal();

    bool hasFinal() const { return m_hasFinal; }
    QPushButton *finalButton() const { return m_final; }

private:
    bool printLogged(bool final);

    TeamFile &m_team;
    UserPrompts &m_prompts;
    qint64 m_participantId;
    bool m_hasFinal = false;
    QLabel *m_status;
    QPushButton *m_preview;
    QPushButton *m_pdf;
    QPushButton *m_final;
};

} // namespace samsyn
