// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "storage/assessmentrepository.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace samsyn {

class AssessmentEntry;
class TeamFile;
struct ChangeSet;

// The card's Skattningar tab: the entry form on the left; on the right, for each measure
// the person has ratings of, a small chart over time and the change from the first to the
// latest rating. WHO-5 is shown in percent with the 50 % line, and a change of ten
// percentage points or more is marked.
class AssessmentsTab : public QWidget
{
    Q_OBJECT

public:
    AssessmentsTab(TeamFile &team, qint64 participantId, QWidget *parent = nullptr);

    AssessmentEntry *entry() const { return m_entry; }
    // "36 % → 56 %: +20 percentage points"; `marked` tells whether WHO-5's 10-point mark applies.
    static QString changeText(Instrument instrument, const QList<Assessment> &ratings, bool *marked = nullptr);

private:
    void reload();
    void onTeamChanged(const ChangeSet &changes);

    TeamFile &m_team;
    qint64 m_participantId;
    AssessmentEntry *m_entry;
    QVBoxLayout *m_charts;
    QWidget *m_chartArea;
};

} // namespace samsyn
