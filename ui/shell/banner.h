// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QFrame>

class QLabel;

namespace samsyn {

// A coloured strip above the current view that says something the user must keep in mind
// while working: the file is read-only, or it is kept somewhere risky. Hidden when empty.
class Banner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { ReadOnly, Warning };

    Banner(Kind kind, QWidget *parent = nullptr);
    void setMessage(const QString &message);
    QString message() const;

private:
    QLabel *m_label;
};

} // namespace samsyn
