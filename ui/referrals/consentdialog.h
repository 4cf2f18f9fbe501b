// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/consent.h"
#include "participants/fieldfeedback.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;

namespace samsyn {

class TeamFile;

// Records a samtycke for one participant: the parties it covers (ticked), the purpose,
// the date given, written or oral (oral: which team member recorded it), valid until and
// a note. Saved through ReferralService on OK; a consent is never edited afterwards, only
// withdrawn.
class ConsentDialog : public QDialog
{
    Q_OBJECT

public:
    ConsentDialog(TeamFile &team, qint64 participantId, QWidget *parent = nullptr);

    void setConsent(const Consent &consent);
    Consent consent() const;
    qint64 savedId() const { return m_savedId; }

    void accept() override;

private:
    void validate();

    TeamFile &m_team;
    qint64 m_participantId;
    FieldFeedback m_feedback;
    QListWidget *m_parties;
    QComboBox *m_purpose;
    QDateEdit *m_given;
    QRadioButton *m_written;
    QRadioButton *m_oral;
    QComboBox *m_recordedBy;
    QDateEdit *m_validUntil;
    QLineEdit *m_note;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    qint64 m_savedId = 0;
};

} // namespace samsyn
