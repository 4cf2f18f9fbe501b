// SPDX-License-Identifier: EUPL-1.2
#include "storage/enrolmentsettings.h"

#include "domain/assessmentscoring.h"
#include "storage/settingsrepository.h"
#include "util/error.h"

namespace samsyn {

namespace {

int intSetting(const SettingsRepository &settings, const QString &key, int fallback, int low, int high)
{
    bool ok = false;
    const int value = settings.meta(key).toInt(&ok);
    return ok && value >= low && value <= high ? value : fallback;
}

} // namespace

EnrolmentSettings EnrolmentSettings::load(Database &db)
{
    const SettingsRepository settings(db);
    EnrolmentSettings s;
    s.followup1Days = intSetting(settings, kFollowup1Days, 90, 1, 3650);
    s.followup2Months = intSetting(settings, kFollowup2Months, 6, 1, 120);
    s.sipFollowupMonths = intSetting(settings, kSipFollowupMonths, 3, 1, 24);
    const QString reversed = settings.meta(kKasam29Reversed, QStringLiteral("-"));
    s.kasam29Reversed = AssessmentScoring::kasam29DefaultReversed();
    if (reversed != QLatin1String("-")) {
        try {
            s.kasam29Reversed = AssessmentScoring::parseItemList(reversed, 29);
        } catch (const Error &) {
            // A damaged setting falls back to the researched default rather than blocking scoring.
        }
    }
    for (int i = 1; i <= 5; ++i)
        s.who5Items << settings.meta(kWho5ItemPrefix + QString::number(i), tr("Statement %1").arg(i));
    s.sipLegalReference = settings.meta(kSipLegalReference);
    return s;
}

} // namespace samsyn
