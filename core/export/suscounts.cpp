// SPDX-License-Identifier: EUPL-1.2
#include "export/suscounts.h"

#include <QHash>

namespace samsyn {

QList<SusCountRow> SusCounts::compute(const SusData &data)
{
    QHash<QString, SusCountRow> byProgramme;
    for (const SusRecord &record : data.records) {
        SusCountRow &row = byProgramme[record.programme];
        if (!record.gender)
            ++row.unknownGender;
        else if (*record.gender == Gender::Female)
            ++row.women;
        else
            ++row.men;
    }
    QList<SusCountRow> rows;
    for (const QString &programme : data.programmes) {
        SusCountRow row = byProgramme.value(programme);
        row.programme = programme;
        rows << row;
    }
    return rows;
}

QString SusCounts::text(const QList<SusCountRow> &rows)
{
    const QStringList heads{QStringLiteral("Insats"), QStringLiteral("Kvinnor"), QStringLiteral("Män"),
                            QStringLiteral("Totalt")};
    qsizetype nameWidth = heads.first().size();
    for (const SusCountRow &row : rows)
        nameWidth = std::max(nameWidth, row.programme.size());
    auto line = [&](const QString &name, const QStringList &figures) -> QString {
        QString text = name.leftJustified(nameWidth);
        for (qsizetype i = 0; i < figures.size(); ++i)
            text += QStringLiteral("  ") + figures.at(i).rightJustified(heads.at(i + 1).size());
        return text + QLatin1Char('\n');
    };
    QString result = line(heads.first(), heads.mid(1));
    for (const SusCountRow &row : rows) {
        result += line(row.programme, {QString::number(row.women), QString::number(row.men), QString::number(row.total())});
        if (row.unknownGender > 0)
            result += QStringLiteral("  ") + tr("Not counted above, no gender recorded: %1").arg(row.unknownGender)
                      + QLatin1Char('\n');
    }
    return result;
}

} // namespace samsyn
