// SPDX-License-Identifier: EUPL-1.2
#include "meetings/capacitypanel.h"

#include "referrals/capacity.h"
#include "storage/participantrepository.h"
#include "storage/settingsrepository.h"
#include "storage/waitinglistrepository.h"
#include "teamfile.h"
#include "util/clock.h"

#include <QLabel>
#include <QScrollArea>
#include <QTextDocument>
#include <QVBoxLayout>

namespace samsyn {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

CapacityPanel::CapacityPanel(TeamFile &team, QWidget *parent)
    : QWidget(parent), m_team(team), m_content(new QVBoxLayout)
{
    setObjectName(QStringLiteral("capacityPanel"));
    setMinimumWidth(290);
    auto *inner = new QWidget;
    inner->setLayout(m_content);
    m_content->setContentsMargins(8, 4, 8, 4);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(inner);
    auto *title = new QLabel(tr("<b>Places and waiting list</b>"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(scroll, 1);
    connect(&team, &TeamFile::changed, this, [this](const ChangeSet &) { reload(); });
    reload();
}

void CapacityPanel::reload()
{
    qDeleteAll(m_labels);
    m_labels.clear();
    while (QLayoutItem *item = m_content->takeAt(0))
        delete item;
    Database &db = m_team.database();
    const SettingsRepository settings(db);
    const ParticipantRepository participants(db);
    const QDate today = m_team.clock().today();
    auto nameOf = [&](qint64 id) {
        const auto row = participants.row(id);
        return row ? row->givenName + QLatin1Char(' ') + row->familyName : QString();
    };
    auto partyName = [&](std::optional<qint64> id) {
        const auto party = id ? settings.party(*id) : std::nullopt;
        return party ? (party->shortName.isEmpty() ? party->name : party->shortName) : tr("no party");
    };

    for (const Programme &programme : settings.programmes()) {
        const Capacity::Report report = Capacity::report(db, programme.id, today);
        QString html = tr("<p style='margin-bottom:2px'><b>%1</b>: %2 of %3 places in use, %4 free</p>")
                           .arg(esc(programme.name))
                           .arg(report.used)
                           .arg(report.capacity)
                           .arg(report.free());
        if (!report.parties.isEmpty()) {
            html += QStringLiteral("<table cellspacing='0' cellpadding='2'>");
            for (auto it = report.parties.cbegin(); it != report.parties.cend(); ++it) {
                const QString quota = it->quota ? QString::number(*it->quota) : QStringLiteral("–");
                html += tr("<tr><td>%1</td><td align='right'>&nbsp;%2 of %3</td></tr>")
                            .arg(esc(partyName(it.key())))
                            .arg(it->used)
                            .arg(quota);
            }
            html += QStringLiteral("</table>");
        }
        const QList<WaitingEntry> queue = WaitingListRepository(db).queue(programme.id);
        if (queue.isEmpty()) {
            html += tr("<p style='margin-top:4px'>Nobody is waiting.</p>");
        } else {
            html += tr("<p style='margin-top:4px; margin-bottom:2px'>Waiting list:</p>");
            html += QStringLiteral("<table cellspacing='0' cellpadding='2'>");
            for (const WaitingEntry &e : queue) {
                html += tr("<tr><td>%1.</td><td>%2</td><td>&nbsp;%3</td><td>&nbsp;since %4</td></tr>")
                            .arg(e.position)
                            .arg(esc(nameOf(e.participantId)), esc(partyName(e.partyId)), e.since.toString(Qt::ISODate));
            }
            html += QStringLiteral("</table>");
            const auto next = Capacity::nextInLine(db, programme.id, today);
            html += next ? tr("<p><b>Next in line: %1</b></p>").arg(esc(nameOf(next->participantId)))
                         : tr("<p>Nobody waiting fits a party quota with room.</p>");
        }
        auto *label = new QLabel(html);
        label->setObjectName(QStringLiteral("capacity_%1").arg(programme.id));
        label->setProperty("programmeId", programme.id);
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        label->setStyleSheet(QStringLiteral("QLabel { background: palette(base); border: 1px solid palette(mid); "
                                            "border-radius: 3px; padding: 6px; }"));
        m_content->addWidget(label);
        label->show();
        m_labels << label;
    }
    m_content->addStretch(1);
}

QString CapacityPanel::programmeText(qint64 programmeId) const
{
    for (const QLabel *label : m_labels) {
        if (label->property("programmeId").toLongLong() == programmeId) {
            QTextDocument doc;
            doc.setHtml(label->text());
            return doc.toPlainText();
        }
    }
    return {};
}

} // namespace samsyn
