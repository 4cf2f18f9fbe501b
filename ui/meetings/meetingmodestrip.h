// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace samsyn {

class MeetingModeSession;

// The strip along the bottom of meeting mode: one box per agenda item, with its number
// and the person's initials (never a name), a check mark when decided, the current item
// highlighted. Rebuilt from the session by update().
class MeetingModeStrip : public QWidget
{
    Q_OBJECT

public:
    explicit MeetingModeStrip(QWidget *parent = nullptr);

    void update(const MeetingModeSession &session);
    QStringList texts() const;

private:
    QHBoxLayout *m_layout;
    QList<QLabel *> m_boxes;
    QLabel *m_summary;
};

} // namespace samsyn
