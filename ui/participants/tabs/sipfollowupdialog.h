// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;
class QPlainTextEdit;

namespace samsyn {

// Asks for the date of a SIP follow-up and a line for the follow-up log. The SIP tab then
// writes the next version; this dialog writes nothing itself.
class SipFollowupDialog : public QDialog
{
    Q_OBJECT

public:
    SipFollowupDialog(QDate today, int currentVersion, QWidget *parent = nullptr);

    QDate date() const;
    QString logText() const;

private:
    QDateEdit *m_date;
    QPlainTextEdit *m_text;
};

} // namespace samsyn
