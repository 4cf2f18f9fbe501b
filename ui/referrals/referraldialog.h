// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/referral.h"
#include "participants/fieldfeedback.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace samsyn {

class AttachmentListEditor;
class ParticipantChooser;
class TeamFile;

// A referral (aktualisering / remiss) as it arrives: who is referred (an existing
// participant or one created in the same action), when and by whom, why, what has been
// tried, the person's own wish, income and occupation at referral, current contacts, the
// attachments by name and the programme asked for. New referrals are created through
// ReferralService on OK; an existing one (edit) is updated. Stays open with the core's
// message when the team file refuses.
class ReferralDialog : public QDialog
{
    Q_OBJECT

public:
    // A new referral; `participantId` preselects who it is for.
    explicit ReferralDialog(TeamFile &team, std::optional<qint64> participantId = std::nullopt, QWidget *parent = nullptr);
    // Edits a stored referral (the person cannot be changed).
    ReferralDialog(TeamFile &team, const Referral &existing, QWidget *parent = nullptr);

    ParticipantChooser *chooser() const { return m_chooser; }
    // Fills the fields from `r` (participant and status are not taken from it).
    void setReferral(const Referral &r);
    // The referral as entered (participantId only when editing or an existing person is chosen).
    Referral referral() const;
    qint64 savedId() const { return m_savedId; }
    QString errorText() const;

    void accept() override;

private:
    void build();
    void validate();

    TeamFile &m_team;
    std::optional<Referral> m_existing;
    FieldFeedback m_feedback;
    ParticipantChooser *m_chooser = nullptr;
    QDateEdit *m_received;
    QComboBox *m_party;
    QLineEdit *m_handlerName;
    QLineEdit *m_handlerPhone;
    QLineEdit *m_handlerEmail;
    QPlainTextEdit *m_reason;
    QPlainTextEdit *m_tried;
    QPlainTextEdit *m_wish;
    QComboBox *m_income;
    QComboBox *m_occupation;
    QPlainTextEdit *m_contacts;
    AttachmentListEditor *m_attachments;
    QComboBox *m_programme;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    qint64 m_savedId = 0;
};

} // namespace samsyn
