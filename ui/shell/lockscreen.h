// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWidget>

class QPushButton;

namespace samsyn {

// What the window shows after the idle time: no personal data, a note that the screen is
// merely hidden (there are no passwords in Samsyn), and a Continue button.
class LockScreen : public QWidget
{
    Q_OBJECT

public:
    explicit LockScreen(QWidget *parent = nullptr);

Q_SIGNALS:
    void continueRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QPushButton *m_continue;
};

} // namespace samsyn
