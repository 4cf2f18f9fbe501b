// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;
class QTabWidget;

namespace samsyn {

class ConsultationsPanel;
class ReferralDialog;
class ReferralInboxModel;
class ReferralInboxProxy;
class TeamFile;
class UserPrompts;

// The Remisser view: the inbox of referrals (received, person with masked personnummer,
// referring party, programme, status and consent: consent is the gate for assessment),
// status filters, New referral (Ctrl+N), edit, record or withdraw a consent, and "Put on
// next meeting's agenda", which shows the core's refusal when consent is missing. A second
// tab lists consultations. Borrows the TeamFile and the prompts.
class ReferralsView : public QWidget
{
    Q_OBJECT

public:
    ReferralsView(TeamFile &team, UserPrompts &prompts, QWidget *parent = nullptr);

    ReferralInboxModel *model() const { return m_model; }
    ReferralInboxProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    ConsultationsPanel *consultations() const { return m_consultations; }
    // The line above the table that reports the last action or refusal.
    QString message() const;

    // The dialog is returned open (non-modal) so tests and callers can fill it.
    ReferralDialog *newReferral();
    ReferralDialog *editSelected();
    void recordConsent();
    void withdrawConsent();
    void putOnNextAgenda();
    void selectReferral(qint64 referralId);
    std::optional<qint64> selectedReferral() const;

private:
    void applyFilter();
    void updateButtons();
    void showMessage(const QString &text, bool problem);
    std::optional<qint64> selectedParticipant() const;

    TeamFile &m_team;
    UserPrompts &m_prompts;
    ReferralInboxModel *m_model;
    ReferralInboxProxy *m_proxy;
    QTabWidget *m_tabs;
    QList<QCheckBox *> m_statusBoxes;
    QLabel *m_message;
    QLabel *m_count;
    QTableView *m_table;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_consent;
    QPushButton *m_withdraw;
    QPushButton *m_agenda;
    ConsultationsPanel *m_consultations;
};

} // namespace samsyn
