// SPDX-License-Identifier: EUPL-1.2
#include "reports/reportgoals.h"

#include "storage/settingsrepository.h"
#include "util/error.h"

namespace samsyn {

namespace {

int setting(const SettingsRepository &settings, const QString &key, int fallback, int high)
{
    bool ok = false;
    const int value = settings.meta(key).toInt(&ok);
    return ok && value >= 0 && value <= high ? value : fallback;
}

} // namespace

ReportGoals ReportGoals::load(Database &db)
{
    const SettingsRepository settings(db);
    const ReportGoals defaults;
    ReportGoals g;
    g.workOrStudiesPercent = setting(settings, kWorkOrStudiesPercent, defaults.workOrStudiesPercent, 100);
    g.contactsPerYear = setting(settings, kContactsPerYear, defaults.contactsPerYear, 100000);
    g.readierPercent = setting(settings, kReadierPercent, defaults.readierPercent, 100);
    return g;
}

void ReportGoals::save(WriteContext &ctx, const ReportGoals &g)
{
    if (g.workOrStudiesPercent < 0 || g.workOrStudiesPercent > 100 || g.readierPercent < 0 || g.readierPercent > 100)
        throw Error(ErrorCode::Validation, tr("A goal given as a share must be between 0 and 100 percent."));
    if (g.contactsPerYear < 0 || g.contactsPerYear > 100000)
        throw Error(ErrorCode::Validation, tr("The goal for referrals and consultations must be between 0 and 100000 a year."));
    SettingsRepository::setMeta(ctx, kWorkOrStudiesPercent, QString::number(g.workOrStudiesPercent));
    SettingsRepository::setMeta(ctx, kContactsPerYear, QString::number(g.contactsPerYear));
    SettingsRepository::setMeta(ctx, kReadierPercent, QString::number(g.readierPercent));
}

} // namespace samsyn
