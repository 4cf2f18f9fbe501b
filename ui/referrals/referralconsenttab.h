// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWidget>

#include <optional>

class QPushButton;
class QTableWidget;

namespace samsyn {

class CorrectDecisionDialog;
class TeamFile;
class UserPrompts;
struct ChangeSet;

// The participant card's "Referral & consent" tab: the person's referrals with the
// meeting's decisions, and the consents per party with validity and withdrawal. A new
// referral or consent opens the same dialogs as the Remisser view; "Correct decision…" opens
// the meeting's correction dialog for the selected referral's latest decision. The card has no
// prompts of its own, so the tab asks through MessageBoxPrompts unless given others.
class ReferralConsentTab : public QWidget
{
    Q_OBJECT

public:
    ReferralConsentTab(TeamFile &team, qint64 participantId, QWidget *parent = nullptr);
    ~ReferralConsentTab() override;

    void setPrompts(UserPrompts &prompts) { m_prompts = &prompts; }
    QTableWidget *referrals() const { return m_referrals; }
    QTableWidget *consents() const { return m_consents; }
    void reload();
    void withdrawSelected();
    // Non-modal, deleted on close; nullptr when the selected referral has no decision.
    CorrectDecisionDialog *correctSelectedDecision();

private:
    void onChanged(const ChangeSet &changes);
    void updateButtons();
    std::optional<qint64> selectedDecision() const;

    TeamFile &m_team;
    qint64 m_id;
    UserPrompts *m_prompts;
    QTableWidget *m_referrals;
    QTableWidget *m_consents;
    QPushButton *m_newReferral;
    QPushButton *m_correctDecision;
    QPushButton *m_newConsent;
    QPushButton *m_withdraw;
};

} // namespace samsyn
